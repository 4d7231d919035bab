// Map label placement: labels taken in order, each moved to its first clear offset, a minor one
// with no clear place left out, one that must stay kept where it was.
import { describe, expect, it } from 'vitest';
import { forcedCount, placeLabels, type Box } from '../../src/lib/graphics/charts/label-place.ts';

const box = (x0: number, y0: number, w = 40, h = 12): Box => ({ x0, y0, x1: x0 + w, y1: y0 + h });
const bounds = box(0, 0, 200, 100);

describe('placeLabels', () => {
	it('leaves a clear label where it is', () => {
		const out = placeLabels(
			[
				{
					id: 'a',
					boxes: [box(10, 10)],
					offsets: [
						[0, 0],
						[0, 20]
					]
				}
			],
			bounds
		);
		expect(out.get('a')).toEqual({ dx: 0, dy: 0 });
	});

	it('moves a label that meets an earlier one to its first clear offset', () => {
		const out = placeLabels(
			[
				{ id: 'city', boxes: [box(10, 10)], keep: true },
				{
					id: 'region',
					boxes: [box(20, 12)],
					offsets: [
						[0, 0],
						[0, 4],
						[0, 20]
					]
				}
			],
			bounds
		);
		expect(out.get('city')).toEqual({ dx: 0, dy: 0 });
		// 4 px down still meets the city (and the 2 px gap): 20 px down is clear.
		expect(out.get('region')).toEqual({ dx: 0, dy: 20 });
	});

	it('keeps labels apart by the gap, and touching an obstacle is allowed', () => {
		const near = placeLabels(
			[
				{ id: 'a', boxes: [box(0, 0)], keep: true },
				{ id: 'b', boxes: [box(41, 0)] }
			],
			bounds
		);
		expect(near.get('b')).toBeNull();
		const dot = placeLabels([{ id: 'b', boxes: [box(41, 0)] }], bounds, [box(0, 0)]);
		expect(dot.get('b')).toEqual({ dx: 0, dy: 0 });
	});

	it('leaves out a minor label with no clear place, and keeps one that must stay', () => {
		const out = placeLabels(
			[
				{ id: 'a', boxes: [box(10, 10)], keep: true },
				{
					id: 'minor',
					boxes: [box(10, 10)],
					offsets: [
						[0, 0],
						[5, 0]
					]
				},
				{
					id: 'major',
					boxes: [box(10, 10)],
					offsets: [
						[0, 0],
						[5, 0]
					],
					keep: true
				}
			],
			bounds
		);
		expect(out.get('minor')).toBeNull();
		expect(out.get('major')).toEqual({ dx: 0, dy: 0, forced: true });
		expect(forcedCount(out)).toBe(1);
	});

	it('never moves a label out of the map', () => {
		const out = placeLabels(
			[
				{
					id: 'edge',
					boxes: [box(150, 10)],
					offsets: [
						[0, 0],
						[20, 0],
						[-20, 0]
					]
				}
			],
			bounds
		);
		expect(out.get('edge')).toEqual({ dx: 0, dy: 0 });
		const outside = placeLabels(
			[
				{
					id: 'edge',
					boxes: [box(170, 10)],
					offsets: [
						[0, 0],
						[-20, 0]
					]
				}
			],
			bounds
		);
		expect(outside.get('edge')).toEqual({ dx: -20, dy: 0 });
	});
});
