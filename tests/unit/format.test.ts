// The one place numbers and dates become text.
import { describe, expect, it } from 'vitest';
import {
	capitalise,
	dateParts,
	datePeriod,
	formatCount,
	formatDate,
	formatDateRange,
	formatMillions,
	formatMonthShort,
	formatOneDecimal,
	formatOrdinal,
	formatEstimateShare,
	formatPointShare,
	formatRange,
	formatShare,
	formatShareRange,
	formatWords,
	roundTo
} from '../../src/lib/format.ts';

describe('numbers', () => {
	it('counts get thousands separators and no decimals', () => {
		expect(formatCount(37713)).toBe('37,713');
		expect(formatCount(496460)).toBe('496,460');
		expect(formatCount(562)).toBe('562');
		expect(formatCount(0)).toBe('0');
		expect(formatCount(2400000)).toBe('2,400,000');
		expect(formatCount(1845.6)).toBe('1,846');
	});
	it('one decimal', () => {
		expect(formatOneDecimal(33)).toBe('33.0');
		expect(formatOneDecimal(32.94)).toBe('32.9');
	});
	it('millions', () => {
		expect(formatMillions(2400000)).toBe('2.4 million');
		expect(formatMillions(1000000)).toBe('1 million');
	});
	it('ranges use an en dash without spaces', () => {
		expect(formatRange(7600, 11000)).toBe('7,600–11,000');
		expect(formatRange(37.2, 38.3, formatOneDecimal)).toBe('37.2–38.3');
	});
	it('shares', () => {
		expect(formatShare(0.2015)).toBe('20%');
		expect(formatShare(562 / 37713, 1)).toBe('1.5%');
		expect(formatShareRange(7600 / 37713, 11000 / 37713)).toBe('20–29%');
		// A single figure's share: a tenth of a per cent only under 10%.
		expect(formatPointShare(562 / 37713)).toBe('1.5%');
		expect(formatPointShare(3494 / 37713)).toBe('9.3%');
		expect(formatPointShare(8000 / 37713)).toBe('21%');
		// A contested figure's share keeps the figure's hedge.
		expect(formatEstimateShare({ value: 8000, qualifier: 'nearly' }, 37713)).toBe('nearly 21%');
		expect(formatEstimateShare({ low: 18000, high: 24000 }, 37713)).toBe('48–64%');
	});
	it('words for small whole numbers only', () => {
		expect(formatWords(0)).toBe('zero');
		expect(formatWords(14)).toBe('fourteen');
		expect(formatWords(20)).toBe('twenty');
		expect(formatWords(21)).toBe('21');
		expect(formatWords(-1)).toBe('-1');
		expect(capitalise(formatWords(9))).toBe('Nine');
	});
	it('ordinals', () => {
		const cases: [number, string][] = [
			[1, '1st'],
			[2, '2nd'],
			[3, '3rd'],
			[4, '4th'],
			[11, '11th'],
			[12, '12th'],
			[13, '13th'],
			[21, '21st'],
			[22, '22nd'],
			[37, '37th'],
			[101, '101st'],
			[111, '111th'],
			[112, '112th']
		];
		for (const [n, s] of cases) expect(formatOrdinal(n)).toBe(s);
	});
	it('roundTo', () => {
		expect(roundTo(37713, 100)).toBe(37700);
		expect(roundTo(2850, 100)).toBe(2900);
	});
});

describe('dates', () => {
	it('parts', () => {
		expect(dateParts('1944-03-08')).toEqual({ year: 1944, month: 3, day: 8 });
		expect(dateParts('1959')).toEqual({ year: 1959, month: undefined, day: undefined });
	});
	it('no finer than their precision', () => {
		expect(formatDate('1944-03-08', 'day')).toBe('8 March 1944');
		expect(formatDate('1944-03-08', 'month')).toBe('March 1944');
		expect(formatDate('1944-03-08', 'year')).toBe('1944');
		expect(formatDate('1943-01', 'early-month')).toBe('early January 1943');
		expect(formatDate('1942-10', 'late-month')).toBe('late October 1942');
		expect(formatDate('1944-12', 'day')).toBe('December 1944');
		expect(formatDate('1944-03-08', 'day', 'no-year')).toBe('8 March');
		expect(formatDate('1944-03-08', 'day', 'year')).toBe('1944');
	});
	it('a month abbreviated, for a tight chart label', () => {
		expect(formatMonthShort('1944-02-23', 'day')).toBe('Feb 1944');
		expect(formatMonthShort('1937-09', 'month')).toBe('Sep 1937');
		expect(formatMonthShort('1944-03-08', 'year')).toBe('1944');
		expect(formatMonthShort('1957', 'year')).toBe('1957');
	});
	it('the stretch of time a date could fall in, as decimal years', () => {
		const days = ([a, b]: [number, number]) => Math.round((b - a) * 365);
		expect(datePeriod('2010-03', 'month')).toEqual([2010 + 2 / 12, 2010 + 3 / 12]);
		expect(datePeriod('1959', 'year')).toEqual([1959, 1960]);
		expect(datePeriod('1943-01', 'early-month')[0]).toBe(1943);
		expect(days(datePeriod('1943-01', 'early-month'))).toBe(10);
		expect(datePeriod('1942-10', 'late-month')[1]).toBe(1942 + 10 / 12);
		expect(days(datePeriod('2010-03-08', 'day'))).toBe(1);
		expect(datePeriod('2010-03-08', 'day')[0]).toBeCloseTo(2010 + 2 / 12 + 7 / 365, 9);
		// A date "to the day" that names no day is only as precise as its month.
		expect(datePeriod('1944-12', 'day')).toEqual([1944 + 11 / 12, 1945]);
	});
	it('ranges', () => {
		expect(formatDateRange('1944-03-08', '1944-03-09', 'day')).toBe('8–9 March 1944');
		expect(formatDateRange('1957', '1958', 'year')).toBe('1957–58');
		expect(formatDateRange('1957', '1957', 'year')).toBe('1957');
		expect(formatDateRange('1944-03-30', '1944-04-02', 'day')).toBe('30 March 1944 – 2 April 1944');
	});
});
