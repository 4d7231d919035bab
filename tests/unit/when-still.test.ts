// Waiting for a pause in the reading: the scroll position sampled on a timer, then an idle moment.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenStill } from '../../src/lib/util/when-still.ts';

const page = { scrollY: 0 };

beforeEach(() => {
	vi.useFakeTimers();
	page.scrollY = 0;
	vi.stubGlobal('window', page);
});
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

describe('whenStill', () => {
	it('runs once the position has held still for the quiet time', () => {
		const run = vi.fn();
		whenStill(run, 400);
		vi.advanceTimersByTime(399);
		expect(run).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		vi.runOnlyPendingTimers(); // the idle callback (a timer where requestIdleCallback is missing)
		expect(run).toHaveBeenCalledTimes(1);
		vi.advanceTimersByTime(5000);
		expect(run).toHaveBeenCalledTimes(1);
	});

	it('waits while the page keeps scrolling', () => {
		const run = vi.fn();
		whenStill(run, 400);
		for (let i = 0; i < 20; i++) {
			page.scrollY += 20;
			vi.advanceTimersByTime(100);
		}
		expect(run).not.toHaveBeenCalled();
		vi.advanceTimersByTime(2000);
		expect(run).toHaveBeenCalledTimes(1);
	});

	it('starts the wait again if the page moves before the idle moment', () => {
		const run = vi.fn();
		whenStill(run, 400);
		vi.advanceTimersByTime(400); // still: the idle callback is now queued
		page.scrollY = 300; // and the reader moves before it runs
		vi.advanceTimersByTime(1);
		expect(run).not.toHaveBeenCalled();
		vi.advanceTimersByTime(2000);
		expect(run).toHaveBeenCalledTimes(1);
	});

	it('never runs once cancelled, even with its idle callback queued', () => {
		const run = vi.fn();
		whenStill(run, 400)();
		vi.advanceTimersByTime(2000);
		const late = vi.fn();
		const cancel = whenStill(late, 400);
		vi.advanceTimersByTime(400);
		cancel();
		vi.advanceTimersByTime(2000);
		expect(run).not.toHaveBeenCalled();
		expect(late).not.toHaveBeenCalled();
	});
});
