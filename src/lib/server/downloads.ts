// Files readers can download and republish: every graphic state as SVG and as a 2× PNG, each with
// its source and the licence written into the image.
import { isRegisteredStep } from '../graphics/registry.ts';
import { creditLine } from '../licence.ts';
import { DOWNLOAD_HEIGHT, DOWNLOAD_WIDTH } from '../graphics/sizes.ts';
import { forStep, type StepId } from '../story/chapters.ts';
import type { Content } from './content.ts';
import { graphicSvg, svgToPng, type Face } from './render-graphic.ts';

/** A step's still image as SVG; `face` 'bundled' lays it out for the PNG drawn from it. */
export function stepGraphicSvg(content: Content, id: StepId, face: Face = 'reader'): string {
	if (!isRegisteredStep(id)) throw new Error(`No graphic state for ${id}`);
	const state = forStep(content.states, id);
	const text = content.texts[state.chart];
	const alt =
		content.story.chapters.flatMap((c) => c.steps).find((s) => s.id === id)?.alt ?? text.title;
	return graphicSvg(state, content.charts, DOWNLOAD_WIDTH, DOWNLOAD_HEIGHT, {
		title: `${text.title}. ${alt}`,
		heading: text.title,
		footer: `${text.note} ${text.source} Graphic: ${creditLine(content.story.meta)}.`,
		face
	});
}

export function stepGraphicPng(content: Content, id: StepId): Buffer {
	return svgToPng(stepGraphicSvg(content, id, 'bundled'), 2);
}
