// Label wrapping without a DOM: greedy lines, and even lines in the same number.
import { describe, expect, it } from 'vitest';
import { textWidth, wrap, wrapEven } from '../../src/lib/graphics/text.ts';

const LABEL =
	'About 10,000 fewer than expected without the deportation (estimate, author not named)';

describe('wrapEven', () => {
	it('keeps the greedy line count but leaves no word stranded on the last line', () => {
		// At 285 px the greedy wrap ends on one word ("named)").
		const greedy = wrap(LABEL, 285, 12);
		expect(greedy.at(-1)).toBe('named)');
		const even = wrapEven(LABEL, 285, 12);
		expect(even).toHaveLength(greedy.length);
		expect(even.join(' ')).toBe(LABEL);
		const widths = even.map((l) => textWidth(l, 12));
		expect(Math.max(...widths)).toBeLessThanOrEqual(285);
		expect(Math.min(...widths) / Math.max(...widths)).toBeGreaterThan(0.7);
	});

	it('leaves one line alone', () => {
		expect(wrapEven('28 April: regime lifted', 300, 12)).toEqual(['28 April: regime lifted']);
	});
});
