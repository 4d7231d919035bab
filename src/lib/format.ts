// The one place numbers and dates are turned into text, for the copy and for the charts alike.
// d3-format rather than Intl: the chart code already carries it, and building an Intl formatter
// loads locale data, tens of milliseconds on a slow phone when a chart first draws.
import { formatLocale } from 'd3';

// British English: comma thousands, point decimals, a hyphen-minus as Intl's en-GB writes it.
const { format } = formatLocale({
	decimal: '.',
	thousands: ',',
	grouping: [3],
	currency: ['£', ''],
	minus: '-'
});
const integer = format(',.0f');
const oneDecimal = format(',.1f');

const WORDS = [
	'zero',
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
	'eleven',
	'twelve',
	'thirteen',
	'fourteen',
	'fifteen',
	'sixteen',
	'seventeen',
	'eighteen',
	'nineteen',
	'twenty'
];

/** The months' names, January first. */
export const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** A month's short name for an axis: 3 → "Apr" (months counted from 0, January). */
export function shortMonth(index: number): string {
	return MONTHS[index]!.slice(0, 3);
}

/** 37713 → "37,713". Counts are whole numbers; see formatNumber for values that may not be. */
export function formatCount(n: number): string {
	return integer(n);
}

/** A count, or a value with a fraction to one decimal place: never silently rounded to a whole. */
export function formatNumber(n: number): string {
	return Number.isInteger(n) ? integer(n) : oneDecimal(n);
}

/** 32.9 → "32.9" (for values kept in thousands, with the precision they were published in). */
export function formatOneDecimal(n: number): string {
	return oneDecimal(n);
}

/** 2400000 → "2.4 million". */
export function formatMillions(n: number): string {
	return `${oneDecimal(n / 1e6).replace(/\.0$/, '')} million`;
}

/** 7600, 11000 → "7,600–11,000" (an en dash, no spaces). */
export function formatRange(low: number, high: number, fmt: (n: number) => string = formatCount) {
	return `${fmt(low)}–${fmt(high)}`;
}

/** A contested figure as its source gives it, hedge and all: "nearly 8,000", "7,600–11,000". */
export function formatEstimate(e: {
	value?: number;
	low?: number;
	high?: number;
	qualifier?: string;
}): string {
	const figure = e.value !== undefined ? formatCount(e.value) : formatRange(e.low!, e.high!);
	return e.qualifier ? `${e.qualifier} ${figure}` : figure;
}

/** A contested figure's share of `total`, as precise as the figure and with its hedge: "21%",
 * "1.5%", "20–29%", and for "nearly 8,000", "nearly 21%". */
export function formatEstimateShare(
	e: { value?: number; low?: number; high?: number; qualifier?: string },
	total: number
): string {
	const share =
		e.value !== undefined
			? formatPointShare(e.value / total)
			: formatShareRange(e.low! / total, e.high! / total);
	return e.qualifier ? `${e.qualifier} ${share}` : share;
}

/** 0.2015 → "20%". Shares are always computed from the data, never copied from a source. */
export function formatShare(share: number, digits = 0): string {
	return `${(share * 100).toFixed(digits)}%`;
}

/**
 * A share of those deported, as precise as a single figure bears: a tenth of a per cent under
 * 10% (562 deaths: "1.5%"), whole per cents above ("nearly 8,000": "21%", not "21.2%").
 */
export function formatPointShare(share: number): string {
	return formatShare(share, share < 0.1 ? 1 : 0);
}

/** 0.2015, 0.2917 → "20–29%": whole per cents, the sign once. */
export function formatShareRange(low: number, high: number): string {
	return `${(low * 100).toFixed(0)}–${formatShare(high)}`;
}

/** Small whole numbers as words ("two"), larger ones as digits. */
export function formatWords(n: number): string {
	return Number.isInteger(n) && n >= 0 && n < WORDS.length ? WORDS[n]! : formatNumber(n);
}

/** 37 → "37th". */
export function formatOrdinal(n: number): string {
	const rem100 = n % 100;
	const suffix = rem100 >= 11 && rem100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
	return `${n}${suffix}`;
}

export function roundTo(n: number, step: number): number {
	return Math.round(n / step) * step;
}

export type DatePrecision = 'day' | 'month' | 'early-month' | 'late-month' | 'year';

/** Splits an ISO-like date ("1944", "1944-03", "1944-03-08") into numbers. */
export function dateParts(iso: string): { year: number; month?: number; day?: number } {
	const [y, m, d] = iso.split('-').map(Number);
	return { year: y!, month: m, day: d };
}

/**
 * A date as words, no finer than its precision: "8 March 1944", "March 1944",
 * "early January 1943", "late October 1942", "1959".
 * `part` drops the year ("8 March") or keeps only the year.
 */
export function formatDate(
	iso: string,
	precision: DatePrecision,
	part: 'full' | 'no-year' | 'year' = 'full'
): string {
	const { year, month, day } = dateParts(iso);
	if (part === 'year' || precision === 'year' || month === undefined) return String(year);
	const monthName = MONTHS[month - 1]!;
	let text: string;
	if (precision === 'day' && day !== undefined) text = `${day} ${monthName}`;
	else if (precision === 'early-month') text = `early ${monthName}`;
	else if (precision === 'late-month') text = `late ${monthName}`;
	else text = monthName;
	return part === 'no-year' ? text : `${text} ${year}`;
}

/**
 * The stretch of time a date could fall in, as decimal years (a month starts at year + month / 12,
 * a day at its month + (day - 1) / 365): "March 2010" is the whole of March, "early January 1943"
 * its first ten days, "1959" the year. A date to the day is that day.
 */
export function datePeriod(iso: string, precision: DatePrecision): [number, number] {
	const { year, month, day } = dateParts(iso);
	if (precision === 'year' || month === undefined) return [year, year + 1];
	const monthStart = year + (month - 1) / 12;
	const monthEnd = year + month / 12;
	if (precision === 'day' && day !== undefined) {
		const start = monthStart + (day - 1) / 365;
		return [start, start + 1 / 365];
	}
	if (precision === 'early-month') return [monthStart, monthStart + 10 / 365];
	if (precision === 'late-month') return [monthStart + 20 / 365, monthEnd];
	return [monthStart, monthEnd];
}

/** A month and year, the month abbreviated, for a tight chart label: "Feb 1944" (or "1944"). */
export function formatMonthShort(iso: string, precision: DatePrecision): string {
	const { year, month } = dateParts(iso);
	return precision === 'year' || month === undefined
		? String(year)
		: `${shortMonth(month - 1)} ${year}`;
}

/** A date range: "1957–58", "8–9 March 1944". Falls back to two full dates. */
export function formatDateRange(start: string, end: string, precision: DatePrecision): string {
	const a = dateParts(start);
	const b = dateParts(end);
	if (precision === 'year' || a.month === undefined) {
		return a.year === b.year ? String(a.year) : `${a.year}–${String(b.year).slice(2)}`;
	}
	if (a.year === b.year && a.month === b.month && a.day && b.day) {
		return `${a.day}–${b.day} ${MONTHS[a.month - 1]} ${a.year}`;
	}
	return `${formatDate(start, precision)} – ${formatDate(end, precision)}`;
}

/** Capitalise the first letter, for a figure that opens a sentence ("Fourteen trains"). */
export function capitalise(s: string): string {
	return s.charAt(0).toUpperCase() + s.slice(1);
}
