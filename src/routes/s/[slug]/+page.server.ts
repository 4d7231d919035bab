import { error } from '@sveltejs/kit';
import { getContent } from '$lib/server/content';
import { KEY_STEPS } from '$lib/graphics/registry';
import { DOWNLOAD_HEIGHT, DOWNLOAD_WIDTH } from '$lib/graphics/sizes';
import { chapter, chapterKicker, chapterMeta, stepAlt } from '$lib/server/meta';
import { CHAPTER_SLUGS, isChapterSlug } from '$lib/story/chapters';
import { graphicPath } from '$lib/urls';

export const entries = () => CHAPTER_SLUGS.map((slug) => ({ slug }));

export const load = ({ params }) => {
	if (!isChapterSlug(params.slug)) error(404, 'No such chapter');
	const content = getContent();
	const c = chapter(content, params.slug);
	return {
		slug: params.slug,
		meta: chapterMeta(content, params.slug),
		kicker: chapterKicker(c),
		title: c.title,
		description: c.description,
		storyTitle: content.story.meta.headline,
		// For a reader without JavaScript, the chapter's key graphic as the story draws it: legible
		// at phone width, and a few kB where the 1200×630 card (link previews only) is 40 to 100.
		still: {
			src: graphicPath(KEY_STEPS[params.slug], 'svg'),
			width: DOWNLOAD_WIDTH,
			height: DOWNLOAD_HEIGHT,
			alt: stepAlt(content, KEY_STEPS[params.slug])
		}
	};
};
