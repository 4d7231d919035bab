// The chart's side of ../spare.ts: a chart that ends above the foot of its box reports the height
// it leaves empty there.
import { getLayerCakeContext } from 'layercake';
import { getSpareReport } from '../spare.ts';

/** Room under the lowest baseline for descenders, and then between the chart and its notes. */
const DESCENT = 4;
const NOTE_GAP = 8;

/**
 * Call during the init of a component inside LayerCake. `wanted`: someone places the notes under
 * the chart, so it may start at the top of its box. `report(baseline)`: given the baseline of the
 * chart's lowest line of text, in the chart's own coordinates, sends the height left empty under
 * it in LayerCake's box (which LayerCake has measured already): once in a server render, its only
 * chance, and in the browser again whenever it changes.
 */
export function spareReporter() {
	const send = getSpareReport();
	const k = send && getLayerCakeContext();
	const spare = (foot: number) =>
		Math.max(0, Math.floor(k!.containerHeight - k!.padding.top - foot - NOTE_GAP));
	const sendFoot = (foot: () => number) => {
		if (!send) return;
		if (typeof window === 'undefined') send(spare(foot()));
		else $effect(() => send(spare(foot())));
	};
	return {
		wanted: send !== undefined,
		report(baseline: () => number) {
			sendFoot(() => baseline() + DESCENT);
		},
		/** As report, given the foot of the chart's lowest mark instead (no text under it). */
		reportFoot: sendFoot
	};
}
