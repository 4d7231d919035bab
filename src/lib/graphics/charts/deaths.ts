// Layout of the deaths chart: one row per estimate, label above, mark below, on a fixed scale so a
// small recorded figure looks as small next to the large estimates as it is.
import type { DeathsData } from '../data.ts';
import type { DeathsState } from '../states.ts';
import { wrap } from '../text.ts';

export interface DeathRow {
	id: string;
	y: number;
	lines: string[];
	valueText: string;
	x0: number;
	x1: number;
	kind: DeathsData['rows'][number]['kind'];
	untracedEnd?: 'low' | 'high';
	shown: boolean;
}

export const ROW_FONT = 13;

/** The quantity in the data whose estimates a state shows. */
const quantityOf = (state: DeathsState) =>
	state.show === 'transit' ? 'transit_deaths' : 'exile_deaths';

export function deathsLayout(
	data: DeathsData,
	state: DeathsState,
	width: number,
	height: number,
	x: (n: number) => number,
	/** The states shown in this place, whose rows decide where the axis sits: by default every
	 * quantity in the data, as an embed switches between them all. */
	alongside?: readonly DeathsState[]
) {
	const quantity = quantityOf(state);
	const top = 44;
	const floor = height - 36;
	/** A quantity's rows, each label wrapped; the room under each mark (24 px, down to 14 where the
	 * box is short, so the last mark stays clear of the axis); and the space between rows (up to
	 * 24 px). */
	const rowsOf = (q: string) => {
		const rows = data.rows.filter((r) => r.quantity === q);
		const n = Math.max(1, rows.length);
		const blocks = rows.map((r) => wrap(r.label, width, ROW_FONT));
		const labels = blocks.reduce((sum, b) => sum + b.length * 16 + 10, 0);
		const under = Math.min(24, Math.max(14, (floor - top - labels - 16) / n));
		const needed = labels + n * under;
		const gap = Math.min(24, Math.max(0, (floor - top - needed) / n));
		return { rows, blocks, under, gap, end: top + gap / 2 + needed + rows.length * gap };
	};
	// The axis sits under the rows of the longest state shown in this place, not at the foot of a
	// tall box, where the rows would hang at the top of an empty grid; the same place in every state
	// shown there, so it never moves. A still image shows one state, and ends under its rows.
	const quantities = alongside
		? [quantity, ...alongside.map(quantityOf)]
		: data.rows.map((r) => r.quantity);
	const laidOut = new Map([...new Set(quantities)].map((q) => [q, rowsOf(q)]));
	const bottom = Math.min(floor, Math.max(...[...laidOut.values()].map((l) => l.end)));
	const { rows, blocks, under, gap } = laidOut.get(quantity) ?? rowsOf(quantity);
	let y = top + gap / 2;
	const out: DeathRow[] = [];
	for (const [i, r] of rows.entries()) {
		const lines = blocks[i]!;
		const markY = y + lines.length * 16 + 10;
		out.push({
			id: r.id,
			y: markY,
			lines,
			valueText: `${r.valueText} · ${r.shareText}`,
			x0: x(r.low),
			x1: x(r.high),
			kind: r.kind,
			untracedEnd: r.untracedEnd,
			shown: true
		});
		y = markY + under + gap;
	}
	// Rows of the other quantity stay in the DOM, faded out, so switching states animates.
	for (const r of data.rows.filter((r) => r.quantity !== quantity)) {
		out.push({
			id: r.id,
			y: bottom,
			lines: [r.label],
			valueText: '',
			x0: x(r.low),
			x1: x(r.high),
			kind: r.kind,
			untracedEnd: r.untracedEnd,
			shown: false
		});
	}
	return { rows: out, top, bottom };
}
