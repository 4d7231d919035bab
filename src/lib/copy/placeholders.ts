// Placeholders let the copy say "{deported_total}" instead of typing 37,713, so every figure the
// reader sees comes from data/. The grammar is small on purpose:
//
//   {id}                a figure, range, date or place name from data/, in its default format
//   {id.low} {id.high}  one end of a range
//   {a - b}             a difference of two figures
//   {a / b}             a share, as a percentage ("20%"), computed here and never copied from a source
//   {a ~ b}             great-circle distance between two places, in km
//   {expr|format}       with a format: round:100, words, Words, ordinal, millions, day, month, year,
//                       decimal (one decimal place), pct1 (a share with one decimal), thousands (a
//                       figure counted in thousands, written out: 33.0 thousand people → 33,000)
import {
	capitalise,
	formatCount,
	formatDate,
	formatDateRange,
	formatMillions,
	formatNumber,
	formatOneDecimal,
	formatOrdinal,
	formatRange,
	formatShare,
	formatWords,
	roundTo
} from '../format.ts';
import { distanceKm, type Entry, type Lookup } from './lookup.ts';

export class CopyError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'CopyError';
	}
}

const PLACEHOLDER = /\{([^{}]+)\}/g;

type Value =
	/** unit: the figure's own unit in data/, for a format that depends on it ("thousands"). */
	| { type: 'number'; n: number; unit?: string }
	| { type: 'range'; low: number; high: number; unit?: string }
	| { type: 'share'; n: number }
	| { type: 'event'; entry: Entry & { kind: 'event' } }
	| { type: 'text'; s: string };

function term(token: string, lookup: Lookup, where: string, used: Set<string>): Value {
	const [id, part] = token.trim().split('.') as [string, string | undefined];
	const entry = lookup.get(id);
	if (!entry)
		throw new CopyError(
			`Unknown placeholder {${token.trim()}} in ${where}: no id "${id}" in data/`
		);
	used.add(id);
	if (entry.kind === 'event') {
		if (part)
			throw new CopyError(`Placeholder {${token.trim()}} in ${where}: a date has no ".${part}"`);
		return { type: 'event', entry };
	}
	if (entry.kind === 'place') return { type: 'text', s: entry.name };
	if (part === 'low' || part === 'high') {
		const n = entry[part];
		if (n === undefined)
			throw new CopyError(
				`Placeholder {${token.trim()}} in ${where}: "${id}" has no ${part} value`
			);
		return { type: 'number', n, unit: entry.unit };
	}
	if (part !== undefined && part !== 'value') {
		throw new CopyError(`Placeholder {${token.trim()}} in ${where}: unknown part ".${part}"`);
	}
	if (entry.value !== undefined) return { type: 'number', n: entry.value, unit: entry.unit };
	return { type: 'range', low: entry.low!, high: entry.high!, unit: entry.unit };
}

function numberOf(v: Value, token: string, where: string): number {
	if (v.type === 'number') return v.n;
	throw new CopyError(
		`Placeholder {${token}} in ${where}: needs single numbers (use .low or .high for a range)`
	);
}

function evaluate(expr: string, lookup: Lookup, where: string, used: Set<string>): Value {
	const distance = expr.split('~');
	if (distance.length === 2) {
		const [a, b] = distance.map((t) => lookup.get(t.trim()));
		if (a?.kind !== 'place' || b?.kind !== 'place') {
			throw new CopyError(
				`Placeholder {${expr}} in ${where}: "~" needs two place ids from data/geo/places.csv`
			);
		}
		used.add(a.id).add(b.id);
		return { type: 'number', n: Math.round(distanceKm(a, b)) };
	}
	for (const op of ['/', ' - '] as const) {
		const parts = expr.split(op);
		if (parts.length === 2) {
			const a = numberOf(term(parts[0]!, lookup, where, used), expr, where);
			const b = numberOf(term(parts[1]!, lookup, where, used), expr, where);
			return op === '/' ? { type: 'share', n: a / b } : { type: 'number', n: a - b };
		}
	}
	return term(expr, lookup, where, used);
}

/** A figure data/ counts in thousands ("thousand people"). */
const inThousands = (unit: string | undefined) => /^thousand( |$)/.test(unit ?? '');

function render(v: Value, format: string | undefined, expr: string, where: string): string {
	const [name, arg] = (format ?? '').split(':') as [string, string | undefined];
	const fail = () =>
		new CopyError(
			`Placeholder {${expr}|${format}} in ${where}: format "${format}" does not apply here`
		);
	switch (v.type) {
		case 'text':
			if (format) throw fail();
			return v.s;
		case 'event': {
			const { date, end, precision } = v.entry;
			if (!format) return end ? formatDateRange(date, end, precision) : formatDate(date, precision);
			if (name === 'day') return formatDate(date, precision, 'no-year');
			if (name === 'year') return formatDate(date, precision, 'year');
			if (name === 'month') return formatDate(date, precision === 'day' ? 'month' : precision);
			throw fail();
		}
		case 'share':
			if (!format) return formatShare(v.n);
			if (name === 'pct1') return formatShare(v.n, 1);
			throw fail();
		case 'range':
			if (!format) return formatRange(v.low, v.high);
			if (name === 'round')
				return formatRange(roundTo(v.low, Number(arg)), roundTo(v.high, Number(arg)));
			if (name === 'decimal') return formatRange(v.low, v.high, formatOneDecimal);
			if (name === 'thousands' && inThousands(v.unit))
				return formatRange(Math.round(v.low * 1000), Math.round(v.high * 1000));
			throw fail();
		case 'number': {
			if (!format) return formatNumber(v.n);
			if (name === 'round') {
				const step = Number(arg);
				if (!(step > 0)) throw fail();
				return formatCount(roundTo(v.n, step));
			}
			if (name === 'words') return formatWords(v.n);
			if (name === 'Words') return capitalise(formatWords(v.n));
			if (name === 'ordinal') return formatOrdinal(v.n);
			if (name === 'millions') return formatMillions(v.n);
			if (name === 'decimal') return formatOneDecimal(v.n);
			if (name === 'thousands' && inThousands(v.unit)) return formatCount(Math.round(v.n * 1000));
			throw fail();
		}
	}
}

/**
 * Replace every placeholder in `text` with its formatted value. `where` names the place in the copy
 * for error messages ("chapter exile, step 3"). Ids read are added to `used`, for citations.
 */
export function resolvePlaceholders(
	text: string,
	lookup: Lookup,
	where: string,
	used: Set<string> = new Set()
): string {
	return text.replace(PLACEHOLDER, (_, inner: string) => {
		const [expr, format] = inner.split('|').map((s) => s.trim()) as [string, string | undefined];
		return render(evaluate(expr, lookup, where, used), format, expr, where);
	});
}

/** Placeholders left in a string (none should survive resolution). */
export function findPlaceholders(text: string): string[] {
	return [...text.matchAll(PLACEHOLDER)].map((m) => m[0]);
}

/**
 * Counts typed into the copy by hand: any run of three or more digits (or a number with thousands
 * separators) outside a placeholder. Four-digit years from 1800 to 2099 are allowed as text.
 */
export function findTypedCounts(text: string): string[] {
	const outside = text.replace(PLACEHOLDER, ' ');
	const found: string[] = [];
	for (const m of outside.matchAll(/\d[\d,.]*\d|\d/g)) {
		const token = m[0];
		const digits = token.replace(/[^\d]/g, '');
		if (digits.length < 3) continue;
		if (/^(18|19|20)\d\d$/.test(token)) continue; // a year
		found.push(token);
	}
	return found;
}
