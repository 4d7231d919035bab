// The numbers behind each graphic state, as a table: the text alternative's long form, and what a
// reader without the picture (or a screen reader user) gets.
import { formatCount, formatOneDecimal } from '../format.ts';
import type { ChartData } from './data.ts';
import { dotCount, trainDots } from './charts/dots.ts';
import type { ChartState } from './states.ts';

export interface DataTable {
	caption: string;
	head: string[];
	rows: string[][];
	/** What a cell says for a figure the sources do not give ("not given"): it stands in a column
	 * of figures without keeping them from lining up. */
	missing?: string;
}

/** A figure as the tables print it: "37,713", "1.5%", "37.2–38.3", "20%–29%". */
const FIGURE = /^\d[\d,.]*%?(–\d[\d,.]*%?)?$/;

/**
 * Which columns hold only figures (empty and missing cells aside), to be set right-aligned so their digits
 * line up. The first column heads each row and stays as it is.
 */
export function figureColumns(table: DataTable): boolean[] {
	return table.head.map((_, j) => {
		const cells = table.rows
			.map((row) => row[j] ?? '')
			.filter((cell) => cell !== '' && cell !== table.missing);
		return j > 0 && cells.length > 0 && cells.every((cell) => FIGURE.test(cell));
	});
}

/** Row headings this short ("December 1944", "25 February 1956") are kept on one line. */
const SHORT_HEAD = 16;

/** Whether every row heading is short enough to keep on one line, even on a phone. */
export function shortRowHeads(table: DataTable): boolean {
	return table.rows.every((row) => (row[0] ?? '').length <= SHORT_HEAD);
}

export function tableFor(state: ChartState, charts: ChartData): DataTable {
	switch (state.chart) {
		case 'dots': {
			const d = charts.dots;
			const row = (what: string, n: number) => [
				what,
				formatCount(n),
				formatCount(dotCount(n, d.perDot))
			];
			const rows = [row(d.labels.people, d.values.people)];
			if (state.highlight === 'rebels') rows.push(row(d.labels.rebels, d.values.rebels));
			if (state.highlight === 'gangs') rows.push(row(d.labels.gangs, d.values.gangs));
			if (state.highlight === 'veterans') rows.push(row(d.labels.veterans, d.values.veterans));
			if (state.forces) {
				rows.push(row(d.labels.troops, d.values.troops), row(d.labels.agents, d.values.agents));
			}
			if (state.layout === 'trains') {
				// The sources give no count per railway; the dots are the people spread evenly.
				const spread = trainDots(d);
				rows.push(
					[d.labels.orenburg, d.labels.notGiven, formatCount(spread.orenburg)],
					[d.labels.tashkent, d.labels.notGiven, formatCount(spread.tashkent)]
				);
			}
			return {
				// The per-railway dots are ours, not the sources': the table says so, as the chart does.
				caption:
					state.layout === 'trains' ? `${d.labels.key}. ${d.labels.trainsNote}` : d.labels.key,
				head: ['', 'People', 'Dots'],
				rows,
				missing: d.labels.notGiven
			};
		}
		case 'peoples':
			return {
				caption: charts.peoples.axis,
				head: ['People', 'Deported from', 'NKVD count'],
				rows: charts.peoples.rows.map((r) => [r.people, r.date, r.countText])
			};
		case 'livestock': {
			const d = charts.livestock;
			return {
				caption: d.caption,
				head: [d.animals, d.head],
				rows: d.rows.map((l) => [l.label, l.valueText])
			};
		}
		case 'occupation-map': {
			const d = charts['occupation-map'];
			const text = {
				setting: d.text.setting,
				occupied: d.text.occupied,
				'nalchik-falls': d.text.nalchikFalls,
				retaken: d.text.retaken
			}[state.focus];
			return { caption: 'What the map shows', head: ['Shown', ''], rows: [[text, '']] };
		}
		case 'exile-map': {
			const d = charts['exile-map'];
			const rows =
				state.focus === 'journey'
					? [[d.text.journey], [d.text.distance], ...d.routes.map((r) => [r.label])]
					: [[d.text.kazakh], [d.text.kirghiz]];
			return { caption: 'What the map shows', head: ['Shown'], rows };
		}
		case 'deaths': {
			const d = charts.deaths;
			const quantity = state.show === 'transit' ? 'transit_deaths' : 'exile_deaths';
			return {
				caption: state.show === 'transit' ? d.text.transitTitle : d.text.exileTitle,
				head: ['Who says', 'Deaths', 'Share of those deported'],
				rows: d.rows
					.filter((r) => r.quantity === quantity)
					.map((r) => [
						// The label is capitalised to stand alone on the chart; here it follows a name.
						r.who + (r.kind === 'untraced' ? ` (${lowerFirst(d.text.untraced)})` : ''),
						r.valueText,
						r.shareText
					])
			};
		}
		case 'population': {
			const d = charts.population;
			const order = ['register', 'released', 'restored', 'returned', 'census'] as const;
			const upTo = order.indexOf(state.show);
			// One row per date, saying what happened: the register's long name is in the caption.
			const rows = d.register.map((r) => [r.dateText, d.text.tableRegister, r.valueText]);
			for (const m of d.markers)
				if (order.indexOf(m.stage) <= upTo) rows.push([m.dateText, m.tableLabel, '']);
			const point = (p: typeof d.returned) => [p.dateText, p.tableLabel, formatOneDecimal(p.value)];
			if (upTo >= 3) rows.push(point(d.returned));
			if (upTo >= 4) rows.push(point(d.census), point(d.expected));
			return { caption: d.text.tableCaption, head: ['Date', 'What', d.text.axis], rows };
		}
		case 'timeline': {
			const d = charts.timeline;
			return {
				caption: 'Events in view',
				head: ['Date', 'Event'],
				rows: d.events
					.filter((e) => e.year >= state.from && e.year <= state.to)
					.map((e) => [e.dateText, e.label])
			};
		}
	}
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
