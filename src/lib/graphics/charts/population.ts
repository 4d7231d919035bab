// Layout of the population chart that the chart's frame and its marks both need: the domains, and
// where the labels go (the estimate's decides how much room the chart keeps on top, the
// register's how much the plot keeps below its line). Unit-tested at measured phone sizes.
import type { PopulationData } from '../data.ts';
import { textWidth, wrap, wrapEven, wrapPretty } from '../text.ts';
import { inkBox, meets } from './label-place.ts';

export const YEARS: [number, number] = [1943.7, 1959.6];
/** Thousand people. */
export const TOP_VALUE = 55;
/** Left and right padding and the bottom padding (the years) around the plot. */
export const SIDES = { left: 28, right: 10, bottom: 30 };
const LINE = 16;

/** The axis title's baseline, in the chart's top padding (from the plot's top). */
export const axisTitleBaseline = (headroom: number) => 12 - headroom;

/**
 * The decrees' labels: in the empty foot of the plot, each beside its rule (to its left past the
 * middle), the earlier one on the lower row. A rule rises from the axis past its own label, and
 * the data labels higher up do not meet them.
 */
export function decreeLabels(data: PopulationData, plotWidth: number, plotHeight: number) {
	const { x } = scales(plotWidth, plotHeight);
	return data.markers.map((m, row) => {
		const ruleX = x(m.year);
		const anchor = ruleX > plotWidth * 0.55 ? ('end' as const) : ('start' as const);
		const lx = anchor === 'end' ? ruleX - 4 : ruleX + 4;
		// Descenders 4 px above the axis line; rows 17 px apart.
		const y = plotHeight - 7 - row * 17;
		return {
			id: m.id,
			stage: m.stage,
			ruleX,
			x: lx,
			y,
			anchor,
			ink: inkBox([m.label], lx, y, anchor, false)
		};
	});
}

/** The plot's scales, for layout decided before LayerCake has made its own. */
export function scales(plotWidth: number, plotHeight: number) {
	return {
		x: (year: number) => (plotWidth * (year - YEARS[0])) / (YEARS[1] - YEARS[0]),
		y: (v: number) => plotHeight * (1 - v / TOP_VALUE)
	};
}

/** Where the register's label starts, in years. */
const REGISTER_LABEL_YEAR = 1944.6;

/**
 * The register's label: under the register's lowest point, so its line never runs through the
 * words, and as wide as the room left of the first decree's rule (fewer lines on a small screen),
 * or two lines whatever that room.
 */
export function registerLabel(data: PopulationData, plotWidth: number, plotHeight: number) {
	const { x, y } = scales(plotWidth, plotHeight);
	const left = x(REGISTER_LABEL_YEAR);
	const room = x(Math.min(...data.markers.map((m) => m.year))) - 12 - left;
	let lines = wrapPretty(data.text.register, Math.max(120, room), 12);
	// On a narrow phone: two lines across the first decree's rule (it breaks round them) rather
	// than three reaching down into the decrees' labels.
	if (lines.length > 2) {
		const wide = wrapEven(data.text.register, plotWidth - left, 12);
		if (wide.length === 2) lines = wide;
	}
	const first = y(Math.min(...data.register.map((p) => p.low))) + 22;
	return { lines, x: left, y: first, bottom: first + LINE * (lines.length - 1) };
}

/** The census label, left of its dot. */
export function censusLabel(data: PopulationData, plotWidth: number, plotHeight: number) {
	const { x, y } = scales(plotWidth, plotHeight);
	const right = x(data.census.year) - 9;
	return { lines: wrap(data.census.label, right, 12), x: right, y: y(data.census.value) + 4 };
}

/**
 * The return's label, left of its dot: on one line at the dot's height, but raised clear of the
 * register's line where it runs over it (on a phone the label reaches back over the 1950s), as
 * long as it stays a line below the census label.
 */
export function returnedLabel(data: PopulationData, plotWidth: number, plotHeight: number) {
	const { x, y } = scales(plotWidth, plotHeight);
	const right = x(data.returned.year) - 9;
	const left = right - textWidth(data.returned.label, 12);
	const under = data.register.filter((p) => x(p.year) + 3 >= left && x(p.year) - 3 <= right);
	// A point's top (radius 3), less the label's halo and a pixel.
	const clear = under.length ? Math.min(...under.map((p) => y(p.high))) - 3 - 3 : Infinity;
	const census = censusLabel(data, plotWidth, plotHeight);
	const lowest = census.y + LINE * (census.lines.length - 1);
	const baseline = Math.max(lowest + 13, Math.min(y(data.returned.value) + 4, clear));
	return { lines: [data.returned.label], x: right, y: baseline };
}

/**
 * The estimate's label: wrapped to the room left of its circle, in lines of even length, and
 * rising from just above the census label (on a small screen it takes several lines, and would
 * run into it).
 */
export function estimateLabel(data: PopulationData, plotWidth: number, plotHeight: number) {
	const { x, y } = scales(plotWidth, plotHeight);
	const right = x(data.expected.year) - 9;
	// No wider than 300 px, so on a large screen it stays by its circle.
	const lines = wrapEven(data.expected.label, Math.min(300, right), 12);
	const first = Math.min(
		y(data.expected.value) - 10,
		y(data.census.value) + 4 - LINE * lines.length
	);
	return { lines, x: right, y: first };
}

/** Where a label's ink is (a block of `LINE`-spaced lines), e.g. for the decrees' rules to stop short of. */
export const inkOf = (label: { lines: string[]; x: number; y: number }, anchor: 'start' | 'end') =>
	inkBox(label.lines, label.x, label.y, anchor, false, LINE);

/**
 * The chart's top padding, for the axis title: the least that keeps the estimate's label (which
 * rises with the census label on a small screen) 4 px under the title, as long as the plot keeps
 * room for the register's label above the decrees' labels and the axis.
 */
export function headroomFor(data: PopulationData, width: number, height: number): number {
	const plotWidth = width - SIDES.left - SIDES.right;
	const plotFor = (headroom: number) => height - headroom - SIDES.bottom;
	const registerFits = (headroom: number) => {
		const plotHeight = plotFor(headroom);
		const label = registerLabel(data, plotWidth, plotHeight);
		const ink = inkOf(label, 'start');
		// The label's descenders 4 px clear of the axis line and of the decrees' labels.
		return (
			label.bottom + 3 + 4 <= plotHeight &&
			decreeLabels(data, plotWidth, plotHeight).every((d) => !meets(ink, d.ink, 4))
		);
	};
	let headroom = 28;
	for (; registerFits(headroom + 4); headroom += 4) {
		const { y } = estimateLabel(data, plotWidth, plotFor(headroom));
		// The label's cap height against the title's descenders, 4 px apart.
		if (y - 10 >= axisTitleBaseline(headroom) + 3 + 4) return headroom;
	}
	return headroom;
}
