// Static fragments: parts of the story page that never change once drawn (the copy's paragraphs,
// the byline, each chapter's step cards with their tables of numbers, the end matter). The page
// leaves an empty, marked element for each; the server fills it after rendering
// (server/fragments.ts, hooks.server.ts), and a fragment may hold marked elements of its own. The
// browser never hydrates them, so the page ships neither their code nor their data twice, and
// hydration (one long task on a slow phone) has that much less to walk.
import type { ChapterSlug, StepId } from './story/chapters.ts';

export type FragmentId =
	| `text:${StepId}`
	| `table:${StepId}`
	| `intro:${ChapterSlug}`
	| `steps:${ChapterSlug}`
	| 'intro:story'
	| 'byline'
	| 'end-matter';

/** A step's paragraphs and the text alternative of its graphic. */
export const stepTextFragment = (step: StepId): FragmentId => `text:${step}`;
/** A step's table of numbers. */
export const tableFragment = (step: StepId): FragmentId => `table:${step}`;
/** A chapter's steps: each step's card, holding its text and table fragments. */
export const stepsFragment = (chapter: ChapterSlug): FragmentId => `steps:${chapter}`;
/** A chapter's introduction, or the story's ('story'). */
export const introFragment = (of: ChapterSlug | 'story'): FragmentId => `intro:${of}`;

// Islands: parts of the story page the server draws the same way, but which the browser does
// hydrate, each in a task of its own after the page's (components/Island.svelte). The page's own
// hydration, the longest task of its load on a slow phone, then walks little more than its frame.
export type IslandId = 'header' | `chapter:${ChapterSlug}`;

/** A chapter, from its heading to its charts' sources (ChapterSection). */
export const chapterIsland = (chapter: ChapterSlug): IslandId => `chapter:${chapter}`;
