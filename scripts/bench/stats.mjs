// Small statistics helpers for the benchmark.

/**
 * Median of the finite numbers in `values` (null when there are none).
 * @param {unknown[]} values
 * @returns {number | null}
 */
export function median(values) {
	const xs = /** @type {number[]} */ (
		values.filter((v) => typeof v === 'number' && Number.isFinite(v))
	).sort((a, b) => a - b);
	if (xs.length === 0) return null;
	const mid = Math.floor(xs.length / 2);
	return xs.length % 2
		? /** @type {number} */ (xs[mid])
		: (Number(xs[mid - 1]) + Number(xs[mid])) / 2;
}

/**
 * Nearest-rank percentile (p in 0..100) of `values`; null when empty.
 * @param {number[]} values
 * @param {number} p
 * @returns {number | null}
 */
export function percentile(values, p) {
	const xs = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
	if (xs.length === 0) return null;
	const rank = Math.ceil((p / 100) * xs.length);
	return /** @type {number} */ (xs[Math.min(xs.length, Math.max(1, rank)) - 1]);
}

/**
 * Differences between consecutive frame timestamps. A frame's timestamp comes once: the same one
 * twice means two frame loops were recording, and every figure would be off (half the frames
 * 0 ms apart, the share of slow ones halved), so it is refused.
 * @param {number[]} timestamps
 */
export function intervals(timestamps) {
	const out = [];
	for (let i = 1; i < timestamps.length; i++) {
		const d = Number(timestamps[i]) - Number(timestamps[i - 1]);
		if (d <= 0)
			throw new Error(
				`frame ${i} has the timestamp of the frame before it (${timestamps[i]} ms): two frame loops were recording`
			);
		out.push(d);
	}
	return out;
}

/**
 * Frames over `slowMs` by the part of the page the reader was in: where a p95 is missed, this says
 * where to look. `frameTimes` are requestAnimationFrame timestamps and `scrollYs` the scroll
 * position at each; a frame belongs to the part under the middle of the viewport when it ended.
 * `parts` are the page's sections in order, each with its name and its top (px from the page's
 * top); the page above the first is the "opening".
 * @param {number[]} frameTimes
 * @param {number[]} scrollYs
 * @param {{ name: string, top: number }[]} parts
 * @param {number} viewportHeight
 * @returns {{ part: string, frames: number, slowShare: number }[]}
 */
export function slowFramesByPart(frameTimes, scrollYs, parts, viewportHeight, slowMs = 25) {
	const tops = [-Infinity, ...parts.map((p) => p.top)];
	const tally = ['opening', ...parts.map((p) => p.name)].map((part) => ({
		part,
		frames: 0,
		slow: 0
	}));
	const gaps = intervals(frameTimes);
	gaps.forEach((gap, i) => {
		const middle = Number(scrollYs[i + 1]) + viewportHeight / 2;
		let k = 0;
		while (k + 1 < tops.length && Number(tops[k + 1]) <= middle) k++;
		const t = /** @type {{ frames: number, slow: number }} */ (tally[k]);
		t.frames++;
		if (gap > slowMs) t.slow++;
	});
	return tally
		.filter((t) => t.frames > 0)
		.map((t) => ({ part: t.part, frames: t.frames, slowShare: t.slow / t.frames }));
}
