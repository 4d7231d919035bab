// Column-by-column schemas for every CSV in data/, written with valibot.
// Each schema turns a raw CSV row (all strings) into a typed record, or fails with a message that
// names the field. Cross-file rules (unknown source ids, duplicate ids) live in load.ts.
import * as v from 'valibot';
import { titleParts } from '../source-title.ts';

const ID = /^[a-z][a-z0-9_]*$/;
const NUMBER = /^-?\d+(\.\d+)?$/;
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export const PRECISIONS = ['day', 'month', 'early-month', 'late-month', 'year'] as const;
export type Precision = (typeof PRECISIONS)[number];

export const ESTIMATE_KINDS = ['record', 'estimate', 'community', 'untraced'] as const;
export type EstimateKind = (typeof ESTIMATE_KINDS)[number];

/** How a source hedges a single figure: written before it wherever it is shown. */
export const QUALIFIERS = ['about', 'nearly', 'more than'] as const;

const id = v.pipe(
	v.string(),
	v.nonEmpty('is empty; every row needs an id'),
	v.regex(ID, (i) => `must be lower-case letters, digits and underscores, got "${i.input}"`)
);
const text = v.pipe(v.string(), v.nonEmpty('is empty'));
/** An optional cell: empty (undefined), or what `schema` accepts; `message` for anything else. */
const orEmpty = <S extends v.GenericSchema<string, unknown>>(
	schema: S,
	message: (issue: { input: unknown }) => string
) =>
	v.union(
		[
			v.pipe(
				v.literal(''),
				v.transform(() => undefined)
			),
			schema
		],
		message
	);
const optionalText = v.pipe(
	v.string(),
	v.transform((s) => (s === '' ? undefined : s))
);
const number = v.pipe(
	v.string(),
	v.regex(NUMBER, (i) => `expected a number, got "${i.input}"`),
	v.transform(Number)
);
/** Every quantity in data/ is a count or a size: none can be negative. */
const amount = v.pipe(
	number,
	v.minValue(0, (i) => `expected a number 0 or more, got "${i.input}"`)
);
const optionalAmount = orEmpty(
	amount,
	(i) => `expected a number or nothing, got "${String(i.input)}"`
);
const count = v.pipe(
	amount,
	v.integer((i) => `expected a whole number, got "${i.input}"`)
);
const coordinate = (name: string, limit: number) =>
	v.pipe(
		number,
		v.minValue(-limit, (i) => `expected a ${name} from -${limit} to ${limit}, got "${i.input}"`),
		v.maxValue(limit, (i) => `expected a ${name} from -${limit} to ${limit}, got "${i.input}"`)
	);
const lon = coordinate('longitude', 180);
const lat = coordinate('latitude', 90);

/** The number of days in the month of a YYYY-MM-DD date, leap years included. */
const monthDays = (d: string) => new Date(Date.UTC(+d.slice(0, 4), +d.slice(5, 7), 0)).getUTCDate();
const date = v.pipe(
	v.string(),
	v.regex(DATE, (i) => `expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got "${i.input}"`),
	v.check(
		(d) => d.length < 10 || +d.slice(8) <= monthDays(d),
		(i) =>
			`expected a real date, got "${i.input}" (${i.input.slice(0, 7)} has ${monthDays(i.input)} days)`
	)
);
const optionalDate = orEmpty(
	date,
	(i) => `expected a date as YYYY, YYYY-MM or YYYY-MM-DD, or nothing, got "${String(i.input)}"`
);
/** One or more source ids separated by semicolons; checked against sources.csv later. */
const sourceIds = v.pipe(
	v.string(),
	v.nonEmpty('is empty; every row must name its source'),
	v.transform((s) => s.split(';').map((x) => x.trim())),
	v.check((ids) => ids.every((x) => ID.test(x)), 'must be source ids separated by semicolons')
);
const url = orEmpty(
	v.pipe(
		v.string(),
		v.url((i) => `expected a URL, got "${i.input}"`),
		v.regex(/^https?:\/\//, (i) => `expected an http:// or https:// URL, got "${i.input}"`)
	),
	(i) => `expected an http(s) URL or nothing, got "${String(i.input)}"`
);
const year = orEmpty(
	v.pipe(v.string(), v.regex(/^\d{4}$/), v.transform(Number)),
	(i) => `expected a four-digit year or nothing, got "${String(i.input)}"`
);
const oneOf = <T extends readonly string[]>(options: T) =>
	v.picklist(options, (i) => `expected one of ${options.join(', ')}, got "${String(i.input)}"`);

/** A rule a row breaks, if any: the field to blame and what is wrong. */
type Broken = { field: string; message: string } | undefined;

/**
 * A quantity is a single value or a low–high range, never both: the copy and tables print the
 * value, the charts draw the range, so a row with both would show two different figures.
 */
const quantityRule = <T extends { value?: number; low?: number; high?: number }>(
	row: T
): Broken => {
	if (row.value === undefined && (row.low === undefined || row.high === undefined)) {
		return { field: 'value', message: 'needs a value, or both low and high' };
	}
	if ((row.low === undefined) !== (row.high === undefined)) {
		return {
			field: row.low === undefined ? 'low' : 'high',
			message: 'low and high must be given together'
		};
	}
	if (row.value !== undefined && row.low !== undefined) {
		return {
			field: 'value',
			message: 'has a value and a low/high range; give a value, or low and high, not both'
		};
	}
	if (row.low !== undefined && row.high !== undefined && row.low > row.high) {
		return { field: 'low', message: `low (${row.low}) is greater than high (${row.high})` };
	}
	// People are counted whole (settlers.csv counts in thousands, a unit of its own).
	if ('unit' in row && row.unit === 'people') {
		for (const field of ['value', 'low', 'high'] as const) {
			const n = row[field];
			if (n !== undefined && !Number.isInteger(n)) {
				return { field, message: `a count of people must be a whole number, got ${n}` };
			}
		}
	}
	return undefined;
};

/** How many parts of YYYY-MM-DD a precision needs: "day" needs all three. */
const PARTS_NEEDED: Record<Precision, number> = {
	day: 3,
	month: 2,
	'early-month': 2,
	'late-month': 2,
	year: 1
};

/** Whether date a is later than date b, by the parts both give: 1944 is not after 1944-03. */
export const isAfter = (a: string, b: string) => {
	const n = Math.min(a.length, b.length);
	return a.slice(0, n) > b.slice(0, n);
};

/** An estimate is a quantity; an untraced end needs a range to be the end of. */
const estimateRule = (row: {
	value?: number;
	low?: number;
	high?: number;
	untraced_end?: 'low' | 'high';
	qualifier?: string;
}): Broken =>
	quantityRule(row) ??
	(row.untraced_end && row.low === undefined
		? { field: 'untraced_end', message: 'marks one end of a range, but the row has no range' }
		: row.qualifier && row.value === undefined
			? { field: 'qualifier', message: 'qualifies a single value, but the row has a range' }
			: undefined);

/** A date's precision can be no finer than the date; an end date comes after the start. */
const datedRule = (row: { date: string; end_date?: string; precision: Precision }): Broken => {
	const needed = PARTS_NEEDED[row.precision];
	for (const field of ['date', 'end_date'] as const) {
		const d = row[field];
		if (d !== undefined && d.split('-').length < needed) {
			const form = ['YYYY', 'YYYY-MM', 'YYYY-MM-DD'][needed - 1];
			return {
				field,
				message: `"${d}" is coarser than its precision "${row.precision}"; expected ${form} or a coarser precision`
			};
		}
	}
	if (row.end_date !== undefined && !isAfter(row.end_date, row.date)) {
		return {
			field: 'end_date',
			message: `"${row.end_date}" is not after the date "${row.date}"; expected a later end date, or nothing`
		};
	}
	return undefined;
};

const languageCode = (i: { input: unknown }) =>
	`expected a two- or three-letter language code such as ru, or nothing, got "${String(i.input)}"`;

export const sourceRow = v.object({
	id,
	/** How the source is named in a chart's source line. */
	short: text,
	author: text,
	title: text,
	/** The language of a title not in English ("ru"), which is then written "Original (English
	 * gloss)": pages mark the original with it, for screen readers. Empty for English. */
	title_lang: orEmpty(v.pipe(v.string(), v.regex(/^[a-z]{2,3}$/, languageCode)), languageCode),
	publisher: text,
	year,
	url,
	licence: text,
	note: optionalText
});

/** A title in another language comes with its English gloss, in brackets at its end. */
const sourceRule = (row: { title: string; title_lang?: string }): Broken =>
	row.title_lang && !titleParts(row).gloss
		? {
				field: 'title',
				message: `is in "${row.title_lang}" but has no English gloss; expected "Original title (English title)"`
			}
		: undefined;

export const figureRow = v.object({
	id,
	value: optionalAmount,
	low: optionalAmount,
	high: optionalAmount,
	unit: text,
	label: text,
	source_id: sourceIds,
	note: optionalText
});

export const estimateRow = v.object({
	id,
	quantity: v.pipe(v.string(), v.regex(ID, 'must be an id-like name')),
	value: optionalAmount,
	low: optionalAmount,
	high: optionalAmount,
	unit: text,
	/** A short name for chart rows. */
	label: text,
	who: text,
	kind: oneOf(ESTIMATE_KINDS),
	/** A range whose one end no one has traced to a document ("high" or "low"), drawn open. */
	untraced_end: orEmpty(
		v.picklist(['low', 'high'] as const),
		(i) => `expected low, high or nothing, got "${String(i.input)}"`
	),
	/** The source's own hedge on a single value ("nearly 8,000"), shown with it. */
	qualifier: orEmpty(
		v.picklist(QUALIFIERS),
		(i) => `expected ${QUALIFIERS.join(', ')} or nothing, got "${String(i.input)}"`
	),
	source_id: sourceIds,
	note: optionalText
});

export const eventRow = v.object({
	id,
	date,
	end_date: optionalDate,
	precision: oneOf(PRECISIONS),
	label: text,
	source_id: sourceIds,
	note: optionalText
});

export const settlerRow = v.object({
	id,
	date,
	value: optionalAmount,
	low: optionalAmount,
	high: optionalAmount,
	/** The population chart plots the register in thousands, beside counts it divides by 1000. */
	unit: v.literal(
		'thousand people',
		(i) =>
			`expected "thousand people" (the register is charted in thousands), got "${String(i.input)}"`
	),
	source_id: sourceIds,
	note: optionalText
});

export const peopleRow = v.object({
	id,
	people: text,
	date,
	precision: oneOf(PRECISIONS),
	count,
	source_id: sourceIds,
	note: optionalText
});

export const placeRow = v.object({
	id,
	name_1944: text,
	name_today: text,
	lon,
	lat,
	country: text,
	source_id: sourceIds,
	note: optionalText
});

export const MAPS = ['occupation', 'exile', 'locator'] as const;
export const LABEL_KINDS = ['sea', 'country', 'region'] as const;

export const labelRow = v.object({
	id,
	text,
	lon,
	lat,
	map: oneOf(MAPS),
	kind: oneOf(LABEL_KINDS),
	source_id: sourceIds,
	note: optionalText
});

/** Every CSV the story reads, with its path under data/ and its row schema. */
export const TABLES = {
	sources: { file: 'sources.csv', schema: sourceRow, rule: sourceRule },
	figures: { file: 'figures.csv', schema: figureRow, rule: quantityRule },
	estimates: { file: 'estimates.csv', schema: estimateRow, rule: estimateRule },
	events: { file: 'events.csv', schema: eventRow, rule: datedRule },
	settlers: { file: 'settlers.csv', schema: settlerRow, rule: quantityRule },
	peoples: { file: 'peoples.csv', schema: peopleRow, rule: datedRule },
	places: { file: 'geo/places.csv', schema: placeRow },
	labels: { file: 'geo/labels.csv', schema: labelRow }
} as const;

export type Source = v.InferOutput<typeof sourceRow>;
export type Figure = v.InferOutput<typeof figureRow>;
export type Estimate = v.InferOutput<typeof estimateRow>;
export type StoryEvent = v.InferOutput<typeof eventRow>;
export type SettlerPoint = v.InferOutput<typeof settlerRow>;
export type People = v.InferOutput<typeof peopleRow>;
export type Place = v.InferOutput<typeof placeRow>;
export type MapLabel = v.InferOutput<typeof labelRow>;
