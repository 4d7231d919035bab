// The scroll engine's pure geometry, and the throttle used for URL updates.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { activeIndex, chapterStep, sectionIndex } from '../../src/lib/scroll/geometry.ts';
import { throttle } from '../../src/lib/util/throttle.ts';

describe('activeIndex', () => {
	const trigger = 500;
	it('is -1 above the first step', () => {
		expect(activeIndex([600, 1400, 2200], trigger)).toBe(-1);
		expect(activeIndex([], trigger)).toBe(-1);
	});
	it('is the last step whose top is above the trigger line', () => {
		expect(activeIndex([100, 600, 1400], trigger)).toBe(0);
		expect(activeIndex([-900, -100, 499, 1200], trigger)).toBe(2);
		expect(activeIndex([-3000, -2000, -1000], trigger)).toBe(2);
	});
	it('counts a top on the line, and allows one pixel of rounding', () => {
		expect(activeIndex([0, 500], trigger)).toBe(1);
		expect(activeIndex([0, 501], trigger)).toBe(1);
		expect(activeIndex([0, 502], trigger)).toBe(0);
	});
	it('fractional positions', () => {
		expect(activeIndex([0, 500.6], 499.7)).toBe(1);
		expect(activeIndex([0, 501.8], 500.5)).toBe(0);
	});
	it('stops at the first step below the line (document order)', () => {
		expect(activeIndex([100, 900, 200], trigger)).toBe(0);
	});
});

describe('sectionIndex', () => {
	const rects = [
		{ top: -1200, bottom: -200 },
		{ top: -200, bottom: 800 },
		{ top: 900, bottom: 2000 }
	];
	it('finds the section that contains the trigger line', () => {
		expect(sectionIndex(rects, 500)).toBe(1);
		expect(sectionIndex(rects, -500)).toBe(0);
		expect(sectionIndex(rects, 1000)).toBe(2);
	});
	it('top inclusive, bottom exclusive', () => {
		expect(sectionIndex(rects, -200)).toBe(1);
		expect(sectionIndex(rects, 900)).toBe(2);
	});
	it('is -1 in a gap between sections or outside them', () => {
		expect(sectionIndex(rects, 850)).toBe(-1);
		expect(sectionIndex(rects, 2500)).toBe(-1);
		expect(sectionIndex([], 0)).toBe(-1);
	});
});

describe('chapterStep', () => {
	const all = ['a-1', 'a-2', 'a-3', 'b-1', 'b-2', 'b-3', 'b-4', 'c-1', 'c-2', 'c-3'];
	const b = ['b-1', 'b-2', 'b-3', 'b-4'];
	it('is the first step before anything is active', () => {
		expect(chapterStep(b, all, null)).toBe('b-1');
	});
	it('is the active step when it is in the chapter', () => {
		for (const id of b) expect(chapterStep(b, all, id)).toBe(id);
	});
	it('is the first step while the reader is above the chapter', () => {
		expect(chapterStep(b, all, 'a-1')).toBe('b-1');
		expect(chapterStep(b, all, 'a-3')).toBe('b-1');
	});
	it('is the last step once the reader is past it', () => {
		expect(chapterStep(b, all, 'c-1')).toBe('b-4');
		expect(chapterStep(b, all, 'c-3')).toBe('b-4');
	});
	it('for the first and last chapters', () => {
		expect(chapterStep(['a-1', 'a-2', 'a-3'], all, 'c-2')).toBe('a-3');
		expect(chapterStep(['c-1', 'c-2', 'c-3'], all, 'a-2')).toBe('c-1');
	});
});

describe('throttle', () => {
	beforeEach(() => {
		vi.useFakeTimers();
		vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
	});
	afterEach(() => {
		vi.useRealTimers();
	});

	it('runs the first call on the next tick', () => {
		const fn = vi.fn();
		const t = throttle(fn, 1500);
		t('a');
		expect(fn).not.toHaveBeenCalled();
		vi.advanceTimersByTime(0);
		expect(fn).toHaveBeenCalledTimes(1);
		expect(fn).toHaveBeenLastCalledWith('a');
	});

	it('runs at most once per interval, with the latest arguments, and ends with the last call', () => {
		const fn = vi.fn();
		const t = throttle(fn, 1500);
		t('a');
		vi.advanceTimersByTime(0);
		expect(fn).toHaveBeenCalledTimes(1);
		t('b');
		vi.advanceTimersByTime(500);
		t('c');
		vi.advanceTimersByTime(500);
		t('d');
		expect(fn).toHaveBeenCalledTimes(1);
		vi.advanceTimersByTime(499);
		expect(fn).toHaveBeenCalledTimes(1);
		vi.advanceTimersByTime(1);
		expect(fn).toHaveBeenCalledTimes(2);
		expect(fn).toHaveBeenLastCalledWith('d');
		// Nothing pending: nothing more runs.
		vi.advanceTimersByTime(10_000);
		expect(fn).toHaveBeenCalledTimes(2);
	});

	it('never runs twice within the interval under a steady stream of calls', () => {
		const fn = vi.fn();
		const t = throttle(fn, 1500);
		const times: number[] = [];
		fn.mockImplementation(() => times.push(Date.now()));
		for (let i = 0; i < 100; i++) {
			t(i);
			vi.advanceTimersByTime(100);
		}
		vi.advanceTimersByTime(2000);
		for (let i = 1; i < times.length; i++)
			expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(1500);
		expect(fn).toHaveBeenLastCalledWith(99);
		// 10 s of calls: about one run per 1.5 s, never more.
		expect(fn.mock.calls.length).toBeGreaterThanOrEqual(6);
		expect(fn.mock.calls.length).toBeLessThanOrEqual(8);
	});

	it('a call after a quiet interval runs at once (on the next tick)', () => {
		const fn = vi.fn();
		const t = throttle(fn, 1500);
		t(1);
		vi.advanceTimersByTime(0);
		vi.advanceTimersByTime(5000);
		t(2);
		vi.advanceTimersByTime(0);
		expect(fn).toHaveBeenCalledTimes(2);
		expect(fn).toHaveBeenLastCalledWith(2);
	});

	it('cancel drops the pending call, and later calls still work', () => {
		const fn = vi.fn();
		const t = throttle(fn, 1500);
		t(1);
		t.cancel();
		vi.advanceTimersByTime(5000);
		expect(fn).not.toHaveBeenCalled();
		t(2);
		vi.advanceTimersByTime(0);
		expect(fn).toHaveBeenCalledTimes(1);
		expect(fn).toHaveBeenLastCalledWith(2);
	});
});
