// What the story page needs, trimmed to what the browser uses: it is serialised into the page.
// Not in it: the copy's paragraphs, the step cards and their tables, the end matter (static
// fragments, $lib/fragments.ts), nor the charts' data (fetched when a chart is first drawn,
// graphics/lazy.ts).
import type { ChapterOutline } from '../copy/story.ts';
import { getContent } from './content.ts';

export function storyPageData() {
	const c = getContent();
	const chapters: ChapterOutline[] = c.story.chapters.map(({ slug, n, kicker, title, steps }) => ({
		slug,
		n,
		kicker,
		title,
		steps: steps.map(({ id }) => ({ id }))
	}));
	return {
		story: { meta: c.story.meta, chapters },
		texts: c.texts,
		states: c.states
	};
}

export type StoryPageData = ReturnType<typeof storyPageData>;
