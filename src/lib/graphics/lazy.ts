// The story page draws its graphics only in the browser, and loads what they need (LayerCake, D3,
// every chart, and the chart data) the first time one is needed, not with the page: the page's
// first view is text, and a slow phone should not pay for charts the reader has not reached.
import type { ChartData } from './data.ts';
import type Graphic from './Graphic.svelte';

export type GraphicComponent = typeof Graphic;
export interface GraphicKit {
	Graphic: GraphicComponent;
	charts: ChartData;
}

let loading: Promise<GraphicKit> | undefined;

async function fetchCharts(url: string): Promise<ChartData> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`Could not load the chart data (${response.status} ${url})`);
	return (await response.json()) as ChartData;
}

/** Loads the chart code and data once; a failed load is tried again on the next call. */
export function loadGraphicKit(chartDataUrl: string): Promise<GraphicKit> {
	loading ??= Promise.all([import('./Graphic.svelte'), fetchCharts(chartDataUrl)]).then(
		([module, charts]) => ({ Graphic: module.default, charts }),
		(error: unknown) => {
			loading = undefined;
			throw error;
		}
	);
	return loading;
}
