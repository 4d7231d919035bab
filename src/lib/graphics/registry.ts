// The step registry: for every step of every chapter, the state its graphic shows. A graphic's state
// is a pure function of the step id: look it up here. Tests check that every step in the copy has
// an entry and every entry has a step.
import type { ChapterSlug, StepId } from '../story/chapters.ts';
import type { ChartState } from './states.ts';

export const STEP_STATES = {
	'occupation-1': { chart: 'occupation-map', focus: 'setting' },
	'occupation-2': { chart: 'occupation-map', focus: 'occupied' },
	'occupation-3': { chart: 'occupation-map', focus: 'nalchik-falls' },
	'occupation-4': { chart: 'livestock' },
	'occupation-5': { chart: 'occupation-map', focus: 'retaken' },

	'accusation-1': { chart: 'dots', layout: 'people' },
	'accusation-2': { chart: 'dots', layout: 'people', highlight: 'rebels' },
	'accusation-3': { chart: 'dots', layout: 'people', highlight: 'gangs' },
	'accusation-4': { chart: 'dots', layout: 'people', highlight: 'veterans' },
	'accusation-5': { chart: 'dots', layout: 'people', highlight: 'everyone' },

	'eviction-1': { chart: 'dots', layout: 'people', forces: true },
	'eviction-2': { chart: 'dots', layout: 'encircled', forces: true },
	'eviction-3': { chart: 'dots', layout: 'trains' },
	'eviction-4': { chart: 'dots', layout: 'emptied' },
	'eviction-5': { chart: 'peoples' },

	'exile-1': { chart: 'exile-map', focus: 'journey' },
	'exile-2': { chart: 'exile-map', focus: 'split' },
	'exile-3': { chart: 'deaths', show: 'transit' },
	'exile-4': { chart: 'deaths', show: 'exile' },
	'exile-5': { chart: 'population', show: 'register' },

	'return-1': { chart: 'population', show: 'released' },
	'return-2': { chart: 'population', show: 'restored' },
	'return-3': { chart: 'population', show: 'returned' },
	'return-4': { chart: 'population', show: 'census' },

	'recognition-1': {
		chart: 'timeline',
		from: 1954,
		to: 2025,
		events: ['khrushchev_speech', 'first_mourning', 'kanokov_address']
	},
	'recognition-2': {
		chart: 'timeline',
		from: 1987.5,
		to: 1990.2,
		events: ['first_mourning', 'declaration_1989']
	},
	'recognition-3': {
		chart: 'timeline',
		from: 1990.8,
		to: 1992.1,
		events: ['resolution_1991', 'rehabilitation_law', 'balkar_congress']
	},
	'recognition-4': {
		chart: 'timeline',
		from: 2009.6,
		to: 2010.7,
		events: ['rally_2010', 'kanokov_address']
	},
	'recognition-5': {
		chart: 'timeline',
		from: 2008,
		to: 2024.5,
		events: ['kanokov_address', 'kgb_archives_2023']
	}
} as const satisfies Record<StepId, ChartState>;

export type RegisteredStepId = keyof typeof STEP_STATES;

export function isRegisteredStep(id: string): id is RegisteredStepId {
	return Object.hasOwn(STEP_STATES, id);
}

/**
 * Each chapter's key step: the state its social card, its static image in the republish kit and
 * its embed open on. Chosen as the state that says the most about the chapter on its own.
 */
export const KEY_STEPS = {
	occupation: 'occupation-2',
	accusation: 'accusation-3',
	eviction: 'eviction-3',
	exile: 'exile-4',
	return: 'return-4',
	recognition: 'recognition-1'
} as const satisfies Record<ChapterSlug, RegisteredStepId>;

/**
 * Steps whose text describes its own picture ("in the chart, one ring for every 100 troops", "on
 * the timeline, the gap…"): the republished text, which has one image per chart, shows these
 * states too, so that the words have their picture.
 */
export const REPUBLISH_ALSO: readonly RegisteredStepId[] = ['eviction-1', 'recognition-1'];

/** The story's own card shows the trains, as its headline does. */
export const STORY_KEY_STEP: RegisteredStepId = 'eviction-3';
