// Most charts fill their box. A few do not (three bars, a handful of rows, a map as wide as a
// phone): they would leave a gap between the chart and its notes. Such a chart reports the height
// it leaves empty (charts/spare-report.svelte.ts), and whoever places the notes brings them up
// into it: the story's panel (ChapterGraphic) and the still images (server/render-graphic.ts).
// Embeds pass nothing and keep their notes where they are, so their step buttons never move.
// A chart whose height changes from state to state (the dots) reports the least room any of the
// states it shows in that place leaves, so the notes stay put from step to step: the panel passes
// those states along.
// This side holds no chart code: the page's first bundle imports it.
import { getContext } from 'svelte';
import type { ChartState } from './states.ts';

/** Takes the height a chart leaves empty at the foot of its box, in CSS pixels. */
export type ReportSpare = (px: number) => void;

const KEY = Symbol('spare');
const STATES = Symbol('spare-states');

/** Context for `mount()` or `render()`: where the chart sends the space it leaves empty, and every
 * state it will show in this place (by default only the one it is given). */
export function spareContext(
	report: ReportSpare,
	states?: readonly ChartState[]
): Map<symbol, ReportSpare | readonly ChartState[]> {
	return new Map<symbol, ReportSpare | readonly ChartState[]>([
		[KEY, report],
		...(states ? [[STATES, states] as const] : [])
	]);
}

/** Where the chart is to send it, if anywhere (call during component init). */
export function getSpareReport(): ReportSpare | undefined {
	return getContext<ReportSpare | undefined>(KEY);
}

/** The states the chart will show in this place, if the panel said (call during component init). */
function getSpareStates(): readonly ChartState[] | undefined {
	return getContext<readonly ChartState[] | undefined>(STATES);
}

/** Call during component init: gives, for the chart's current state, every state of `chart` shown
 * in this place: those the panel named, or else (a still image) the current one alone. */
export function statesHere<S extends ChartState>(chart: S['chart']): (current: S) => readonly S[] {
	const named = getSpareStates()?.filter((s): s is S => s.chart === chart);
	return (current) => (named?.length ? named : [current]);
}
