// The republish kit for this build: the pure functions of republish.ts fed with this build's
// content and absolute URLs. Shared by /republish/, its downloads and the embed pages.
import { CHAPTER_SLUGS } from '../story/chapters.ts';
import { CONTENT_LICENCE, creditLine } from '../licence.ts';
import { storyPath } from '../urls.ts';
import { getContent, type Content } from './content.ts';
import {
	embedCode,
	embedInfo,
	imageEmbedCode,
	republishHtml,
	type RepublishInput
} from './republish.ts';
import { absoluteUrl } from './site.ts';

export function republishInput(content: Content = getContent()): RepublishInput {
	return {
		story: content.story,
		sources: content.data.sources,
		estimates: content.data.estimates,
		texts: content.texts,
		states: content.states,
		absolute: absoluteUrl
	};
}

export function chapterEmbed(input: RepublishInput, slug: (typeof CHAPTER_SLUGS)[number]) {
	const info = embedInfo(input, slug);
	return {
		...info,
		code: embedCode(info, input.absolute),
		imageCode: imageEmbedCode(info, input.absolute)
	};
}

export type ChapterEmbed = ReturnType<typeof chapterEmbed>;

/** What the republish page and the story's republish dialog show. */
export function republishKit(content: Content = getContent()) {
	const input = republishInput(content);
	return {
		headline: content.story.meta.headline,
		credit: creditLine(content.story.meta),
		storyUrl: absoluteUrl(storyPath()),
		/** The version the HTML is of, and where a republisher learns of a later correction. */
		published: content.story.meta.published,
		updated: content.story.meta.updated,
		correctionsUrl: absoluteUrl(storyPath()) + '#corrections',
		licence: { name: CONTENT_LICENCE.name, url: CONTENT_LICENCE.url },
		html: republishHtml(input)
	};
}

export type RepublishKit = ReturnType<typeof republishKit>;
