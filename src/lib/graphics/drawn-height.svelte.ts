// Most charts fill their box. A few do not (three bars, a handful of rows, a map as wide as a
// phone): they would leave a gap between the chart and its notes. Such a chart reports how far
// down it draws, and whoever places the notes brings them up under it: the story's panel
// (ChapterGraphic) and the still images (server/render-graphic.ts). Embeds pass nothing and keep
// their notes where they are, so their step buttons never move.
import { getContext } from 'svelte';

/** Takes how far down the chart draws: the baseline of its lowest line of text, in CSS pixels
 * from the top of its box. */
export type ReportDrawnHeight = (baseline: number) => void;

const KEY = Symbol('drawn-height');

/** Context for `mount()` or `render()`: where the chart sends its drawn height. */
export function drawnHeightContext(report: ReportDrawnHeight): Map<symbol, ReportDrawnHeight> {
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once by mount() or render(), never changed
	return new Map([[KEY, report]]);
}

/**
 * The chart's side (call during component init). `wanted`: someone places the notes under the
 * chart, so it may start at the top of its box. `report(baseline)`: sends the baseline of its
 * lowest line of text, once in a server render, its only chance, and in the browser again
 * whenever it changes.
 */
export function drawnHeightReporter() {
	const send = getContext<ReportDrawnHeight | undefined>(KEY);
	return {
		wanted: send !== undefined,
		report(baseline: () => number) {
			if (!send) return;
			if (typeof window === 'undefined') send(baseline());
			else $effect(() => send(baseline()));
		}
	};
}

/** Room under the lowest baseline for descenders, and then between the chart and its notes. */
const DESCENT = 4;
const NOTE_GAP = 8;

/** The height a chart whose lowest baseline is `baseline` px down leaves empty at the foot of a
 * `box` px box; 0 for a chart that reports nothing, or fills its box. */
export function spareUnder(box: number, baseline: number | undefined): number {
	if (baseline === undefined || !box) return 0;
	return Math.max(0, Math.floor(box - baseline - DESCENT - NOTE_GAP));
}
