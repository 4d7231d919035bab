// Label wrapping without a DOM: greedy lines, and even lines in the same number; and text set in
// the still images' bundled face, measured from the font.
import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import {
	estimate,
	measuringWith,
	textWidth,
	wrap,
	wrapEven,
	wrapPretty
} from '../../src/lib/graphics/text.ts';
import {
	FONT_FILES,
	measureText,
	measureLabel,
	type Weight
} from '../../src/lib/server/font-metrics.ts';

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

describe('wrapPretty', () => {
	it('brings a second word down to a stranded last one, narrowing no more than it takes', () => {
		const greedy = wrap(LABEL, 285, 12);
		expect(greedy.at(-1)).toBe('named)');
		const pretty = wrapPretty(LABEL, 285, 12);
		expect(pretty).toHaveLength(greedy.length);
		expect(pretty.join(' ')).toBe(LABEL);
		expect(pretty.at(-1)!.split(' ').length).toBeGreaterThan(1);
		// Only as narrow as needed: wider than the evenly balanced lines.
		const widest = (lines: string[]) => Math.max(...lines.map((l) => textWidth(l, 12)));
		expect(widest(pretty)).toBeGreaterThan(widest(wrapEven(LABEL, 285, 12)));
	});

	it('leaves lines that end on two words or more as the greedy wrap has them', () => {
		const greedy = wrap(LABEL, 300, 12);
		expect(greedy.at(-1)!.split(' ').length).toBeGreaterThan(1);
		expect(wrapPretty(LABEL, 300, 12)).toEqual(greedy);
	});
});

describe('text in the bundled face (still images and social cards)', () => {
	const rendered = (line: string, size: number, weight: Weight) => {
		const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="100"><text x="0" y="80" font-family="'Source Sans 3'" font-size="${size}" font-weight="${weight}">${line}</text></svg>`;
		const box = new Resvg(svg, {
			font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'Source Sans 3' }
		}).getBBox();
		return box!.x + box!.width;
	};

	it('measures a line as wide as the renderer draws it', () => {
		for (const [size, weight] of [
			[12, 400],
			[15, 700],
			[60, 700]
		] as const) {
			// The drawn box ends at the last glyph's ink, a little short of its advance.
			const drawn = rendered(LABEL, size, weight);
			const measured = measureText(LABEL, size, weight);
			expect(measured, `${size} px, weight ${weight}`).toBeGreaterThanOrEqual(drawn);
			expect(measured - drawn, `${size} px, weight ${weight}`).toBeLessThan(size * 0.25);
		}
	});

	it("lays a PNG's labels out in that face: fewer lines than the estimate, none too wide", () => {
		const lines = measuringWith(measureLabel, () => wrap(LABEL, 200, 12));
		expect(lines.length).toBeLessThan(wrap(LABEL, 200, 12).length);
		for (const line of lines) expect(measureText(line, 12)).toBeLessThanOrEqual(200);
		expect(lines.join(' ')).toBe(LABEL);
	});

	it('goes back to the estimate after a file, even one that failed', () => {
		const before = textWidth(LABEL, 12);
		expect(() =>
			measuringWith(measureLabel, () => {
				throw new Error('a chart that failed to render');
			})
		).toThrow();
		expect(textWidth(LABEL, 12)).toBe(before);
		expect(before).toBe(estimate(LABEL, 12, false));
	});
});
