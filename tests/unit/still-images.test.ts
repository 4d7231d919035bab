// Every step's still image (the download, the no-JavaScript image, the republish kit's file): each
// label must be inside the picture. LayerCake places a chart inside its padding with CSS, which a
// file does not have; axis titles drawn in that padding once fell outside the image.
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { KEY_STEPS, STEP_STATES, STORY_KEY_STEP } from '../../src/lib/graphics/registry.ts';
import { DOWNLOAD_HEIGHT, DOWNLOAD_WIDTH } from '../../src/lib/graphics/sizes.ts';
import { loadContent } from '../../src/lib/server/content.ts';
import { stepGraphicSvg } from '../../src/lib/server/downloads.ts';
import { chapterCardSvg, storyCardSvg } from '../../src/lib/server/cards.ts';
import { MAP_CHARTS, MAP_CREDIT } from '../../src/lib/server/graphics.ts';
import { cardSvg } from '../../src/lib/server/render-graphic.ts';
import { CHAPTER_SLUGS, forStep, type StepId } from '../../src/lib/story/chapters.ts';
import { measureLabel } from '../../src/lib/server/font-metrics.ts';
import { estimate, type Measure } from '../../src/lib/graphics/text.ts';

const content = loadContent();

/** What draws each file: a browser (the SVG, in its own sans-serif, which the page's estimate is
 * made for) or resvg (the PNG, in the bundled face, measured from the font). */
const FACES = [
	{ face: 'reader', measure: estimate },
	{ face: 'bundled', measure: measureLabel }
] as const;

/** Each text's anchor and last baseline in file coordinates (translations only), rotated ones left
 * out, its widest line measured by `measure` at the text's own size and weight. */
function textPositions(svg: string, measure: Measure) {
	const $ = load(svg, { xml: true });
	const out: { text: string; left: number; right: number; top: number; bottom: number }[] = [];
	$('text').each((_, el) => {
		const spans = $(el).find('tspan');
		// A text without a position of its own takes its first line's (the footer's lines).
		const own = $(el).attr('y') !== undefined;
		const first = own ? $(el) : spans.first();
		let x = Number(first.attr('x') ?? 0);
		let y = Number(first.attr('y') ?? 0);
		for (let node = $(el); node.length && node.prop('tagName') !== 'svg'; node = node.parent()) {
			const t = node.attr('transform') ?? '';
			if (/rotate|scale|matrix/.test(t)) return;
			const m = /translate\(\s*(-?[\d.]+)[\s,]+(-?[\d.]+)\s*\)/.exec(t);
			if (m) {
				x += Number(m[1]);
				y += Number(m[2]);
			}
		}
		const lastY = spans.last().attr('y');
		const bottom =
			!own && lastY !== undefined
				? y + Number(lastY) - Number(first.attr('y'))
				: y +
					spans
						.map((_, s) => Number($(s).attr('dy') ?? 0))
						.get()
						.reduce((a: number, b: number) => a + b, 0);
		// The widest line, at the text's own size and weight (set on it or inherited), placed by
		// its anchor.
		const inherited = (name: string) => $(el).closest(`[${name}]`).attr(name);
		const size = Number(inherited('font-size') ?? 12);
		const bold = Number(inherited('font-weight') ?? 400) >= 550;
		const lines = spans.length ? spans.map((_, s) => $(s).text()).get() : [$(el).text()];
		const w = Math.max(...lines.map((l: string) => measure(l.trim(), size, bold)));
		const anchor = $(el).attr('text-anchor') ?? 'start';
		const left = anchor === 'end' ? x - w : anchor === 'middle' ? x - w / 2 : x;
		out.push({ text: $(el).text().trim(), left, right: left + w, top: y, bottom });
	});
	return out;
}

describe('still images', () => {
	for (const step of Object.keys(STEP_STATES) as StepId[]) {
		it(`${step}: says what it shows wherever it goes: its title, note, source and credit`, () => {
			const $ = load(stepGraphicSvg(content, step), { xml: true });
			const words = $('text')
				.map((_, el) => {
					const spans = $(el).find('tspan');
					return spans.length
						? spans
								.map((_, t) => $(t).text())
								.get()
								.join(' ')
						: $(el).text();
				})
				.get()
				.join(' ')
				.replace(/\s+/g, ' ');
			const text = content.texts[forStep(content.states, step).chart];
			for (const part of [text.title, text.note, text.source, 'CC BY 4.0'])
				expect(words, step).toContain(part.replace(/\s+/g, ' '));
		});

		for (const { face, measure } of FACES)
			it(`${step}: every label is inside the picture (${face}'s face)`, () => {
				const svg = stepGraphicSvg(content, step, face);
				const outside = textPositions(svg, measure)
					.filter((t) => t.text)
					// A baseline needs its capitals' height (about 10 px at 12-13 px) above it.
					.filter(
						(t) =>
							t.left < 0 || t.right > DOWNLOAD_WIDTH || t.top < 10 || t.bottom > DOWNLOAD_HEIGHT
					)
					.map(
						(t) =>
							`"${t.text}" at ${Math.round(t.left)}-${Math.round(t.right)},${Math.round(t.top)}`
					);
				expect(outside).toEqual([]);
			});
	}

	// Charts that end above their box (the livestock bars, the deaths rows, the maps) once left a
	// hole between the chart and its note, with the note at the picture's foot.
	for (const step of ['occupation-1', 'occupation-4', 'exile-1', 'exile-2', 'exile-3', 'exile-4'])
		for (const { face, measure } of FACES)
			it(`${step}: the note sits under the chart, and the whole is centred in the picture (${face}'s face)`, () => {
				const texts = textPositions(stepGraphicSvg(content, step as StepId, face), measure).filter(
					(t) => t.text
				);
				const chartText = content.texts[forStep(content.states, step as StepId).chart];
				const heading = texts.find((t) => t.text.startsWith(chartText.title.slice(0, 20)))!;
				const footer = texts.find((t) => t.text.startsWith(chartText.note.slice(0, 20)))!;
				const chart = texts.filter((t) => t !== heading && t !== footer);
				const chartBottom = Math.max(...chart.map((t) => t.bottom));
				// A first baseline has its capitals' height (about 10 px) above it.
				const gap = footer.top - 10 - chartBottom;
				expect(gap, step).toBeGreaterThanOrEqual(0);
				expect(gap, step).toBeLessThan(30);
				const above = heading.top - 12;
				const below = DOWNLOAD_HEIGHT - footer.bottom;
				expect(Math.abs(above - below), `${step}: ${above} above, ${below} below`).toBeLessThan(24);
			});
});

describe('social cards', () => {
	// The card's headline, set at 60 px: its lines, in order.
	const headlineLines = (title: string) => {
		const $ = load(
			cardSvg(forStep(content.states, STORY_KEY_STEP), content.charts, {
				kicker: 'Open History Graphics',
				title,
				storyName: 'The deportation of the Balkars, March 1944',
				publisher: 'CC BY 4.0'
			}),
			{ xmlMode: true }
		);
		return $('text[font-size="60"] tspan')
			.map((_, t) => $(t).text())
			.get();
	};

	it('never leaves one word alone on the last line of the headline', () => {
		const lines = headlineLines(content.story.meta.headline);
		expect(lines.join(' ')).toBe(content.story.meta.headline);
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.at(-1)!.split(' ').length, lines.join(' / ')).toBeGreaterThan(1);
	});

	it('keeps a headline that fits on one line whole', () => {
		expect(headlineLines('Eviction')).toEqual(['Eviction']);
	});

	it('credits the map data on a card that shows a map, and on no other', () => {
		const credited = CHAPTER_SLUGS.filter((slug) =>
			load(chapterCardSvg(content, slug), { xmlMode: true })('text').text().includes(MAP_CREDIT)
		);
		// The occupation chapter's card shows its map; no other key step is a map.
		expect(credited).toEqual(
			CHAPTER_SLUGS.filter((slug) => MAP_CHARTS.has(forStep(content.states, KEY_STEPS[slug]).chart))
		);
		expect(credited).toContain('occupation');
		// The story's own card follows the same rule.
		const storyCredited = load(storyCardSvg(content), { xmlMode: true })('text')
			.text()
			.includes(MAP_CREDIT);
		expect(storyCredited).toBe(MAP_CHARTS.has(forStep(content.states, STORY_KEY_STEP).chart));
	});
});
