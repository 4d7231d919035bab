// Most charts fill their box. A few do not (three bars, a handful of rows): on a tall screen they
// would leave a gap between the chart and its notes. Such a chart reports how far down it draws,
// and the story's graphic brings the notes up under it (ChapterGraphic). Embeds and server renders
// pass nothing and draw as before.
import { getContext } from 'svelte';

/** Takes the bottom of what the chart draws, in CSS pixels from the top of its box. */
export type ReportDrawnHeight = (px: number) => void;

const KEY = Symbol('drawn-height');

/** Context for `mount()`: where the chart sends its drawn height. */
export function drawnHeightContext(report: ReportDrawnHeight): Map<symbol, ReportDrawnHeight> {
	return new Map([[KEY, report]]);
}

/** Where to report the chart's drawn height, if anywhere (call during component init). */
export function getDrawnHeightReport(): ReportDrawnHeight | undefined {
	return getContext<ReportDrawnHeight | undefined>(KEY);
}
