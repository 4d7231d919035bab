import { error } from '@sveltejs/kit';
import { embedPageData } from '$lib/server/embed';
import { CHAPTER_SLUGS, isChapterSlug } from '$lib/story/chapters';

export const entries = () => CHAPTER_SLUGS.map((slug) => ({ slug }));

export const load = ({ params }) => {
	if (!isChapterSlug(params.slug)) error(404, 'No such chapter');
	return embedPageData(params.slug);
};
