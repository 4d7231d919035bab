// What the dot chart must show for a state, worked out from data/ independently of the chart code:
// one person dot per `people_per_dot` people (rounded), and the highlighted groups likewise.
import type { DotsState } from '../../src/lib/graphics/states.ts';
import { numberIn } from './data.ts';

export interface DotValues {
	perDot: number;
	people: number;
	rebels: number;
	gangs: number;
	veterans: number;
	troops: number;
	agents: number;
}

export function dotValues(): DotValues {
	return {
		perDot: numberIn('figures.csv', 'people_per_dot'),
		people: numberIn('estimates.csv', 'deported_total'),
		rebels: numberIn('figures.csv', 'rebel_members'),
		gangs: numberIn('figures.csv', 'gang_members'),
		veterans: numberIn('figures.csv', 'red_army_veterans'),
		troops: numberIn('figures.csv', 'nkvd_troops'),
		agents: numberIn('figures.csv', 'local_agents')
	};
}

export interface DotExpectation {
	/** Person circles in g.people. */
	people: number;
	base: number;
	accent: number;
	second: number;
	ghost: number;
	/** Force marks (troops + agents) in g.forces, and how many of them are shown. */
	forces: number;
	forcesShown: number;
	/** Dots in g.apart, for groups counted across the republic (the reports' rebels, the NKVD's
	 * "gangs"), drawn apart from the people; and how many of them are shown. */
	apart: number;
	apartShown: number;
}

export function expectedDots(state: DotsState, v: DotValues = dotValues()): DotExpectation {
	const dots = (n: number) => Math.round(n / v.perDot);
	const people = dots(v.people);
	const forces = dots(v.troops) + dots(v.agents);
	const e: DotExpectation = {
		people,
		base: 0,
		accent: 0,
		second: 0,
		ghost: 0,
		forces,
		forcesShown: state.forces ? forces : 0,
		apart: Math.max(dots(v.rebels), dots(v.gangs)),
		apartShown:
			state.layout !== 'people' || state.forces
				? 0
				: state.highlight === 'rebels'
					? dots(v.rebels)
					: state.highlight === 'gangs'
						? dots(v.gangs)
						: 0
	};
	if (state.layout === 'emptied') e.ghost = people;
	else if (state.highlight === 'everyone') e.accent = people;
	else if (state.highlight === 'veterans') e.second = dots(v.veterans);
	e.base = people - e.accent - e.second - e.ghost;
	return e;
}
