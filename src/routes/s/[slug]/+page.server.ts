import { error } from '@sveltejs/kit';
import { getContent } from '$lib/server/content';
import { chapter, chapterKicker, chapterMeta } from '$lib/server/meta';
import { CHAPTER_SLUGS, isChapterSlug } from '$lib/story/chapters';
import { cardPath } from '$lib/urls';

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
		card: cardPath(params.slug)
	};
};
