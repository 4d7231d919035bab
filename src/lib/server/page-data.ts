// What the story page needs, trimmed to what the browser uses: it is serialised into the page.
import { tableFor, type DataTable } from '../graphics/tables.ts';
import type { StepId } from '../story/chapters.ts';
import { getContent } from './content.ts';

export function storyPageData() {
	const c = getContent();
	const tables = {} as Record<StepId, DataTable>;
	for (const [id, state] of Object.entries(c.states) as [StepId, (typeof c.states)[StepId]][]) {
		tables[id] = tableFor(state, c.charts);
	}
	return {
		story: c.story,
		charts: c.charts,
		texts: c.texts,
		states: c.states,
		tables,
		sources: c.data.sources,
		estimates: c.data.estimates
	};
}

export type StoryPageData = ReturnType<typeof storyPageData>;
