// Layout of the dot chart: a pure function of the state, the data and the box size. Every dot has
// a stable id, so a change of state moves dots rather than replacing them.
import type { DotsData } from '../data.ts';
import type { DotsState } from '../states.ts';
import { wrap } from '../text.ts';

/** 'apart': a group counted across the whole republic, drawn apart from the people (dotLayout). */
export type DotKind = 'person' | 'troop' | 'agent' | 'apart';
export type DotTone = 'base' | 'accent' | 'second' | 'ghost';

export interface Dot {
	id: string;
	kind: DotKind;
	/** Centre, in pixels. */
	x: number;
	y: number;
	r: number;
	tone: DotTone;
	visible: boolean;
}

export interface LegendRow {
	/** 'none': a caption with no swatch. */
	tone: DotTone | 'none';
	kind: DotKind;
	lines: string[];
	y: number;
}

export interface DotLayout {
	dots: Dot[];
	legend: LegendRow[];
	/** "Each dot stands for 100 people". */
	key: { text: string; y: number };
	/** Headings placed in the field (the railway groups), in pixels. */
	headings: { text: string; x: number; y: number }[];
	/** A note under the field, if the state needs one. */
	note: { lines: string[]; y: number } | null;
	/** The foot of what the state draws, or keeps room for (a row of dots not shown), in pixels. */
	bottom: number;
	width: number;
	height: number;
}

/** The largest cell a dot gets, in pixels. */
const MAX_UNIT = 24;
export const FONT = 13;
/** A legend line's height. */
export const LINE = 17;
/** The note under the field: smaller, the width of the box (it has no swatch to clear). */
export const NOTE_FONT = 12;
export const NOTE_LINE = 16;

/** Dots a count gets: rounded to the nearest dot, and never zero for a non-zero count. */
export function dotCount(value: number, perDot: number): number {
	return value > 0 ? Math.max(1, Math.round(value / perDot)) : 0;
}

/**
 * Which of `total` dots belong to a group of `count`: spread through the grid by a fixed
 * pseudo-random order, so the picked-out dots read as "some among all", the same on every render.
 */
export function scatter(total: number, count: number, seed: number): Set<number> {
	const order = Array.from({ length: total }, (_, i) => i);
	let s = seed;
	for (let i = total - 1; i > 0; i--) {
		s = (s * 1103515245 + 12345) % 2147483648;
		const j = s % (i + 1);
		[order[i], order[j]] = [order[j]!, order[i]!];
	}
	return new Set(order.slice(0, count));
}

interface Cell {
	col: number;
	row: number;
}

function grid(n: number, columns: number, col0 = 0, row0 = 0): Cell[] {
	return Array.from({ length: n }, (_, i) => ({
		col: col0 + (i % columns),
		row: row0 + Math.floor(i / columns)
	}));
}

/** The legend's rows for a state: one per thing it shows, wrapped to the width. */
function legendRows(data: DotsData, state: DotsState, width: number): Omit<LegendRow, 'y'>[] {
	const textWidth = width - 24;
	const rows: Omit<LegendRow, 'y'>[] = [];
	const add = (tone: DotTone | 'none', kind: DotKind, text: string) =>
		// A caption (no swatch) is set bold, across the full width.
		rows.push({
			tone,
			kind,
			lines: tone === 'none' ? wrap(text, width, FONT, true) : wrap(text, textWidth, FONT)
		});
	const h = state.highlight;
	if (state.layout === 'emptied') add('ghost', 'person', data.labels.emptied);
	else if (h === 'everyone') add('accent', 'person', data.labels.everyone);
	else add('base', 'person', data.labels.people);
	if (h === 'rebels') add('accent', 'person', data.labels.rebels);
	if (h === 'gangs') add('accent', 'person', data.labels.gangs);
	if (h === 'veterans') add('second', 'person', data.labels.veterans);
	if (state.forces) {
		add('second', 'troop', data.labels.troops);
		add('second', 'agent', data.labels.agents);
	}
	if (state.layout === 'encircled') add('none', 'person', data.labels.encircled);
	return rows;
}

const legendHeight = (rows: Omit<LegendRow, 'y'>[]) =>
	rows.reduce((y, r) => y + r.lines.length * LINE + 6, 4);

const HIGHLIGHTS: DotsState['highlight'][] = [undefined, 'rebels', 'gangs', 'veterans', 'everyone'];

/** The states that keep the people in one grid, with the same marks: a group is picked out of the
 * people alone, never beside the forces, so the forces' grid has no other legend to make room for. */
function gridStates(forces: boolean): DotsState[] {
	if (forces) return [{ chart: 'dots', layout: 'people', forces }];
	return [
		...HIGHLIGHTS.map((highlight): DotsState => ({ chart: 'dots', layout: 'people', highlight })),
		{ chart: 'dots', layout: 'emptied' }
	];
}

/** The room a grid state keeps for its legend: the tallest legend of the grid states with the same
 * marks, at this width, so the dots keep their size while the legend changes. 0 outside the grid. */
function legendRoom(data: DotsData, state: DotsState, width: number): number {
	const same = gridStates(Boolean(state.forces));
	if (!same.some((s) => s.layout === state.layout)) return 0;
	return Math.max(...same.map((s) => legendHeight(legendRows(data, s, width))));
}

/** One ring of cells `layer` cells out from a block of `cols` × `rows`, clockwise from its
 * top-left corner. */
function ringLayer(layer: number, cols: number, rows: number): Cell[] {
	const out: Cell[] = [];
	const [c0, r0, c1, r1] = [-layer, -layer, cols - 1 + layer, rows - 1 + layer];
	for (let c = c0; c <= c1; c++) out.push({ col: c, row: r0 });
	for (let r = r0 + 1; r <= r1; r++) out.push({ col: c1, row: r });
	for (let c = c1 - 1; c >= c0; c--) out.push({ col: c, row: r1 });
	for (let r = r1 - 1; r > r0; r--) out.push({ col: c0, row: r });
	return out;
}

/** How many rings, the first `gap` cells out, hold `n` cells around a block of `cols` × `rows`. */
function ringLayers(n: number, cols: number, rows: number, gap: number): number {
	let layers = 0;
	for (let held = 0; held < n; layers++) {
		const l = gap + layers;
		held += 2 * (cols + 2 * l) + 2 * (rows + 2 * l) - 4; // ringLayer(l, cols, rows).length
	}
	return layers;
}

/** `n` cells in the fewest rings around a block of `cols` × `rows`, the first `gap` cells out.
 * The outermost ring fills first, so a count that does not fill every ring leaves its gap on the
 * inside: the encirclement the chart shows stays closed. */
function ring(n: number, cols: number, rows: number, gap: number): Cell[] {
	const outermost = gap + ringLayers(n, cols, rows, gap) - 1;
	const cells: Cell[] = [];
	for (let layer = outermost; layer >= gap; layer--) cells.push(...ringLayer(layer, cols, rows));
	return cells.slice(0, n);
}

/** The dots each railway's trains get in the trains layout: the people spread evenly over the
 * trains, one row of dots per train, so the last train's row may be short. */
export function trainDots(data: DotsData): {
	perTrain: number;
	orenburg: number;
	tashkent: number;
} {
	const people = dotCount(data.values.people, data.perDot);
	const perTrain = Math.ceil(people / (data.values.orenburgTrains + data.values.tashkentTrains));
	const orenburg = Math.min(people, data.values.orenburgTrains * perTrain);
	return { perTrain, orenburg, tashkent: people - orenburg };
}

// The layouts of one dataset at the box size last asked for, by state. A step change asks for the
// same layout several times (the canvas draws it, the legend reads it, and the panel's foot is the
// lowest among all the chapter's states): each repeat laid out ~600 dots again, in a task the
// reader's scroll waits on. Callers share the result: never mutate it.
const layouts = new WeakMap<DotsData, { size: string; byState: Map<string, DotLayout> }>();

/** Where every dot goes in `state` in a box of `width` × `height` (memoised: see `layouts`). */
export function dotLayout(
	data: DotsData,
	state: DotsState,
	width: number,
	height: number
): DotLayout {
	const size = `${width}x${height}`;
	let cache = layouts.get(data);
	if (cache?.size !== size) layouts.set(data, (cache = { size, byState: new Map() }));
	const key = JSON.stringify(state);
	let layout = cache.byState.get(key);
	if (!layout) cache.byState.set(key, (layout = layoutDots(data, state, width, height)));
	return layout;
}

function layoutDots(data: DotsData, state: DotsState, width: number, height: number): DotLayout {
	const n = (v: number) => dotCount(v, data.perDot);
	const h = state.highlight;
	const people = n(data.values.people);
	const troops = n(data.values.troops);
	const agents = n(data.values.agents);
	const forces = troops + agents;
	// The reports' rebels and the NKVD's "gangs" were counted across the whole republic, not among
	// the Balkars alone: their dots stand apart, in a row under the people's grid, not picked out
	// among the Balkars. One set of dots serves both; each step shows as many as its count.
	const apart = Math.max(n(data.values.rebels), n(data.values.gangs));
	const apartShown =
		state.layout !== 'people' || state.forces
			? 0
			: h === 'rebels'
				? n(data.values.rebels)
				: h === 'gangs'
					? n(data.values.gangs)
					: 0;

	// 1. The legend.
	const rows = legendRows(data, state, width);
	let y = 4;
	const legend: LegendRow[] = rows.map((r) => {
		const row = { ...r, y: y + FONT };
		y += r.lines.length * LINE + 6;
		return row;
	});
	// Reserve the same legend height for every state with the same set of marks, so the dots keep
	// their size while the legend changes: at least two rows, or four with the forces, and one
	// wrapped line; in the grid, more where a narrow box wraps the longest legend further. The
	// trains have a dot size of their own and keep no room: a phone's short box needs every line
	// for fourteen rows of dots.
	const reserved =
		state.layout === 'trains'
			? 0
			: Math.max((state.forces ? 4 : 2) * (LINE + 6) + LINE + 4, legendRoom(data, state, width));
	y = Math.max(y, reserved);
	const keyY = y + FONT;
	y += LINE + 8;

	// 2. Cells for every dot, in grid units, depending on the layout. Grids take the number of
	// columns that gives the largest dots in this box.
	const noteText = state.layout === 'trains' ? data.labels.trainsNote : null;
	const noteLines = noteText ? wrap(noteText, width, NOTE_FONT) : [];
	const noteSpace = noteLines.length ? noteLines.length * NOTE_LINE + 8 : 0;
	const fieldH = Math.max(40, height - y - noteSpace - 4);
	/** The column count (10–44) whose grid, `size(columns)` = [cols, rows], gives the largest dots;
	 * where several reach the largest size (a big box, dots at MAX_UNIT), the one shaped most like
	 * the box, not the narrowest: a tall column of dots in a wide panel looks lost. */
	const bestColumns = (size: (columns: number) => [number, number]) => {
		const misfit = ([cols, rows]: [number, number]) =>
			Math.abs(Math.log(cols / rows / (width / fieldH)));
		let best = 10;
		let bestUnit = -1;
		let bestMisfit = Infinity;
		for (let columns = 10; columns <= 44; columns++) {
			const shape = size(columns);
			const unit = Math.min(width / shape[0], fieldH / shape[1], MAX_UNIT);
			const larger = unit > bestUnit + 0.01;
			const asLarge = !larger && unit > bestUnit - 0.01;
			if (larger || (asLarge && misfit(shape) < bestMisfit)) {
				bestUnit = Math.max(unit, bestUnit);
				bestMisfit = misfit(shape);
				best = columns;
			}
		}
		return best;
	};
	const trainsRows = data.values.orenburgTrains + data.values.tashkentTrains;
	const { perTrain } = trainDots(data);
	let personCells: Cell[];
	let forceCells: Cell[];
	let apartCells: Cell[];
	let placed: { at: (c: Cell) => { x: number; y: number }; unit: number; bottom: number };
	let headings: DotLayout['headings'] = [];
	if (state.layout === 'trains') {
		// One row per train, left-aligned under its railway's heading. The headings get a text line
		// of their own, in pixels: in grid units they would sit on the dots in a short box.
		const groupGap = 4;
		const unit = Math.min(width / perTrain, (fieldH - 2 * LINE - groupGap) / trainsRows, MAX_UNIT);
		const first = data.values.orenburgTrains;
		const rowTop = (train: number) =>
			y + LINE + train * unit + (train >= first ? LINE + groupGap : 0);
		personCells = Array.from({ length: people }, (_, i) => ({
			col: i % perTrain,
			row: Math.floor(i / perTrain)
		}));
		// The forces and the groups apart are not shown here: they wait, hidden, below the trains.
		forceCells = grid(forces, perTrain, 0, trainsRows + 1);
		apartCells = grid(apart, perTrain, 0, trainsRows + 1);
		headings = [
			{ text: data.labels.orenburg, x: 0, y: y + FONT },
			{ text: data.labels.tashkent, x: 0, y: rowTop(first) - LINE + FONT }
		];
		placed = {
			at: (c) => ({
				x: (c.col + 0.5) * unit,
				y:
					c.row < trainsRows
						? rowTop(c.row) + 0.5 * unit
						: rowTop(trainsRows) + (c.row - trainsRows + 0.5) * unit
			}),
			unit,
			bottom: rowTop(trainsRows)
		};
	} else {
		if (state.layout === 'encircled') {
			const columns = bestColumns((c) => {
				const rows = Math.ceil(people / c);
				const reach = 2 + ringLayers(forces, c, rows, 2);
				return [c + 2 * reach, rows + 2 * reach];
			});
			personCells = grid(people, columns);
			forceCells = ring(forces, columns, Math.ceil(people / columns), 2);
			apartCells = grid(apart, columns, 0, Math.ceil(people / columns) + 1);
		} else {
			// Without the forces, every grid state keeps the row apart (a row's gap, then the row),
			// shown or not, so the dots keep their size from one highlight to the next.
			const withForces = Boolean(state.forces);
			const columns = bestColumns((c) => [
				c,
				Math.ceil(people / c) + 1 + Math.ceil((withForces ? forces : apart) / c)
			]);
			personCells = grid(people, columns);
			forceCells = grid(forces, columns, 0, Math.ceil(people / columns) + 1);
			apartCells = grid(apart, columns, 0, Math.ceil(people / columns) + 1);
		}
		// 3. Fit the cells to the box, centred, keeping them square.
		const all = [
			...personCells,
			...(state.forces ? forceCells : state.layout === 'encircled' ? [] : apartCells)
		];
		const minCol = Math.min(...all.map((c) => c.col));
		const maxCol = Math.max(...all.map((c) => c.col));
		const minRow = Math.min(...all.map((c) => c.row));
		const maxRow = Math.max(...all.map((c) => c.row));
		const unit = Math.min(width / (maxCol - minCol + 1), fieldH / (maxRow - minRow + 1), MAX_UNIT);
		const x0 = (width - unit * (maxCol - minCol + 1)) / 2 - minCol * unit;
		const y0 = y - minRow * unit;
		placed = {
			at: (c) => ({ x: x0 + (c.col + 0.5) * unit, y: y0 + (c.row + 0.5) * unit }),
			unit,
			bottom: y0 + (maxRow + 1) * unit
		};
	}
	const at = placed.at;
	const r = placed.unit * 0.36;

	// 4. Dots, with stable ids and this state's tone.
	const picked =
		h === 'veterans' ? scatter(people, n(data.values.veterans), 13) : new Set<number>();
	const dots: Dot[] = [];
	for (let i = 0; i < people; i++) {
		const tone: DotTone =
			state.layout === 'emptied'
				? 'ghost'
				: h === 'everyone'
					? 'accent'
					: picked.has(i)
						? h === 'veterans'
							? 'second'
							: 'accent'
						: 'base';
		dots.push({ id: `p${i}`, kind: 'person', ...at(personCells[i]!), r, tone, visible: true });
	}
	for (let i = 0; i < forces; i++) {
		dots.push({
			id: `f${i}`,
			kind: i < troops ? 'troop' : 'agent',
			...at(forceCells[i]!),
			r,
			tone: 'second',
			visible: Boolean(state.forces)
		});
	}
	for (let i = 0; i < apart; i++) {
		dots.push({
			id: `a${i}`,
			kind: 'apart',
			...at(apartCells[i]!),
			r,
			tone: 'accent',
			visible: i < apartShown
		});
	}
	const noteY = placed.bottom + 8 + NOTE_FONT;
	return {
		dots,
		legend,
		key: { text: data.labels.key, y: keyY },
		headings,
		note: noteLines.length ? { lines: noteLines, y: noteY } : null,
		// A note's last line, with room for its descenders.
		bottom: noteLines.length ? noteY + (noteLines.length - 1) * NOTE_LINE + 4 : placed.bottom,
		width,
		height
	};
}

/**
 * The lowest foot (DotLayout.bottom) among `states` at this size. States differing only in what
 * they pick out share a foot (the legend keeps the same room), so each layout is measured once.
 */
export function dotsBottom(
	data: DotsData,
	states: readonly DotsState[],
	width: number,
	height: number
): number {
	const seen = new Map<string, number>();
	for (const s of states) {
		const key = `${s.layout}:${Boolean(s.forces)}`;
		if (!seen.has(key)) seen.set(key, dotLayout(data, s, width, height).bottom);
	}
	return Math.max(0, ...seen.values());
}
