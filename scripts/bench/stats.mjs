// Small statistics helpers for the benchmark.

/** Median of the finite numbers in `values` (null when there are none). */
export function median(values) {
	const xs = values
		.filter((v) => typeof v === 'number' && Number.isFinite(v))
		.sort((a, b) => a - b);
	if (xs.length === 0) return null;
	const mid = Math.floor(xs.length / 2);
	return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

/** Nearest-rank percentile (p in 0..100) of `values`; null when empty. */
export function percentile(values, p) {
	const xs = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
	if (xs.length === 0) return null;
	const rank = Math.ceil((p / 100) * xs.length);
	return xs[Math.min(xs.length, Math.max(1, rank)) - 1];
}

/** Differences between consecutive timestamps. */
export function intervals(timestamps) {
	const out = [];
	for (let i = 1; i < timestamps.length; i++) out.push(timestamps[i] - timestamps[i - 1]);
	return out;
}
