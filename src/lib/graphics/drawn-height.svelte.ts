// Most charts fill their box. A few do not (three bars, a handful of rows, a map as wide as a
// phone): they would leave a gap between the chart and its notes. Such a chart reports how far
// down it draws, and whoever places the notes brings them up under it: the story's panel
// (ChapterGraphic) and the still images (server/render-graphic.ts). Embeds pass nothing and keep
// their notes where they are, so their step buttons never move.
import { getContext } from 'svelte';

/** Takes the bottom of what the chart draws, in CSS pixels from the top of its box. */
export type ReportDrawnHeight = (px: number) => void;

const KEY = Symbol('drawn-height');

/** Context for `mount()` or `render()`: where the chart sends its drawn height. */
export function drawnHeightContext(report: ReportDrawnHeight): Map<symbol, ReportDrawnHeight> {
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once by mount() or render(), never changed
	return new Map([[KEY, report]]);
}

/** Where to report the chart's drawn height, if anywhere (call during component init). */
export function getDrawnHeightReport(): ReportDrawnHeight | undefined {
	return getContext<ReportDrawnHeight | undefined>(KEY);
}

/** Sends `px()` to `report`: once in a server render, its only chance, and in the browser again
 * whenever it changes (call during component init). */
export function reportDrawnHeight(report: ReportDrawnHeight | undefined, px: () => number) {
	if (!report) return;
	if (typeof window === 'undefined') report(px());
	else $effect(() => report(px()));
}

/** The room kept between such a chart and the notes brought up under it. */
const NOTE_GAP = 8;

/** The height a chart drawn `drawn` px down leaves empty at the foot of a `box` px box, short of
 * the room kept above its notes; 0 for a chart that reports nothing, or fills its box. */
export function spareUnder(box: number, drawn: number | undefined): number {
	return drawn === undefined || !box ? 0 : Math.max(0, Math.floor(box - drawn - NOTE_GAP));
}
