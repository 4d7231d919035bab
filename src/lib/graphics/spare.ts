// Most charts fill their box. A few do not (three bars, a handful of rows, a map as wide as a
// phone): they would leave a gap between the chart and its notes. Such a chart reports the height
// it leaves empty (charts/spare-report.svelte.ts), and whoever places the notes brings them up
// into it: the story's panel (ChapterGraphic) and the still images (server/render-graphic.ts).
// Embeds pass nothing and keep their notes where they are, so their step buttons never move.
// This side holds no chart code: the page's first bundle imports it.
import { getContext } from 'svelte';

/** Takes the height a chart leaves empty at the foot of its box, in CSS pixels. */
export type ReportSpare = (px: number) => void;

const KEY = Symbol('spare');

/** Context for `mount()` or `render()`: where the chart sends the space it leaves empty. */
export function spareContext(report: ReportSpare): Map<symbol, ReportSpare> {
	return new Map([[KEY, report]]);
}

/** Where the chart is to send it, if anywhere (call during component init). */
export function getSpareReport(): ReportSpare | undefined {
	return getContext<ReportSpare | undefined>(KEY);
}
