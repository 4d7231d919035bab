// The story's NewsArticle structured data (schema.org, as JSON-LD), built at build time. Pure:
// everything comes from the story, its sources and a function that makes absolute URLs.
import type { StoryMeta } from '../copy/story.ts';
import type { Source } from '../data/schema.ts';
import { CONTENT_LICENCE, PROJECT_NAME } from '../licence.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardPath, storyPath } from '../urls.ts';
import type { Content } from './content.ts';
import type { Absolute } from './republish.ts';
import { absoluteUrl } from './site.ts';

export interface ArticleInput {
	meta: StoryMeta;
	sources: Source[];
	absolute: Absolute;
}

export function newsArticle({ meta, sources, absolute }: ArticleInput): Record<string, unknown> {
	const url = absolute(storyPath());
	const project = { '@type': 'Organization', name: PROJECT_NAME, url };
	return {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		headline: meta.headline,
		alternativeHeadline: meta.title,
		description: meta.description,
		datePublished: meta.published,
		dateModified: meta.updated,
		author: [project],
		publisher: project,
		image: [
			{
				'@type': 'ImageObject',
				url: absolute(cardPath('story')),
				width: CARD_WIDTH,
				height: CARD_HEIGHT
			}
		],
		license: CONTENT_LICENCE.url,
		isAccessibleForFree: true,
		mainEntityOfPage: { '@type': 'WebPage', '@id': url },
		url,
		inLanguage: 'en',
		citation: sources.map((s) => ({
			'@type': 'CreativeWork',
			name: s.title,
			author: s.author,
			...(s.url ? { url: s.url } : {}),
			...(s.year ? { datePublished: String(s.year) } : {}),
			publisher: s.publisher
		}))
	};
}

/**
 * JSON for a <script type="application/ld+json"> element. Every "<" is escaped as \u003c so no
 * text in the data can close the element early (or open a comment); the JSON means the same.
 */
export function jsonLdText(data: unknown): string {
	return JSON.stringify(data)
		.replaceAll('<', '\\u003c')
		.replaceAll('\u2028', '\\u2028')
		.replaceAll('\u2029', '\\u2029');
}

/** The story page's JSON-LD, serialised, for this build. */
export function storyJsonLd(content: Content): string {
	return jsonLdText(
		newsArticle({ meta: content.story.meta, sources: content.data.sources, absolute: absoluteUrl })
	);
}
