// Where each label of the peoples chart goes. A row's name sits above its bar; its count and date
// take the first of these that fits, so a narrow phone never gets a label it cannot read: on the
// name's line, the count at the right; the count there and the date past the bar's end (a long
// name), so the counts stay in one column; both past the bar's end; inside the bar's end, light
// on dark, only where the bar is tall enough to hold a line of text.
import type { PeoplesData } from '../data.ts';
import { textWidth } from '../text.ts';

type Row = PeoplesData['rows'][number];

/** Label size, the gap kept between a name and its count, and the space round a label at a bar. */
export const LABEL = 13;
const GAP = 12;
const PAD = 6;
/** A bar this tall holds a line of 13 px text. */
const HOLDS_TEXT = 15;

export type RowLabel =
	/** Name and date on one line, the count at the right of it. */
	| { at: 'line'; date: string }
	/** The name with the count at the right of it; the date past the bar's end (x). */
	| { at: 'date-beside'; date: string; x: number }
	/** The count and date past the bar's end (x), or inside it, ending at x. */
	| { at: 'beside' | 'inside'; date: string; x: number }
	/** Name and count only: the row's date is in the table under the step. */
	| { at: 'no-date' };

/** Where one row's count and date go, the date written as given. */
function rowLabel(
	row: Row,
	date: string,
	width: number,
	barEnd: number,
	barHeight: number,
	bold: boolean
): RowLabel {
	const wide = (text: string) => textWidth(text, LABEL, bold);
	if (wide(`${row.people} · ${date}`) + GAP + wide(row.countText) <= width)
		return { at: 'line', date };
	if (
		wide(row.people) + GAP + wide(row.countText) <= width &&
		barEnd + PAD + textWidth(date, LABEL) <= width
	)
		return { at: 'date-beside', date, x: barEnd + PAD };
	if (barEnd + PAD + wide(`${row.countText} · ${date}`) <= width)
		return { at: 'beside', date, x: barEnd + PAD };
	if (barHeight >= HOLDS_TEXT && wide(`${row.countText} · ${date}`) + 2 * PAD <= barEnd)
		return { at: 'inside', date, x: barEnd - PAD };
	return { at: 'no-date' };
}

/**
 * Every row's label, by row id. The months are written out where every row has room for that,
 * otherwise abbreviated in every row: one form for the whole chart.
 */
export function peoplesLabels(
	data: PeoplesData,
	width: number,
	barEnd: (row: Row) => number,
	barHeight: number
): Map<string, RowLabel> {
	const place = (short: boolean) =>
		new Map(
			data.rows.map((row) => [
				row.id,
				rowLabel(
					row,
					short ? row.dateShort : row.date,
					width,
					barEnd(row),
					barHeight,
					row.id === data.highlight
				)
			])
		);
	const full = place(false);
	return [...full.values()].every((l) => l.at !== 'no-date') ? full : place(true);
}
