// One 1200×630 social card per chapter and one for the story, drawn at build time from the
// chapter's key graphic state and rasterised with resvg: no browser involved.
import { error } from '@sveltejs/kit';
import { chapterCardSvg, storyCardSvg } from '$lib/server/cards';
import { getContent } from '$lib/server/content';
import { svgToPng } from '$lib/server/render-graphic';
import { CHAPTER_SLUGS, isChapterSlug } from '$lib/story/chapters';

export const prerender = true;
export const entries = () => [...CHAPTER_SLUGS, 'story'].map((slug) => ({ slug }));

export const GET = ({ params }) => {
	const content = getContent();
	let svg: string;
	if (params.slug === 'story') svg = storyCardSvg(content);
	else if (isChapterSlug(params.slug)) svg = chapterCardSvg(content, params.slug);
	else error(404, 'No such card');
	return new Response(new Uint8Array(svgToPng(svg)), { headers: { 'content-type': 'image/png' } });
};
