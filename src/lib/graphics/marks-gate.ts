// The story mounts a chart in two tasks: first its frame, then its marks. LayerCake reads its
// container's size as it mounts, which forces a layout of everything inserted so far; with the
// marks held back that layout is small, and the marks' own layout waits for the next frame
// instead of adding to the mount. Embeds and server renders pass no gate and draw at once.
import { getContext } from 'svelte';

export interface MarksGate {
	open: boolean;
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
