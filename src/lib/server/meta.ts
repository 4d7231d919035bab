// The link-preview metadata of each page, built from the copy and absolute URLs.
import type { Chapter } from '../copy/story.ts';
import { KEY_STEPS, STORY_KEY_STEP } from '../graphics/registry.ts';
import type { ChapterSlug } from '../story/chapters.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardPath, sharePath, storyPath } from '../urls.ts';
import type { Content } from './content.ts';
import { absoluteUrl } from './site.ts';

export interface Meta {
	title: string;
	description: string;
	url: string;
	canonical: string;
	image: { url: string; width: number; height: number; alt: string };
	siteName: string;
}

/** A step's text alternative: what its graphic shows in that state. */
export function stepAlt(content: Content, id: string): string {
	for (const c of content.story.chapters) for (const s of c.steps) if (s.id === id) return s.alt;
	throw new Error(`No step ${id} in the copy`);
}

export function storyMeta(content: Content): Meta {
	const m = content.story.meta;
	return {
		title: m.title,
		description: m.description,
		url: absoluteUrl(storyPath()),
		canonical: absoluteUrl(storyPath()),
		image: {
			url: absoluteUrl(cardPath('story')),
			width: CARD_WIDTH,
			height: CARD_HEIGHT,
			alt: `${m.headline}. ${stepAlt(content, STORY_KEY_STEP)}`
		},
		siteName: m.publisher
	};
}

export function chapter(content: Content, slug: ChapterSlug): Chapter {
	const c = content.story.chapters.find((x) => x.slug === slug);
	if (!c) throw new Error(`No chapter ${slug}`);
	return c;
}

export function chapterMeta(content: Content, slug: ChapterSlug): Meta {
	const c = chapter(content, slug);
	const m = content.story.meta;
	return {
		title: `${c.title}: ${m.shortName}`,
		description: c.description,
		url: absoluteUrl(sharePath(slug)),
		canonical: absoluteUrl(storyPath()),
		image: {
			url: absoluteUrl(cardPath(slug)),
			width: CARD_WIDTH,
			height: CARD_HEIGHT,
			alt: `${c.title}, from ${m.shortName}. ${stepAlt(content, KEY_STEPS[slug])}`
		},
		siteName: m.publisher
	};
}

/** "Chapter 3 · 8–9 March 1944" */
export function chapterKicker(c: Chapter): string {
	return `Chapter ${c.n} · ${c.kicker}`;
}
