// Where the exile map's names go. The labels keep a 12 px size while a phone shrinks the map, so
// they are placed in order of importance (label-place.ts): the routes' labels, then the names of
// the routes' ends, each on a side of its dot, off the route lines and away from the other dots
// where there is room; the other cities likewise; in the split state the two republics, nudged clear of the cities; then
// the other republics and the sea, nudged clear or left out. Frunze, left out, takes its dot with
// it. The text under the map is here too, as its height decides the map's.
import type { ExileMapData } from '../data.ts';
import { textWidth, wrap, wrapPretty } from '../text.ts';
import {
	FAR_NUDGES,
	forcedCount,
	inkBox,
	meets,
	NUDGES,
	placeLabelsRepaired,
	type Anchor,
	type Box,
	type LabelRequest,
	type Placement
} from './label-place.ts';
import { fitMapWithCaption, toBox, type MapFit } from './map-fit.ts';

type Route = ExileMapData['routes'][number];
type Place = ExileMapData['places'][number];

/** Where each place's name usually goes, relative to its dot. */
const OFFSETS: Record<string, { dx: number; dy: number; anchor: Anchor }> = {
	nalchik: { dx: 0, dy: 17, anchor: 'middle' },
	orenburg: { dx: 0, dy: -9, anchor: 'middle' },
	tashkent: { dx: 0, dy: 17, anchor: 'middle' },
	almaty: { dx: -4, dy: -7, anchor: 'end' },
	bishkek: { dx: -5, dy: 14, anchor: 'end' }
};
/** The ends of the routes: named whatever else is crowded. */
const ROUTE_ENDS = new Set(['nalchik', 'orenburg', 'tashkent']);
/** Frunze, off both routes and beside the Kirghiz SSR's name, gives way on a map too small. */
const OPTIONAL = new Set(['bishkek']);
/** The republics named in bold in the split state. */
const STRONG = new Set(['ex_kazakh_ssr', 'ex_kirghiz_ssr']);
export const isStrong = (id: string, split: boolean) => split && STRONG.has(id);

/** A route's key among the placements: routes and places share ids (orenburg, tashkent). */
export const routeKey = (id: string) => `route:${id}`;

/** A place's dot (centre and radius) and its name's usual anchor, in box pixels. */
export function placeDot(place: Place, fit: MapFit) {
	const p = toBox(fit, place);
	const o = OFFSETS[place.id] ?? { dx: 6, dy: 4, anchor: 'start' as const };
	return { p, x: p.x + o.dx, y: p.y + o.dy, anchor: o.anchor, r: place.id === 'nalchik' ? 4.5 : 3 };
}

/** A label on two lines, split between words where the longer line is shortest. */
function evenTwoLines(text: string): string[] {
	const words = text.split(' ');
	let best = [text];
	let widest = Infinity;
	for (let i = 1; i < words.length; i++) {
		const lines = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
		const w = Math.max(...lines.map((l) => textWidth(l, 12, true)));
		if (w < widest) [best, widest] = [lines, w];
	}
	return best;
}

/** How far past another city's dot (its box) a name keeps where it can. */
const NEAR = 7;

/** Along the line, how far short of a route's end the arrowhead begins. */
const ARROW = 15;

/**
 * The Orenburg label sits past the end of its route (on two lines if the map is too narrow for
 * one); the Tashkent one runs along its route, just above it, so the line never crosses the
 * words. On a narrow map that label is longer than the stretch of its route that is clear of the
 * other route, which leaves Nalchik at an angle above it: the words then slide along towards the
 * arrow, or take two lines, until they are clear of the other line (`others`: its small boxes).
 */
function routeLabel(r: Route, fit: MapFit, others: Box[]) {
	const end = toBox(fit, r.end);
	const mid = toBox(fit, r.mid);
	const w = textWidth(r.label, 12, true);
	if (r.id === 'orenburg') {
		const x = end.x + 8;
		const room = fit.x + fit.width - 2 - x;
		const lines = w <= room ? [r.label] : wrap(r.label, room, 12, true);
		const y = end.y + 16;
		const boxes = [inkBox(lines, x, y, 'start', true, 14)];
		return { x, y, lines, anchor: 'start' as const, rotate: undefined, boxes };
	}
	const angle = Math.atan2(end.y - mid.y, end.x - mid.x);
	const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
	const degrees = Math.round((angle * 180) / Math.PI);
	/** The words centred `along` px past the route's middle, their last baseline 9 px above it. */
	const at = (lines: string[], along: number) => {
		const lift = 9 + 14 * (lines.length - 1);
		const x = mid.x + along * cos + lift * sin;
		const y = mid.y + along * sin - lift * cos;
		// Along each line of the slanted words, a small box every 8 px, centred 4 px above its baseline.
		const boxes: Box[] = [];
		lines.forEach((line, j) => {
			const half = textWidth(line, 12, true) / 2;
			const up = 4 - 14 * j;
			for (let t = -half; t <= half; t += 8) {
				const cx = x + t * cos + up * sin;
				const cy = y + t * sin - up * cos;
				boxes.push({ x0: cx - 5, y0: cy - 6, x1: cx + 5, y1: cy + 6 });
			}
		});
		const rotate = `rotate(${degrees} ${x} ${y})`;
		return { x, y, lines, anchor: 'middle' as const, rotate, boxes };
	};
	const length = Math.hypot(end.x - mid.x, end.y - mid.y);
	// Only the other line's boxes near this stretch of the route can meet the words.
	const reachOut = w / 2 + 40;
	const near = others.filter((o) =>
		meets(o, {
			x0: Math.min(mid.x, end.x) - reachOut,
			y0: Math.min(mid.y, end.y) - reachOut,
			x1: Math.max(mid.x, end.x) + reachOut,
			y1: Math.max(mid.y, end.y) + reachOut
		})
	);
	// On one line, or on two; on a map too small for either, on one line at the middle.
	for (const lines of [[r.label], evenTwoLines(r.label)]) {
		const widest = Math.max(...lines.map((l) => textWidth(l, 12, true)));
		// As far as the words can go before they pass the arrowhead (never less than the middle).
		const reach = Math.max(0, length - ARROW - widest / 2);
		for (let along = 0; along <= reach; along += 2) {
			const label = at(lines, along);
			if (!label.boxes.some((b) => near.some((o) => meets(b, o)))) return label;
		}
	}
	return at([r.label], 0);
}

/** Small boxes along a route's line, for the names to keep off where they have room. */
function lineBoxes(r: Route, fit: MapFit): Box[] {
	const points = [r.start, r.mid, r.end].map((p) => toBox(fit, p));
	const boxes: Box[] = [];
	for (let i = 1; i < points.length; i++) {
		const [a, b] = [points[i - 1]!, points[i]!];
		const steps = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / 4));
		for (let j = 0; j <= steps; j++) {
			const x = a.x + ((b.x - a.x) * j) / steps;
			const y = a.y + ((b.y - a.y) * j) / steps;
			boxes.push({ x0: x - 1.5, y0: y - 1.5, x1: x + 1.5, y1: y + 1.5 });
		}
	}
	return boxes;
}

/** Line height of the text under the map, and the space between its sentences. */
export const ANNOTATION_LINE = 17;
export const ANNOTATION_GAP = 6;

/** The text under the map, a block per sentence: its lines and first baseline, from `top`. */
export function annotationBlocks(texts: string[], width: number, top = 0) {
	const blocks: { lines: string[]; y: number }[] = [];
	let y = top;
	for (const text of texts) {
		const lines = wrapPretty(text, width - 8, 13);
		blocks.push({ lines, y });
		y += lines.length * ANNOTATION_LINE + ANNOTATION_GAP;
	}
	return { blocks, height: y - top };
}

/** The text under the map: the journey, or where the Balkars were settled (the split). */
export const annotationTexts = (data: ExileMapData, split: boolean) =>
	split ? [data.text.kazakh, data.text.kirghiz] : [data.text.journey, data.text.distance];

/** Room under the map for the longer annotation of the states shown in one place (`splits`: each
 * one's focus is the split; both by default), so the map never moves from one to the other. */
export function annotationRoom(
	data: ExileMapData,
	width: number,
	splits: readonly boolean[] = [false, true]
): number {
	return (
		20 +
		Math.max(...splits.map((split) => annotationBlocks(annotationTexts(data, split), width).height))
	);
}

/** Where the map and its caption go in a box of this size (the same for every state in `splits`,
 * so the map never moves between them). The chart and its tests both place it through here. */
export const placeExileMap = (
	data: ExileMapData,
	width: number,
	height: number,
	splits: readonly boolean[] = [false, true],
	atTop = false
) =>
	fitMapWithCaption(
		data.width,
		data.height,
		width,
		height,
		(w) => annotationRoom(data, w, splits),
		atTop
	);

type ExileLabels = {
	routes: (Route & { at: ReturnType<typeof routeLabel> })[];
	placement: Map<string, Placement>;
};

/** The routes with their labels, and where every name goes (null: left out at this size). */
export function exileLabels(data: ExileMapData, fit: MapFit, split: boolean): ExileLabels {
	// What names keep off: the dots (by place), and where they can, the route lines.
	const lines: Box[] = data.routes.flatMap((r) => lineBoxes(r, fit));
	const routes = data.routes.map((r) => ({
		...r,
		at: routeLabel(
			r,
			fit,
			data.routes.filter((o) => o !== r).flatMap((o) => lineBoxes(o, fit))
		)
	}));
	const dots = new Map<string, Box>();
	const ends: LabelRequest[] = [];
	const cities: LabelRequest[] = [];
	for (const place of data.places) {
		const a = placeDot(place, fit);
		dots.set(place.id, { x0: a.p.x - a.r, y0: a.p.y - a.r, x1: a.p.x + a.r, y1: a.p.y + a.r });
		const box = inkBox([place.name], a.x, a.y, a.anchor, place.id === 'nalchik');
		// Right of the dot, left of it, above, below, then the four corners round it, then beside it
		// but lower or higher: as offsets of the usual box. (These keep a name off a route line
		// that runs into its dot from one side, where a neighbour's name takes the spot below.)
		const w = box.x1 - box.x0;
		const sides = [
			[a.p.x + 6, a.p.y + 4],
			[a.p.x - 6 - w, a.p.y + 4],
			[a.p.x - w / 2, a.p.y - 8],
			[a.p.x - w / 2, a.p.y + 16],
			[a.p.x - w, a.p.y + 16],
			[a.p.x, a.p.y + 16],
			[a.p.x - w, a.p.y - 8],
			[a.p.x, a.p.y - 8],
			[a.p.x - 6 - w, a.p.y + 13],
			[a.p.x + 6, a.p.y + 13],
			[a.p.x - 6 - w, a.p.y - 5],
			[a.p.x + 6, a.p.y - 5]
		].map(([x0, base]) => [x0! - box.x0, base! - 10 - box.y0] as const);
		if (ROUTE_ENDS.has(place.id)) {
			// Where it usually is unless that is off the map (a route's end near its top edge).
			ends.push({ id: place.id, boxes: [box], offsets: [[0, 0], ...sides], keep: true });
			continue;
		}
		// A minor city may go unnamed (and undotted) if it has no room.
		cities.push({
			id: place.id,
			boxes: [box],
			offsets: [[0, 0], ...sides],
			keep: !OPTIONAL.has(place.id)
		});
	}
	// The slanted Tashkent label first; the Orenburg one may then cross to the left of its arrow.
	const routeRequests: LabelRequest[] = split
		? []
		: [...routes]
				.sort((a, b) => Number(a.id === 'orenburg') - Number(b.id === 'orenburg'))
				.map((r) => {
					const b = r.at.boxes[0]!;
					// Below and right of the arrow's tip; left of it; or above, clear of Chkalov's name.
					const left = -(b.x1 - b.x0) - 16;
					const up = -(b.y1 - b.y0) - 20;
					const offsets =
						r.id === 'orenburg'
							? ([
									[0, 0],
									[left, 0],
									[left, 14],
									[24, up],
									[24, up / 2]
								] as const)
							: undefined;
					return { id: routeKey(r.id), boxes: r.at.boxes, offsets, keep: true };
				});
	const strong = (id: string) => isStrong(id, split);
	const area = (l: ExileMapData['labels'][number]): LabelRequest => {
		const p = toBox(fit, l);
		// Printed in capitals, but for the sea.
		const lines = (l.kind === 'sea' ? l.name : l.name.toUpperCase()).split(' ');
		const box =
			l.kind === 'sea'
				? inkBox(lines, p.x, p.y, 'middle', false, 14)
				: inkBox(lines, p.x, p.y, 'middle', strong(l.id));
		return {
			id: l.id,
			boxes: [box],
			offsets: strong(l.id) ? FAR_NUDGES : NUDGES,
			keep: strong(l.id)
		};
	};
	// Names stay within the map's height, and may reach past its sides into the chart's margins
	// (the map is centred in the chart box), where there is room on a short screen.
	const frame = { x0: 0, y0: fit.y, x1: 2 * fit.x + fit.width, y1: fit.y + fit.height };
	const strongAreas = data.labels.filter((l) => strong(l.id)).map(area);
	const otherAreas = data.labels.filter((l) => !strong(l.id)).map(area);
	// The route labels first: the names of the routes' ends then take a side of their dot clear of them.
	const first = [...routeRequests, ...ends];
	// The cities before the two republics' names, or, if that leaves a name printed over another,
	// the republics first and every city moving round them: whichever leaves fewer. Either way a
	// name still printed over another gets a second look (placeLabelsRepaired).
	const orders = [[...first, ...cities, ...strongAreas, ...otherAreas]];
	if (strongAreas.length)
		orders.push([...routeRequests, ...strongAreas, ...ends, ...cities, ...otherAreas]);
	/** The best of the orders, without the places in `gone` (their dots are not drawn either). */
	const placeAll = (gone: Set<string>) => {
		const obstacles = [...dots].filter(([id]) => !gone.has(id)).map(([, b]) => b);
		// A city's name keeps, where it can, NEAR px further from every other dot drawn than from
		// its own (about 6 px), so it is not read as that city's.
		const near = (id: string) =>
			[...dots]
				.filter(([other]) => other !== id && !gone.has(other))
				.map(([, b]) => ({ x0: b.x0 - NEAR, y0: b.y0 - NEAR, x1: b.x1 + NEAR, y1: b.y1 + NEAR }));
		let best: Map<string, Placement> | undefined;
		for (const order of orders) {
			const placed = placeLabelsRepaired(
				order
					.filter((r) => !gone.has(r.id))
					.map((r) => (dots.has(r.id) ? { ...r, near: near(r.id) } : r)),
				frame,
				obstacles,
				lines
			);
			for (const id of gone) placed.set(id, null);
			if (!best || forcedCount(placed) < forcedCount(best)) best = placed;
			if (!forcedCount(best)) break;
		}
		return best!;
	};
	const placement = placeAll(new Set());
	// A minor city left out takes its dot with it: the others may use the room.
	const gone = new Set([...OPTIONAL].filter((id) => placement.get(id) === null));
	return { routes, placement: gone.size ? placeAll(gone) : placement };
}
