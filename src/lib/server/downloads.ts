// Files readers can download and republish: every graphic state as SVG and as a 2× PNG, each with
// its source and the licence written into the image.
import { isRegisteredStep } from '../graphics/registry.ts';
import { forStep, type StepId } from '../story/chapters.ts';
import type { Content } from './content.ts';
import { graphicSvg, svgToPng } from './render-graphic.ts';

/** The size graphics are drawn at for download: a phone-width column, legible when reused. */
export const DOWNLOAD_WIDTH = 640;
export const DOWNLOAD_HEIGHT = 560;

export function creditLine(content: Content): string {
	const m = content.story.meta;
	return `${m.publisher}, “${m.shortName}”, CC BY 4.0`;
}

export function stepGraphicSvg(content: Content, id: StepId): string {
	if (!isRegisteredStep(id)) throw new Error(`No graphic state for ${id}`);
	const state = forStep(content.states, id);
	const text = content.texts[state.chart];
	const alt =
		content.story.chapters.flatMap((c) => c.steps).find((s) => s.id === id)?.alt ?? text.title;
	return graphicSvg(state, content.charts, DOWNLOAD_WIDTH, DOWNLOAD_HEIGHT, {
		title: `${text.title}. ${alt}`,
		footer: `${text.source} Graphic: ${creditLine(content)}.`
	});
}

export function stepGraphicPng(content: Content, id: StepId): Buffer {
	return svgToPng(stepGraphicSvg(content, id), 2);
}
