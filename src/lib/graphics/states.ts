// What each graphic can show. A state is small, serialisable and complete: a chart draws any state
// directly from it and its data, never by replaying earlier states.
import { forStep, type StepId } from '../story/chapters.ts';

export interface DotsState {
	chart: 'dots';
	/** people: the whole population as a grid; encircled: troops ring the people; trains: 14 rows;
	 * emptied: only the outlines of where the people were. */
	layout: 'people' | 'encircled' | 'trains' | 'emptied';
	/** Which group of dots is picked out, if any. */
	highlight?: 'rebels' | 'gangs' | 'veterans' | 'everyone';
	/** Show the NKVD troops and local agents as rings. */
	forces?: boolean;
}

export interface PeoplesState {
	chart: 'peoples';
}

export interface OccupationMapState {
	chart: 'occupation-map';
	focus: 'setting' | 'occupied' | 'nalchik-falls' | 'retaken';
}

/** The livestock left behind in the 1942 retreat: a chart of its own, so the map needs no room for it. */
export interface LivestockState {
	chart: 'livestock';
}

export interface ExileMapState {
	chart: 'exile-map';
	focus: 'journey' | 'split';
}

export interface DeathsState {
	chart: 'deaths';
	/** Which quantity's estimates are shown. */
	show: 'transit' | 'exile';
}

export interface PopulationState {
	chart: 'population';
	/** How far the story has got: each stage adds to the one before. */
	show: 'register' | 'released' | 'restored' | 'returned' | 'census';
}

export interface TimelineState {
	chart: 'timeline';
	/** The period in focus, as years (fractions allowed). */
	from: number;
	to: number;
	/** Ids of events (events.csv) labelled in this state. */
	events: string[];
}

export type ChartState =
	| DotsState
	| PeoplesState
	| OccupationMapState
	| LivestockState
	| ExileMapState
	| DeathsState
	| PopulationState
	| TimelineState;

export type ChartKind = ChartState['chart'];

/** The charts a chapter's steps use, each once, in the order the steps first show them. */
export function chartsOf(steps: StepId[], states: Record<StepId, ChartState>): ChartKind[] {
	return [...new Set(steps.map((id) => forStep(states, id).chart))];
}
