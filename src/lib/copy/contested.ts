// The methods note's table of contested figures, as rows: the story draws it (ContestedTable) and
// the republish kit writes it as plain HTML, from the same copy and data.
import type { Estimate } from '../data/schema.ts';
import { formatEstimate, formatEstimateShare } from '../format.ts';
import { keepInitials } from './markup.ts';
import type { ContestedCopy } from './story.ts';

export interface ContestedRow {
	id: string;
	/** The figure as its source gives it: "nearly 8,000", "7,600–11,000". */
	figure: string;
	who: string;
	/** What kind of figure it is, in the copy's words ("Soviet record"). */
	kind: string;
	/** Its share of those deported, worked out here; empty for the counts of those deported. */
	share: string;
}

/** Each quantity compared, in the copy's order, with its figures. */
export function contestedGroups(copy: ContestedCopy, estimates: Estimate[]) {
	const total = estimates.find((e) => e.id === 'deported_total');
	const denominator = total?.value ?? NaN;
	return copy.quantities.map((q) => ({
		id: q.id,
		label: q.label,
		rows: estimates
			.filter((e) => e.quantity === q.id)
			.map((e): ContestedRow => ({
				id: e.id,
				figure: formatEstimate(e),
				who: keepInitials(e.who),
				kind: copy.kinds[e.kind],
				// Shares are of the headline count of those deported; other counts of them get none.
				share: q.id === total?.quantity ? '' : formatEstimateShare(e, denominator)
			}))
	}));
}
