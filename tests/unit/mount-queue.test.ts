// The queue that mounts charts one task at a time: the reader's chart first, and no chart left
// undrawn because one before it threw.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { queueMount } from '../../src/lib/graphics/mount-queue.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('queueMount', () => {
	it('runs each job in a task of its own, urgent ones first', () => {
		const ran: string[] = [];
		queueMount(() => ran.push('near'), false);
		queueMount(() => ran.push('in view'), true);
		expect(ran).toEqual([]);
		vi.advanceTimersToNextTimer();
		expect(ran).toEqual(['in view']);
		vi.advanceTimersToNextTimer();
		expect(ran).toEqual(['in view', 'near']);
	});

	it('goes on to the next job when one throws', () => {
		const ran: string[] = [];
		queueMount(() => {
			throw new Error('a chart bug');
		}, true);
		queueMount(() => ran.push('the next chart'), false);
		expect(() => vi.advanceTimersToNextTimer()).toThrow('a chart bug');
		vi.runAllTimers();
		expect(ran).toEqual(['the next chart']);
	});

	it('cancels a job that has not run', () => {
		const ran: string[] = [];
		const cancel = queueMount(() => ran.push('cancelled'), false);
		queueMount(() => ran.push('kept'), false);
		cancel();
		vi.runAllTimers();
		expect(ran).toEqual(['kept']);
	});
});
