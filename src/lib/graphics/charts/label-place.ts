// Map labels keep their pixel size while a phone shrinks the map under them, so on a small screen
// they meet. Labels are placed in order of importance: each tries its candidate offsets and takes
// the first where it is clear of every label placed before it and inside the map; a minor label
// with no clear place is left out rather than printed over another, and one that must stay gets a
// second look, the labels before it moving to their other spots (placeLabelsRepaired).

import { textWidth } from '../text.ts';

export interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

export interface LabelRequest {
	id: string;
	/** Where the label's ink would be at offset (0, 0). A rotated label gives several small boxes. */
	boxes: Box[];
	/** Offsets to try, in order. Default: only where it is. */
	offsets?: readonly (readonly [number, number])[];
	/** Never left out: with no clear place it stays at its first offset, and others avoid it. */
	keep?: boolean;
	/** Kept clear of where it can, before `avoid` (other places' dots, so a name is not read as
	 * theirs). */
	near?: Box[];
}

/** A label's offset (forced: a label that must stay found no clear place), or null: left out. */
export type Anchor = 'start' | 'middle' | 'end';

/** A 12 px label's ink (one box round all its lines), from its anchor point and first baseline. */
export function inkBox(
	lines: string[],
	x: number,
	y: number,
	anchor: Anchor,
	bold: boolean,
	lineHeight = 13
): Box {
	const w = Math.max(...lines.map((l) => textWidth(l, 12, bold)));
	const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
	return { x0, y0: y - 10, x1: x0 + w, y1: y + (lines.length - 1) * lineHeight + 3 };
}

/**
 * A vertical rule at x from y0 down to y1, broken where it would cross a label: the pieces left,
 * each stopping `gap` px short of a label's ink, so a line never runs through words.
 */
export function ruleAround(
	x: number,
	y0: number,
	y1: number,
	labels: Box[],
	gap = 3
): [number, number][] {
	const cuts = labels
		.filter((b) => x >= b.x0 - gap && x <= b.x1 + gap)
		.map((b) => [b.y0 - gap, b.y1 + gap] as const)
		.sort((a, b) => a[0] - b[0]);
	const pieces: [number, number][] = [];
	let from = y0;
	for (const [top, bottom] of cuts) {
		if (top > from) pieces.push([from, Math.min(top, y1)]);
		from = Math.max(from, bottom);
	}
	if (from < y1) pieces.push([from, y1]);
	// A piece shorter than a dash and its gap would read as a stray dot.
	return pieces.filter(([a, b]) => b - a >= 6);
}

export type Placement = { dx: number; dy: number; forced?: true } | null;

/** How many labels that must stay could not find a clear place. */
export const forcedCount = (placed: Map<string, Placement>) =>
	[...placed.values()].filter((p) => p?.forced).length;

/** Small moves first, up and down before sideways (a label read with its neighbour's line). */
export const NUDGES = [
	[0, 0],
	[0, -7],
	[0, 7],
	[-10, 0],
	[10, 0],
	[0, -14],
	[0, 14],
	[-10, -7],
	[10, -7],
	[-10, 7],
	[10, 7],
	[-20, 0],
	[20, 0]
] as const;

/** For a label that must stay: further moves, tried after the small ones. */
export const FAR_NUDGES = [
	...NUDGES,
	[0, -21],
	[0, 21],
	[-20, -14],
	[20, -14],
	[-20, 14],
	[20, 14],
	[-30, 0],
	[30, 0]
] as const;

const moved = (b: Box, dx: number, dy: number): Box => ({
	x0: b.x0 + dx,
	y0: b.y0 + dy,
	x1: b.x1 + dx,
	y1: b.y1 + dy
});

/** Whether two boxes come within `gap` of each other (overlap, with no gap). */
export const meets = (a: Box, b: Box, gap = 0) =>
	a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 + gap && b.y0 < a.y1 + gap;

const inside = (b: Box, bounds: Box) =>
	b.x0 >= bounds.x0 && b.x1 <= bounds.x1 && b.y0 >= bounds.y0 && b.y1 <= bounds.y1;

/**
 * Where each label goes (its offset), or null where it is left out. `obstacles` (the place dots,
 * say) are avoided but not labels themselves, and may be touched; `avoid` (a route's line, say)
 * is kept clear where a label has a spot off it, and crossed where it has not; `gap` is the clear
 * space kept between two labels.
 */
export function placeLabels(
	requests: LabelRequest[],
	bounds: Box,
	obstacles: Box[] = [],
	avoid: Box[] = [],
	gap = 2
): Map<string, Placement> {
	const taken: Box[] = [];
	const out = new Map<string, Placement>();
	// Strictness 2: clear of `avoid` and of the request's `near`; 1: of `avoid`; 0: of neither.
	const fits = (req: LabelRequest, [dx, dy]: readonly [number, number], strict: 0 | 1 | 2) =>
		req.boxes.every((b) => {
			const m = moved(b, dx, dy);
			return (
				inside(m, bounds) &&
				!taken.some((t) => meets(m, t, gap)) &&
				!obstacles.some((o) => meets(m, o, 0)) &&
				!(strict >= 1 && avoid.some((o) => meets(m, o, 0))) &&
				!(strict === 2 && req.near?.some((o) => meets(m, o, 0)))
			);
		});
	for (const req of requests) {
		const offsets = req.offsets ?? [[0, 0]];
		const clear =
			offsets.find((o) => fits(req, o, 2)) ??
			offsets.find((o) => fits(req, o, 1)) ??
			offsets.find((o) => fits(req, o, 0));
		const chosen = clear ?? (req.keep ? offsets[0] : undefined);
		if (!chosen) {
			out.set(req.id, null);
			continue;
		}
		const [dx, dy] = chosen;
		taken.push(...req.boxes.map((b) => moved(b, dx, dy)));
		out.set(req.id, clear ? { dx, dy } : { dx, dy, forced: true });
	}
	return out;
}

/**
 * placeLabels, and where a label that must stay found no clear place, a second look: each of its
 * offsets in turn is taken first and the others placed round it (a neighbour that took the only
 * good spot may have another). The first that leaves fewer labels forced wins.
 */
export function placeLabelsRepaired(
	requests: LabelRequest[],
	bounds: Box,
	obstacles: Box[] = [],
	avoid: Box[] = []
): Map<string, Placement> {
	let best = placeLabels(requests, bounds, obstacles, avoid);
	for (const req of requests) {
		if (!best.get(req.id)?.forced) continue;
		const rest = requests.filter((r) => r !== req);
		for (const offset of req.offsets ?? [[0, 0]]) {
			const tried = placeLabels([{ ...req, offsets: [offset] }, ...rest], bounds, obstacles, avoid);
			if (forcedCount(tried) < forcedCount(best)) {
				best = tried;
				break;
			}
		}
	}
	return best;
}
