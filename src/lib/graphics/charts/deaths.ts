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
	shown: boolean;
}

export const ROW_FONT = 13;

export function deathsLayout(
	data: DeathsData,
	state: DeathsState,
	width: number,
	height: number,
	x: (n: number) => number
) {
	const quantity = state.show === 'transit' ? 'transit_deaths' : 'exile_deaths';
	const top = 44;
	const bottom = height - 36;
	const rows = data.rows.filter((r) => r.quantity === quantity);
	const blocks = rows.map((r) => wrap(r.label, width, ROW_FONT));
	const needed = blocks.reduce((sum, b) => sum + b.length * 16 + 34, 0);
	const gap = Math.max(0, (bottom - top - needed) / Math.max(1, rows.length));
	let y = top + Math.min(gap, 24) / 2;
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
			shown: true
		});
		y = markY + 24 + Math.min(gap, 24);
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
			shown: false
		});
	}
	return { rows: out, top, bottom };
}
