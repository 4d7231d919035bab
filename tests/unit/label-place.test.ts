// Map label placement: labels taken in order, each moved to its first clear offset, a minor one
// with no clear place left out, one that must stay kept where it was.
import { describe, expect, it } from 'vitest';
import {
	forcedCount,
	placeLabels,
	placeLabelsRepaired,
	ruleAround,
	type Box,
	type LabelRequest
} from '../../src/lib/graphics/charts/label-place.ts';

const box = (x0: number, y0: number, w = 40, h = 12): Box => ({ x0, y0, x1: x0 + w, y1: y0 + h });
const bounds = box(0, 0, 200, 100);

/** A 40x12 label at (x, y); `moves` lists its offsets as "dx,dy" after staying put. */
function label(id: string, x: number, y: number, moves: string[] = [], keep = false): LabelRequest {
	const offsets: [number, number][] = [
		[0, 0],
		...moves.map((m) => m.split(',').map(Number) as [number, number])
	];
	return { id, boxes: [box(x, y)], offsets, keep };
}

describe('placeLabels', () => {
	it('leaves a clear label where it is', () => {
		const out = placeLabels([label('a', 10, 10, ['0,20'])], bounds);
		expect(out.get('a')).toEqual({ dx: 0, dy: 0 });
	});

	it('moves a label that meets an earlier one to its first clear offset', () => {
		const out = placeLabels(
			[label('city', 10, 10, [], true), label('region', 20, 12, ['0,4', '0,20'])],
			bounds
		);
		expect(out.get('city')).toEqual({ dx: 0, dy: 0 });
		// 4 px down still meets the city (and the 2 px gap): 20 px down is clear.
		expect(out.get('region')).toEqual({ dx: 0, dy: 20 });
	});

	it('keeps labels apart by the gap, and touching an obstacle is allowed', () => {
		const near = placeLabels([label('a', 0, 0, [], true), label('b', 41, 0)], bounds);
		expect(near.get('b')).toBeNull();
		const dot = placeLabels([label('b', 41, 0)], bounds, [box(0, 0)]);
		expect(dot.get('b')).toEqual({ dx: 0, dy: 0 });
	});

	it('leaves out a minor label with no clear place, and keeps one that must stay', () => {
		const out = placeLabels(
			[
				label('a', 10, 10, [], true),
				label('minor', 10, 10, ['5,0']),
				label('major', 10, 10, ['5,0'], true)
			],
			bounds
		);
		expect(out.get('minor')).toBeNull();
		expect(out.get('major')).toEqual({ dx: 0, dy: 0, forced: true });
		expect(forcedCount(out)).toBe(1);
	});

	it('never moves a label out of the map', () => {
		const out = placeLabels([label('edge', 150, 10, ['20,0', '-20,0'])], bounds);
		expect(out.get('edge')).toEqual({ dx: 0, dy: 0 });
		const outside = placeLabels([label('edge', 170, 10, ['-20,0'])], bounds);
		expect(outside.get('edge')).toEqual({ dx: -20, dy: 0 });
	});

	it('keeps off a line where it has room, and crosses it where it has not', () => {
		const line = [box(0, 24, 200, 2)];
		const off = placeLabels([label('a', 10, 20, ['0,20'])], bounds, [], line);
		expect(off.get('a')).toEqual({ dx: 0, dy: 20 });
		const on = placeLabels([label('a', 10, 20, ['0,80'])], bounds, [], line);
		expect(on.get('a')).toEqual({ dx: 0, dy: 0 });
	});

	it('keeps clear of its own `near` boxes where it can, but never crosses a line for that', () => {
		// Another city's dot, padded: 20 px right is clear of it; staying put is not.
		const dot = { ...label('a', 10, 10, ['20,0']), near: [box(10, 10, 4, 4)] };
		expect(placeLabels([dot], bounds).get('a')).toEqual({ dx: 20, dy: 0 });
		// With the only spot clear of the dot across a line, the label keeps off the line.
		const line = [box(60, 0, 2, 100)];
		expect(placeLabels([dot], bounds, [], line).get('a')).toEqual({ dx: 0, dy: 0 });
		// And near boxes are the request's own: another label ignores them.
		expect(placeLabels([label('b', 10, 10, ['20,0'])], bounds).get('b')).toEqual({ dx: 0, dy: 0 });
	});
});

describe('placeLabelsRepaired', () => {
	it('moves an earlier label out of the way of one that must stay', () => {
		// The city takes the region's only spot, though it had another of its own.
		const requests = [
			label('city', 10, 10, ['0,40'], true),
			label('region', 10, 10, ['170,0'], true)
		];
		expect(forcedCount(placeLabels(requests, bounds))).toBe(1);
		const out = placeLabelsRepaired(requests, bounds);
		expect(out.get('region')).toEqual({ dx: 0, dy: 0 });
		expect(out.get('city')).toEqual({ dx: 0, dy: 40 });
		expect(forcedCount(out)).toBe(0);
	});

	it('keeps the first placement when no other order does better', () => {
		const requests = [label('a', 10, 10, [], true), label('b', 10, 10, [], true)];
		const out = placeLabelsRepaired(requests, bounds);
		expect(out.get('a')).toEqual({ dx: 0, dy: 0 });
		expect(out.get('b')).toEqual({ dx: 0, dy: 0, forced: true });
	});
});

describe('ruleAround', () => {
	it('breaks a rule round each label it crosses, a gap short of the ink', () => {
		// Labels across x = 50 at 20-32 and 60-72; one off to the side is ignored.
		const labels = [box(30, 20), box(30, 60), box(100, 40)];
		expect(ruleAround(50, 0, 100, labels)).toEqual([
			[0, 17],
			[35, 57],
			[75, 100]
		]);
	});

	it('drops a piece too short to show a dash, and keeps a rule no label crosses', () => {
		expect(ruleAround(50, 0, 100, [box(30, 4)])).toEqual([[19, 100]]);
		expect(ruleAround(10, 0, 100, [box(30, 4)])).toEqual([[0, 100]]);
	});
});
