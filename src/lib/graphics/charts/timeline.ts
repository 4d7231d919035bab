// Layout of the zooming timeline: time runs down the page; the state sets the years in view. Every
// labelled event gets a block of wrapped text to the right of the axis, pushed down as needed so no
// two blocks overlap, with a leader line back to its dot.
import type { TimelineData } from '../data.ts';
import type { TimelineState } from '../states.ts';
import { wrap } from '../text.ts';

export const AXIS_X = 58;
const LABEL_X = AXIS_X + 16;
const LINE = 16;

export interface TimelineEvent {
	id: string;
	y: number;
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
	const events: TimelineEvent[] = data.events.map((e) => ({
		id: e.id,
		y: Math.max(top - 40, Math.min(bottom + 40, y(e.year))),
		inView: e.year >= state.from && e.year <= state.to,
		label: null
	}));
	let nextFree = top;
	for (const ev of events) {
		const source = data.events.find((e) => e.id === ev.id)!;
		if (!ev.inView || !state.events.includes(ev.id)) continue;
		const lines = [source.dateText, ...wrap(source.label, textWidth, 13)];
		const wanted = ev.y - 5;
		const ly = Math.max(wanted, nextFree);
		ev.label = { lines, y: ly };
		nextFree = ly + lines.length * LINE + 10;
	}
	// If the last block runs off the bottom, pull the blocks up, keeping their order.
	const overflow = nextFree - bottom;
	if (overflow > 0) {
		let limit = bottom;
		for (const ev of [...events].reverse()) {
			if (!ev.label) continue;
			const h = ev.label.lines.length * LINE + 10;
			ev.label.y = Math.min(ev.label.y, limit - h);
			limit = ev.label.y;
		}
	}
	return { events, labelX: LABEL_X };
}

/** Whole years to tick in the visible range, thinned to fit. */
export function yearTicks(from: number, to: number, height: number): number[] {
	const first = Math.ceil(from);
	const last = Math.floor(to);
	const span = Math.max(1, last - first);
	const maxTicks = Math.max(2, Math.floor(height / 36));
	const steps = [1, 2, 5, 10, 20];
	const step = steps.find((s) => span / s <= maxTicks) ?? 20;
	const out: number[] = [];
	for (let t = Math.ceil(first / step) * step; t <= last; t += step) out.push(t);
	return out;
}
