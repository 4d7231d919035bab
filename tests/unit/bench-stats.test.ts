// The benchmark's figures: where on the page the slow frames of the scripted scroll fell.
import { describe, expect, it } from 'vitest';
import { intervals, percentile, slowFramesByPart } from '../../scripts/bench/stats.mjs';

describe('slowFramesByPart', () => {
	const parts = [
		{ name: 'occupation', top: 1000 },
		{ name: 'end matter', top: 3000 }
	];

	it('puts each frame in the part under the middle of the viewport', () => {
		// Frames every 16.7 ms, one of 33.4 ms in each part; the viewport is 800 px tall.
		const times = [0, 16.7, 50.1, 66.8, 100.2, 116.9, 150.3];
		const ys = [0, 100, 200, 700, 1000, 2700, 2800];
		const got = slowFramesByPart(times, ys, parts, 800);
		expect(got.map((p) => [p.part, p.frames, p.slowShare])).toEqual([
			['opening', 2, 0.5], // middles at 500 and 600
			['occupation', 2, 0.5], // 1100 and 1400
			['end matter', 2, 0.5] // 3100 and 3200
		]);
	});

	it('leaves out a part the scroll never reached, and takes a frame on a boundary as the next part', () => {
		const got = slowFramesByPart([0, 16.7, 33.4], [0, 600, 700], parts, 800);
		expect(got).toEqual([{ part: 'occupation', frames: 2, slowShare: 0 }]);
	});

	it('counts every frame as the opening on a page without parts (the control page)', () => {
		const got = slowFramesByPart([0, 40, 56.7], [0, 50, 90], [], 800);
		expect(got).toEqual([{ part: 'opening', frames: 2, slowShare: 0.5 }]);
	});
});

describe('percentile', () => {
	it('takes the nearest rank, so a p95 of 20 frames is the 19th', () => {
		const frames = [...Array(18).fill(16.7), 33.4, 50.1];
		expect(percentile(frames, 95)).toBe(33.4);
		expect(percentile(frames, 50)).toBe(16.7);
	});
});

describe('intervals', () => {
	it('gives the time between frames', () => {
		expect(intervals([0, 16.7, 50.1])).toEqual([16.7, 50.1 - 16.7]);
	});

	// Two frame loops recording at once push each frame's timestamp twice: every other interval
	// 0 ms, which halves the share of slow frames and can pass a p95 the page missed.
	it('refuses a frame counted twice', () => {
		expect(() => intervals([0, 16.7, 16.7, 33.4, 33.4])).toThrow(/two frame loops were recording/);
	});
});
