// Layout of the population chart that the chart's frame and its marks both need: the domains, and
// where the unattributed estimate's label goes (it decides how much room the chart keeps on top).
import type { PopulationData } from '../data.ts';
import { wrap } from '../text.ts';

export const YEARS: [number, number] = [1943.7, 1959.6];
/** Thousand people. */
export const TOP_VALUE = 55;
/** Left and right padding and the bottom padding (the years) around the plot. */
export const SIDES = { left: 28, right: 10, bottom: 30 };
const LINE = 16;

/** The decrees' labels: two rows in the chart's top padding, baselines from the plot's top. */
export const decreeBaseline = (headroom: number, row: number) => 26 - headroom + row * 17;

/**
 * The estimate's label: wrapped to the room left of its circle, and rising from just
 * above the census label (on a small screen it takes several lines, and would run into it).
 */
export function estimateLabel(data: PopulationData, plotWidth: number, plotHeight: number) {
	const x = (year: number) => (plotWidth * (year - YEARS[0])) / (YEARS[1] - YEARS[0]);
	const y = (v: number) => plotHeight * (1 - v / TOP_VALUE);
	// No wider than 300 px, so on a large screen it stays by its circle.
	const lines = wrap(data.expected.label, Math.min(300, x(data.expected.year) - 9), 12);
	const first = Math.min(
		y(data.expected.value) - 10,
		y(data.census.value) + 4 - LINE * lines.length
	);
	return { lines, y: first };
}

/** The plot's least height: below it, a taller headroom would cost more than it saves. */
const MIN_PLOT = 120;

/** The chart's top padding: 64 px, or more where the estimate's label would reach the decrees'. */
export function headroomFor(data: PopulationData, width: number, height: number): number {
	const plotWidth = width - SIDES.left - SIDES.right;
	const most = Math.max(64, height - SIDES.bottom - MIN_PLOT);
	for (let headroom = 64; headroom < most; headroom += 4) {
		const plotHeight = height - headroom - SIDES.bottom;
		const { y } = estimateLabel(data, plotWidth, plotHeight);
		// The label's cap height against the second decree label's descenders, 4 px apart.
		if (y - 10 >= decreeBaseline(headroom, 1) + 3 + 4) return headroom;
	}
	return most;
}
