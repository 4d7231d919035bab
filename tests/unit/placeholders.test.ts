// The placeholder grammar and its formats, against a small made-up lookup so each expected string
// is known exactly; and the typed-count detector.
import { describe, expect, it } from 'vitest';
import type { Entry, Lookup } from '../../src/lib/copy/lookup.ts';
import {
	CopyError,
	findPlaceholders,
	findTypedCounts,
	resolvePlaceholders
} from '../../src/lib/copy/placeholders.ts';

const entries: Entry[] = [
	{ kind: 'quantity', id: 'total', value: 37713, unit: 'people', sources: ['s1'] },
	{ kind: 'quantity', id: 'part', value: 7600, unit: 'people', sources: ['s2'] },
	{ kind: 'quantity', id: 'small', value: 562, unit: 'people', sources: ['s1'] },
	{ kind: 'quantity', id: 'trains', value: 14, unit: 'trains', sources: ['s1'] },
	{ kind: 'quantity', id: 'two', value: 2, unit: 'hours', sources: ['s1'] },
	{ kind: 'quantity', id: 'army', value: 37, unit: 'army', sources: ['s1'] },
	{ kind: 'quantity', id: 'cards', value: 2400000, unit: 'cards', sources: ['s1'] },
	{ kind: 'quantity', id: 'million', value: 2000000, unit: 'cards', sources: ['s1'] },
	{ kind: 'quantity', id: 'thousands', value: 33, unit: 'thousand', sources: ['s1'] },
	{ kind: 'quantity', id: 'span', low: 7600, high: 11000, unit: 'people', sources: ['s3'] },
	{ kind: 'quantity', id: 'kspan', low: 37.2, high: 38.3, unit: 'thousand', sources: ['s3'] },
	{ kind: 'event', id: 'day_event', date: '1944-03-08', precision: 'day', sources: ['s1'] },
	{ kind: 'event', id: 'month_event', date: '1942-08', precision: 'month', sources: ['s1'] },
	{ kind: 'event', id: 'early_event', date: '1943-01', precision: 'early-month', sources: ['s1'] },
	{ kind: 'event', id: 'late_event', date: '1942-10', precision: 'late-month', sources: ['s1'] },
	{ kind: 'event', id: 'year_event', date: '1959', precision: 'year', sources: ['s1'] },
	{
		kind: 'event',
		id: 'days_event',
		date: '1944-03-08',
		end: '1944-03-09',
		precision: 'day',
		sources: ['s1']
	},
	{
		kind: 'event',
		id: 'years_event',
		date: '1957',
		end: '1958',
		precision: 'year',
		sources: ['s1']
	},
	{ kind: 'place', id: 'origin', lon: 0, lat: 0, name: 'Null Island', sources: ['g'] },
	{ kind: 'place', id: 'east', lon: 1, lat: 0, name: 'One East', sources: ['g'] },
	{ kind: 'place', id: 'far', lon: 10, lat: 0, name: 'Ten East', sources: ['g'] }
];
const lookup: Lookup = new Map(entries.map((e) => [e.id, e]));
const r = (text: string, used?: Set<string>) => resolvePlaceholders(text, lookup, 'the test', used);

describe('resolvePlaceholders: plain values', () => {
	it('a count with thousands separators', () => {
		expect(r('{total}')).toBe('37,713');
		expect(r('{small}')).toBe('562');
		expect(r('{total.value}')).toBe('37,713');
	});
	it('leaves the text around placeholders alone, and resolves several', () => {
		expect(r('By count, {total} people on {trains|words} trains.')).toBe(
			'By count, 37,713 people on fourteen trains.'
		);
	});
	it('a range, with an en dash', () => {
		expect(r('{span}')).toBe('7,600–11,000');
		expect(r('{span.low} to {span.high}')).toBe('7,600 to 11,000');
	});
	it('a place name', () => {
		expect(r('{origin}')).toBe('Null Island');
	});
	it('tolerates spaces inside the braces', () => {
		expect(r('{ total | round:100 }')).toBe('37,700');
	});
});

describe('resolvePlaceholders: number formats', () => {
	it('round:N', () => {
		expect(r('{total|round:100}')).toBe('37,700');
		expect(r('{total|round:1000}')).toBe('38,000');
		expect(r('{span|round:1000}')).toBe('8,000–11,000');
	});
	it('words and Words', () => {
		expect(r('{trains|words}')).toBe('fourteen');
		expect(r('{trains|Words}')).toBe('Fourteen');
		expect(r('{two|words}')).toBe('two');
		expect(r('{total|words}')).toBe('37,713');
		expect(r('{army|Words}')).toBe('37');
	});
	it('ordinal', () => {
		expect(r('{army|ordinal}')).toBe('37th');
		expect(r('{two|ordinal}')).toBe('2nd');
		expect(r('{trains|ordinal}')).toBe('14th');
	});
	it('millions', () => {
		expect(r('{cards|millions}')).toBe('2.4 million');
		expect(r('{million|millions}')).toBe('2 million');
	});
	it('decimal', () => {
		expect(r('{thousands|decimal}')).toBe('33.0');
		expect(r('{kspan|decimal}')).toBe('37.2–38.3');
	});
	it('thousands: a figure counted in thousands, written out', () => {
		expect(r('{thousands|thousands}')).toBe('33,000');
		expect(r('{kspan.low|thousands}')).toBe('37,200');
		expect(r('{kspan|thousands}')).toBe('37,200–38,300');
		// A count of people is not in thousands: "37,713,000" would be a thousandfold error.
		expect(() => r('{total|thousands}')).toThrow(/format "thousands" does not apply/);
	});
	it('a share: a / b, and pct1', () => {
		expect(r('{part / total}')).toBe('20%');
		expect(r('{small / total|pct1}')).toBe('1.5%');
		expect(r('{span.low / total}')).toBe('20%');
		expect(r('{span.high / total|pct1}')).toBe('29.2%');
	});
	it('a difference: a - b', () => {
		expect(r('{total - part}')).toBe('30,113');
		expect(r('{total - part|round:1000}')).toBe('30,000');
	});
	it('a distance: place ~ place, in km', () => {
		// One degree of longitude on the equator, R = 6371 km: 111.19 km.
		expect(r('{origin ~ east}')).toBe('111');
		expect(r('{origin ~ far|round:100}')).toBe('1,100');
	});
});

describe('resolvePlaceholders: dates', () => {
	it('a day', () => {
		expect(r('{day_event}')).toBe('8 March 1944');
		expect(r('{day_event|day}')).toBe('8 March');
		expect(r('{day_event|month}')).toBe('March 1944');
		expect(r('{day_event|year}')).toBe('1944');
	});
	it('no finer than the precision', () => {
		expect(r('{month_event}')).toBe('August 1942');
		expect(r('{month_event|day}')).toBe('August');
		expect(r('{month_event|year}')).toBe('1942');
		expect(r('{early_event}')).toBe('early January 1943');
		expect(r('{late_event}')).toBe('late October 1942');
		expect(r('{late_event|month}')).toBe('late October 1942');
		expect(r('{year_event}')).toBe('1959');
		expect(r('{year_event|day}')).toBe('1959');
	});
	it('date ranges', () => {
		expect(r('{days_event}')).toBe('8–9 March 1944');
		expect(r('{years_event}')).toBe('1957–58');
	});
});

describe('resolvePlaceholders: ids used', () => {
	it('records every id read', () => {
		const used = new Set<string>();
		r('{total} {span.low / total} {origin ~ east} {day_event|day}', used);
		expect([...used].sort()).toEqual(['day_event', 'east', 'origin', 'span', 'total']);
	});
});

describe('resolvePlaceholders: errors', () => {
	const fails = (text: string, ...parts: string[]) => {
		let error: unknown;
		try {
			r(text);
		} catch (e) {
			error = e;
		}
		expect(error, `${text} should throw`).toBeInstanceOf(CopyError);
		for (const p of parts) expect((error as Error).message).toContain(p);
	};
	it('an unknown id names the id and where it is', () => {
		fails('before {no_such_id} after', 'no_such_id', 'the test');
		fails('{no_such_id|words}', 'no_such_id');
		fails('{total / no_such_id}', 'no_such_id');
		fails('{total - nothing_here}', 'nothing_here');
	});
	it('an unknown part', () => {
		fails('{total.middle}', 'total.middle');
	});
	it('a missing end of a range', () => {
		fails('{total.low}', 'total.low');
	});
	it('a part of a date', () => {
		fails('{day_event.low}', 'day_event.low');
	});
	it('a format that does not apply', () => {
		fails('{total|bold}', 'bold');
		fails('{day_event|words}', 'words');
		fails('{origin|words}', 'words');
		fails('{span|words}', 'words');
		fails('{part / total|round:10}', 'round:10');
		fails('{total|round:0}', 'round:0');
		fails('{total|round:x}', 'round:x');
	});
	it('arithmetic on a range', () => {
		fails('{span / total}', 'span / total');
	});
	it('a distance between things that are not places', () => {
		fails('{origin ~ total}', '~');
		fails('{origin ~ nowhere}', '~');
	});
});

describe('findPlaceholders', () => {
	it('finds what is left', () => {
		expect(findPlaceholders('a {x} b {y|words} c')).toEqual(['{x}', '{y|words}']);
		expect(findPlaceholders('none here')).toEqual([]);
		expect(findPlaceholders(r('{total} and {trains|Words}'))).toEqual([]);
	});
});

describe('findTypedCounts', () => {
	it('catches counts of three or more digits', () => {
		expect(findTypedCounts('The NKVD counted 37,713 people.')).toEqual(['37,713']);
		expect(findTypedCounts('It put gang membership at 1737.')).toEqual(['1737']);
		expect(findTypedCounts('The article misprints 455000 cattle.')).toEqual(['455000']);
		expect(findTypedCounts('A unit of 125 people.')).toEqual(['125']);
		expect(findTypedCounts('31.7 thousand')).toEqual(['31.7']);
	});
	it('allows years from 1800 to 2099 and short numbers', () => {
		expect(findTypedCounts('In 1944, 14 trains left; in 2023 and 1800 and 2099.')).toEqual([]);
		expect(findTypedCounts('8–9 March, 18 days, the 37th Army, 2.4 million')).toEqual([]);
	});
	it('does not allow numbers that only look like years elsewhere', () => {
		expect(findTypedCounts('1799 and 2100 people')).toEqual(['1799', '2100']);
	});
	it('ignores numbers inside placeholders', () => {
		expect(findTypedCounts('{total|round:100} and {settlers_1944_12|decimal}')).toEqual([]);
	});
	it('catches a count next to a placeholder', () => {
		expect(findTypedCounts('{total} (37713) people')).toEqual(['37713']);
	});
});
