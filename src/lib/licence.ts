// The story's licences and its credit line, in one place. Universal (no server-only imports) so
// the page footer and the republish dialog can use the same words as downloads, embeds and files.
import type { StoryMeta } from './copy/story.ts';

/** Text, graphics and data. */
export const CONTENT_LICENCE = {
	name: 'CC BY 4.0',
	title: 'Creative Commons Attribution 4.0 International',
	url: 'https://creativecommons.org/licenses/by/4.0/',
	legalCode: 'https://creativecommons.org/licenses/by/4.0/legalcode'
} as const;

/** The code. */
export const CODE_LICENCE = { name: 'MIT', holder: 'Open History Graphics', year: 2026 } as const;

/** The project that publishes the story: author and publisher in metadata. */
export const PROJECT_NAME = 'Open History Graphics';

/** The exact credit line republishers are asked to use: `Open History Graphics, “…”, CC BY 4.0`. */
export function creditLine(meta: Pick<StoryMeta, 'publisher' | 'shortName'>): string {
	return `${meta.publisher}, “${meta.shortName}”, ${CONTENT_LICENCE.name}`;
}
