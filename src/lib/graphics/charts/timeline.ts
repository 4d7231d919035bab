// Layout of the zooming timeline: time runs down the page; the state sets the years in view. Every
// labelled event gets a block of wrapped text to the right of the axis, pushed down as needed so no
// two blocks overlap, with a leader line back to its dot.
import type { TimelineData } from '../data.ts';
import type { TimelineState } from '../states.ts';
import { shortMonth } from '../../format.ts';
import { wrap } from '../text.ts';

export const AXIS_X = 58;
const LABEL_X = AXIS_X + 16;
const LINE = 16;
const TIGHT_LINE = 14;

/** The shortest a dash is drawn, px: on a long view a month is a pixel or two, and a dash that
 * short would read as a dot, a date known to the day. Longer than its month, it claims less. */
export const MIN_DASH = 8;

export interface TimelineEvent {
	id: string;
	y: number;
	/** How far the event's period runs along the axis, px (at least MIN_DASH); null for a date to
	 * the day. */
	length: number | null;
	inView: boolean;
	label: { lines: string[]; y: number } | null;
}

export function timelineLayout(
	data: TimelineData,
	state: TimelineState,
	width: number,
	top: number,
	bottom: number,
	y: (year: number) => number
) {
	const textWidth = width - LABEL_X - 4;
	// Events far outside the period in view are parked just off the edge: invisible, and still a
	// short, smooth move away when the period changes.
	const park = (v: number) => Math.max(top - 40, Math.min(bottom + 40, v));
	const events: TimelineEvent[] = data.events.map((e) => ({
		id: e.id,
		y: park(y(e.year)),
		length: e.period
			? Math.max(MIN_DASH, Math.abs(park(y(e.period[1])) - park(y(e.period[0]))))
			: null,
		inView: e.year >= state.from && e.year <= state.to,
		label: null
	}));
	const labelled = events.filter((ev) => ev.inView && state.events.includes(ev.id));
	const blocks = labelled.map((ev) => {
		const source = data.events.find((e) => e.id === ev.id)!;
		return [source.dateText, ...wrap(source.label, textWidth, 13)];
	});
	// The space between blocks: 10 px, less in a box too short for all of them (a small phone),
	// where the lines also close up from 16 px to 14. The first line's capitals reach 4 px above
	// its block.
	const first = top + 4;
	const lineCount = blocks.reduce((n, lines) => n + lines.length, 0);
	const room = bottom - first;
	const lineHeight = lineCount * LINE + 2 * blocks.length <= room ? LINE : TIGHT_LINE;
	const gap = Math.max(
		2,
		Math.min(10, (room - lineCount * lineHeight) / Math.max(1, blocks.length))
	);
	let nextFree = first;
	labelled.forEach((ev, i) => {
		const lines = blocks[i]!;
		const ly = Math.max(ev.y - 5, nextFree);
		ev.label = { lines, y: ly };
		nextFree = ly + lines.length * lineHeight + gap;
	});
	// If the last block runs off the bottom, pull the blocks up, keeping their order.
	const overflow = nextFree - bottom;
	if (overflow > 0) {
		let limit = bottom;
		for (const ev of [...labelled].reverse()) {
			const h = ev.label!.lines.length * lineHeight + gap;
			ev.label!.y = Math.min(ev.label!.y, limit - h);
			limit = ev.label!.y;
		}
	}
	// Paint order: a period's dash first, so a day inside it (8 March in March) stays on top.
	const inPaintOrder = [
		...events.filter((ev) => ev.length !== null),
		...events.filter((ev) => ev.length === null)
	];
	return { events: inPaintOrder, labelX: LABEL_X, lineHeight };
}

export interface TimeTick {
	/** Decimal year, as the events' years are (a month starts at year + month / 12). */
	value: number;
	label: string;
}

const YEAR_STEPS = [1, 2, 5, 10, 20];

/**
 * Ticks for the years in view, thinned to fit. A period shorter than two years would get one or two
 * year ticks and no sense of the months its events fall in: it is ticked every three months
 * instead, January labelled with its year and the other quarters with their month. Quarters before
 * the first January in view are left unticked: a bare "Oct" above "2010" reads as October 2010.
 */
export function timeTicks(from: number, to: number, height: number): TimeTick[] {
	const maxTicks = Math.max(2, Math.floor(height / 36));
	const out: TimeTick[] = [];
	if (to - from < 2) {
		const firstQuarter = Math.ceil((from * 12) / 3) * 3;
		const firstJanuary = Math.ceil(from) * 12;
		const start = firstJanuary <= to * 12 ? firstJanuary : firstQuarter;
		for (let m = start; m <= to * 12; m += 3) {
			const year = Math.floor(m / 12);
			const month = m - year * 12;
			out.push({ value: m / 12, label: month === 0 ? String(year) : shortMonth(month) });
		}
		return out;
	}
	const first = Math.ceil(from);
	const last = Math.floor(to);
	const span = Math.max(1, last - first);
	const step = YEAR_STEPS.find((s) => span / s <= maxTicks) ?? 20;
	for (let t = Math.ceil(first / step) * step; t <= last; t += step)
		out.push({ value: t, label: String(t) });
	return out;
}
