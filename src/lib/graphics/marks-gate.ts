// The story mounts a chart in two tasks: first its frame, then its marks. LayerCake reads its
// container's size as it mounts, which forces a layout of everything inserted so far; with the
// marks held back that layout is small, and the marks' own layout waits for the next frame
// instead of adding to the mount. A chart whose names cost as much as the rest of its marks (the
// exile map places some thirty labels clear of each other) holds them for a third task
// (`labels`), so no task of the three is a long one on a slow phone. Embeds and server renders
// pass no gate and draw at once.
import { getContext } from 'svelte';

export interface MarksGate {
	/** The marks may be drawn. */
	open: boolean;
	/** The names a chart holds back (labelsOpen) may be drawn too. */
	labels: boolean;
}

const KEY = Symbol('marks-gate');

/** Context for `mount()` that holds a chart's marks back until `gate.open` (a $state object). */
export function marksGateContext(gate: MarksGate): Map<symbol, MarksGate> {
	return new Map([[KEY, gate]]);
}

/** The gate the chart was mounted with, if any (call during component init). */
export function getMarksGate(): MarksGate | undefined {
	return getContext<MarksGate | undefined>(KEY);
}

/** Whether a chart may draw the names it holds back: true without a gate (call during init; read
 * the result in a template or a derived, so it follows the gate). */
export function labelsOpen(gate = getMarksGate()): () => boolean {
	return () => gate?.labels ?? true;
}
