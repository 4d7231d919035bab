// Column-by-column schemas for every CSV in data/, written with valibot.
// Each schema turns a raw CSV row (all strings) into a typed record, or fails with a message that
// names the field. Cross-file rules (unknown source ids, duplicate ids) live in load.ts.
import * as v from 'valibot';

const ID = /^[a-z][a-z0-9_]*$/;
const NUMBER = /^-?\d+(\.\d+)?$/;
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export const PRECISIONS = ['day', 'month', 'early-month', 'late-month', 'year'] as const;
export type Precision = (typeof PRECISIONS)[number];

export const ESTIMATE_KINDS = ['record', 'estimate', 'community', 'untraced'] as const;
export type EstimateKind = (typeof ESTIMATE_KINDS)[number];

const id = v.pipe(
	v.string(),
	v.nonEmpty('is empty; every row needs an id'),
	v.regex(ID, (i) => `must be lower-case letters, digits and underscores, got "${i.input}"`)
);
const text = v.pipe(v.string(), v.nonEmpty('is empty'));
const optionalText = v.pipe(
	v.string(),
	v.transform((s) => (s === '' ? undefined : s))
);
const number = v.pipe(
	v.string(),
	v.regex(NUMBER, (i) => `expected a number, got "${i.input}"`),
	v.transform(Number)
);
const optionalNumber = v.union(
	[v.pipe(v.literal(''), v.transform(() => undefined)), number],
	(i) => `expected a number or nothing, got "${String(i.input)}"`
);
const date = v.pipe(
	v.string(),
	v.regex(DATE, (i) => `expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got "${i.input}"`)
);
const optionalDate = v.union(
	[v.pipe(v.literal(''), v.transform(() => undefined)), date],
	(i) => `expected a date as YYYY, YYYY-MM or YYYY-MM-DD, or nothing, got "${String(i.input)}"`
);
/** One or more source ids separated by semicolons; checked against sources.csv later. */
const sourceIds = v.pipe(
	v.string(),
	v.nonEmpty('is empty; every row must name its source'),
	v.transform((s) => s.split(';').map((x) => x.trim())),
	v.check((ids) => ids.every((x) => ID.test(x)), 'must be source ids separated by semicolons')
);
const url = v.union(
	[
		v.pipe(v.literal(''), v.transform(() => undefined)),
		v.pipe(v.string(), v.url((i) => `expected a URL, got "${i.input}"`), v.startsWith('http'))
	],
	(i) => `expected an http(s) URL or nothing, got "${String(i.input)}"`
);
const year = v.union(
	[v.pipe(v.literal(''), v.transform(() => undefined)), v.pipe(v.string(), v.regex(/^\d{4}$/), v.transform(Number))],
	(i) => `expected a four-digit year or nothing, got "${String(i.input)}"`
);
const oneOf = <T extends readonly string[]>(options: T) =>
	v.picklist(options, (i) => `expected one of ${options.join(', ')}, got "${String(i.input)}"`);

/** A quantity is a single value, or a low–high range, or both missing (an error). */
const quantityRule = <T extends { value?: number; low?: number; high?: number }>(row: T) => {
	if (row.value === undefined && (row.low === undefined || row.high === undefined)) {
		return { field: 'value', message: 'needs a value, or both low and high' };
	}
	if ((row.low === undefined) !== (row.high === undefined)) {
		return { field: row.low === undefined ? 'low' : 'high', message: 'low and high must be given together' };
	}
	if (row.low !== undefined && row.high !== undefined && row.low > row.high) {
		return { field: 'low', message: `low (${row.low}) is greater than high (${row.high})` };
	}
	return undefined;
};

export const sourceRow = v.object({
	id,
	/** How the source is named in a chart's source line. */
	short: text,
	author: text,
	title: text,
	publisher: text,
	year,
	url,
	licence: text,
	note: optionalText
});

export const figureRow = v.object({
	id,
	value: optionalNumber,
	low: optionalNumber,
	high: optionalNumber,
	unit: text,
	label: text,
	source_id: sourceIds,
	note: optionalText
});

export const estimateRow = v.object({
	id,
	quantity: v.pipe(v.string(), v.regex(ID, 'must be an id-like name')),
	value: optionalNumber,
	low: optionalNumber,
	high: optionalNumber,
	unit: text,
	/** A short name for chart rows. */
	label: text,
	who: text,
	kind: oneOf(ESTIMATE_KINDS),
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
	value: optionalNumber,
	low: optionalNumber,
	high: optionalNumber,
	unit: text,
	source_id: sourceIds,
	note: optionalText
});

export const peopleRow = v.object({
	id,
	people: text,
	date,
	precision: oneOf(PRECISIONS),
	count: number,
	source_id: sourceIds,
	note: optionalText
});

export const placeRow = v.object({
	id,
	name_1944: text,
	name_today: text,
	lon: number,
	lat: number,
	country: text,
	source_id: sourceIds,
	note: optionalText
});

export const MAPS = ['occupation', 'exile', 'locator'] as const;
export const LABEL_KINDS = ['sea', 'country', 'region'] as const;

export const labelRow = v.object({
	id,
	text,
	lon: number,
	lat: number,
	map: oneOf(MAPS),
	kind: oneOf(LABEL_KINDS),
	source_id: sourceIds,
	note: optionalText
});

/** Every CSV the story reads, with its path under data/ and its row schema. */
export const TABLES = {
	sources: { file: 'sources.csv', schema: sourceRow },
	figures: { file: 'figures.csv', schema: figureRow, rule: quantityRule },
	estimates: { file: 'estimates.csv', schema: estimateRow, rule: quantityRule },
	events: { file: 'events.csv', schema: eventRow },
	settlers: { file: 'settlers.csv', schema: settlerRow, rule: quantityRule },
	peoples: { file: 'peoples.csv', schema: peopleRow },
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
