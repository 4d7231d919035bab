// One 1200×630 social card per chapter and one for the story, drawn at build time from the
// chapter's key graphic state and rasterised with resvg: no browser involved.
import { error } from '@sveltejs/kit';
import { KEY_STEPS, STORY_KEY_STEP } from '$lib/graphics/registry';
import { getContent } from '$lib/server/content';
import { chapter, chapterKicker } from '$lib/server/meta';
import { cardSvg, svgToPng } from '$lib/server/render-graphic';
import { capitalise } from '$lib/format';
import { CHAPTER_SLUGS, forStep, isChapterSlug } from '$lib/story/chapters';

export const prerender = true;
export const entries = () => [...CHAPTER_SLUGS, 'story'].map((slug) => ({ slug }));

export const GET = ({ params }) => {
	const content = getContent();
	const meta = content.story.meta;
	let svg: string;
	if (params.slug === 'story') {
		svg = cardSvg(forStep(content.states, STORY_KEY_STEP), content.charts, {
			kicker: meta.byline.replace(/^By /, ''),
			title: meta.headline,
			// "Fourteen trains east: the deportation of…" → "The deportation of…"
			storyName: capitalise(meta.title.split(': ').slice(1).join(': ') || meta.dek),
			publisher: 'CC BY 4.0'
		});
	} else if (isChapterSlug(params.slug)) {
		const c = chapter(content, params.slug);
		svg = cardSvg(forStep(content.states, KEY_STEPS[params.slug]), content.charts, {
			kicker: chapterKicker(c),
			title: c.title,
			storyName: meta.shortName,
			publisher: `${meta.publisher} · CC BY 4.0`
		});
	} else {
		error(404, 'No such card');
	}
	return new Response(new Uint8Array(svgToPng(svg)), { headers: { 'content-type': 'image/png' } });
};
