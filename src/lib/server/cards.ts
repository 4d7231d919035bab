// The social cards' pictures, as SVG: one per chapter (its key graphic state) and one for the
// story. The cards route rasterises them; tests read them.
import { capitalise } from '../format.ts';
import { KEY_STEPS, STORY_KEY_STEP } from '../graphics/registry.ts';
import type { ChartState } from '../graphics/states.ts';
import { forStep, type ChapterSlug } from '../story/chapters.ts';
import type { Content } from './content.ts';
import { MAP_CHARTS, MAP_CREDIT } from './graphics.ts';
import { chapter, chapterKicker } from './meta.ts';
import { cardSvg } from './render-graphic.ts';

/** A map's data asks for its credit wherever the map is shown. */
const creditFor = (state: ChartState) => (MAP_CHARTS.has(state.chart) ? MAP_CREDIT : undefined);

export function storyCardSvg(content: Content): string {
	const meta = content.story.meta;
	const state = forStep(content.states, STORY_KEY_STEP);
	return cardSvg(state, content.charts, {
		kicker: meta.byline.replace(/^By /, ''),
		title: meta.headline,
		// "Fourteen trains east: the deportation of…" → "The deportation of…"
		storyName: capitalise(meta.title.split(': ').slice(1).join(': ') || meta.dek),
		publisher: 'CC BY 4.0',
		credit: creditFor(state)
	});
}

export function chapterCardSvg(content: Content, slug: ChapterSlug): string {
	const meta = content.story.meta;
	const c = chapter(content, slug);
	const state = forStep(content.states, KEY_STEPS[slug]);
	return cardSvg(state, content.charts, {
		kicker: chapterKicker(c),
		title: c.title,
		storyName: meta.shortName,
		publisher: `${meta.publisher} · CC BY 4.0`,
		credit: creditFor(state)
	});
}
