// Everything the pages need, loaded once per build: validated data, the resolved copy, every chart's
// data and text, and each step's graphic state. Throws one clear error on the first problem.
import { buildLookup, type Lookup } from '../copy/lookup.ts';
import { buildStory, parseCopy, type Story } from '../copy/story.ts';
import { CopyError } from '../copy/placeholders.ts';
import { typesetAll } from '../copy/typography.ts';
import { loadData, type StoryData } from '../data/load.ts';
import type { ChartData, GraphicTexts } from '../graphics/data.ts';
import { isRegisteredStep, STEP_STATES } from '../graphics/registry.ts';
import type { ChartState } from '../graphics/states.ts';
import type { StepId } from '../story/chapters.ts';
import { readContent, readDataFile } from './files.ts';
import { buildGraphics } from './graphics.ts';

export interface Content {
	data: StoryData;
	lookup: Lookup;
	story: Story;
	charts: ChartData;
	texts: GraphicTexts;
	/** The registry's state for every step in the copy. */
	states: Record<StepId, ChartState>;
}

/** Checks that the copy's steps and the registry's steps are the same set. */
export function matchStates(story: Story): Record<StepId, ChartState> {
	const states = {} as Record<StepId, ChartState>;
	for (const chapter of story.chapters) {
		for (const step of chapter.steps) {
			if (!isRegisteredStep(step.id)) {
				throw new CopyError(
					`Step ${step.id} is in src/content/story.aml but has no graphic state in src/lib/graphics/registry.ts`
				);
			}
			states[step.id] = STEP_STATES[step.id];
		}
	}
	for (const id of Object.keys(STEP_STATES)) {
		if (!(id in states)) {
			throw new CopyError(
				`Step ${id} has a graphic state in src/lib/graphics/registry.ts but no text in src/content/story.aml`
			);
		}
	}
	return states;
}

export function loadContent(
	read = readDataFile(),
	storyAml = readContent('story.aml'),
	graphicsAml = readContent('graphics.aml')
): Content {
	// Curly quotes and apostrophes in all the text readers see (copy/typography.ts).
	const data = typesetAll(loadData(read));
	const lookup = buildLookup(data);
	const story = buildStory(typesetAll(parseCopy(storyAml)), lookup);
	// Every contested figure has a group in the methods note's table, or it would be left out.
	const named = new Set(story.contested.quantities.map((q) => q.id));
	const unnamed = data.estimates.find((e) => !named.has(e.quantity));
	if (unnamed)
		throw new CopyError(
			`data/estimates.csv: "${unnamed.id}" is a figure for "${unnamed.quantity}", which {contested.quantities} in src/content/story.aml does not name`
		);
	const { charts, texts } = typesetAll(buildGraphics(data, lookup, graphicsAml));
	return { data, lookup, story, charts, texts, states: matchStates(story) };
}

let cached: Content | undefined;

/** The content for this build, loaded on first use. */
export function getContent(): Content {
	cached ??= loadContent();
	return cached;
}
