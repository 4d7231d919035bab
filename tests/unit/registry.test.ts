// The step registry against the copy, and every state drawn on the server: on the page (classes)
// and standalone (presentation attributes only).
import { load, type CheerioAPI } from 'cheerio';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Graphic from '../../src/lib/graphics/Graphic.svelte';
import { ACCENT, DOT, PAPER, SECOND } from '../../src/lib/graphics/palette.ts';
import { STEP_STATES, isRegisteredStep } from '../../src/lib/graphics/registry.ts';
import type { ChartState, DotsState } from '../../src/lib/graphics/states.ts';
import { figureColumns, shortRowHeads, tableFor } from '../../src/lib/graphics/tables.ts';
import { CopyError } from '../../src/lib/copy/placeholders.ts';
import type { Story } from '../../src/lib/copy/story.ts';
import { loadContent, matchStates } from '../../src/lib/server/content.ts';
import { readContent, readDataFile } from '../../src/lib/server/files.ts';
import { parseStepId } from '../../src/lib/story/chapters.ts';
import { expectedDots } from '../helpers/dots.ts';
import StandaloneGraphic from '../helpers/StandaloneGraphic.svelte';

const content = loadContent();
const stepIds = content.story.chapters.flatMap((c) => c.steps.map((s) => s.id));
const entries = Object.entries(STEP_STATES) as [string, ChartState][];
const dotSteps = entries.filter((e): e is [string, DotsState] => e[1].chart === 'dots');
const otherSteps = entries.filter(([, s]) => s.chart !== 'dots');
/** Box sizes to draw at: the server default, a phone's graphic box and a desktop's. */
const SIZES: { width?: number; height?: number }[] = [
	{},
	{ width: 366, height: 400 },
	{ width: 760, height: 640 }
];

function draw(
	state: ChartState,
	size: { width?: number; height?: number } = {},
	standalone = false
) {
	const props = { state, charts: content.charts, ...size };
	const { body } = standalone ? render(StandaloneGraphic, { props }) : render(Graphic, { props });
	return { body, $: load(body) };
}

/** Elements that draw something. */
const MARKS = 'path, circle, rect, line, polyline, polygon, text, ellipse, image, use';

describe('the step registry', () => {
	it('has a state for every step in the copy, and a step for every state', () => {
		expect(() => matchStates(content.story)).not.toThrow();
		expect(Object.keys(STEP_STATES).sort()).toEqual([...stepIds].sort());
		for (const id of stepIds) expect(isRegisteredStep(id), id).toBe(true);
	});

	it('its ids are <slug>-<n> with n counted from 1 in each chapter', () => {
		for (const id of Object.keys(STEP_STATES)) expect(parseStepId(id), id).toBeDefined();
	});

	it('loadContent fails for a contested figure whose quantity the methods table does not name', () => {
		const story = readContent('story.aml');
		const graphics = readContent('graphics.aml');
		const without = story.replace(/^transit_deaths: .*\n/m, '');
		expect(without).not.toBe(story);
		expect(() => loadContent(readDataFile(), without, graphics)).toThrow(CopyError);
		expect(() => loadContent(readDataFile(), without, graphics)).toThrow(
			/estimates\.csv: "transit_deaths_recorded" is a figure for "transit_deaths"/
		);
	});

	it('matchStates fails for a step with no state, naming it', () => {
		const story = structuredClone(content.story) as Story;
		const exile = story.chapters.find((c) => c.slug === 'exile')!;
		exile.steps.push({
			...exile.steps[0]!,
			id: `exile-${exile.steps.length + 1}`,
			n: exile.steps.length + 1
		});
		expect(() => matchStates(story)).toThrow(CopyError);
		expect(() => matchStates(story)).toThrow(`exile-${exile.steps.length}`);
	});

	it('matchStates fails for a state with no step, naming it', () => {
		const story = structuredClone(content.story) as Story;
		const last = story.chapters.at(-1)!;
		const removed = last.steps.pop()!;
		expect(() => matchStates(story)).toThrow(CopyError);
		expect(() => matchStates(story)).toThrow(removed.id);
	});

	it('loadContent gives every step its registry state', () => {
		for (const id of stepIds)
			expect(content.states[id as keyof typeof content.states], id).toEqual(
				STEP_STATES[id as keyof typeof STEP_STATES]
			);
	});

	it('the accusation and eviction chapters use the dot chart', () => {
		const charts = (slug: string) =>
			entries.filter(([id]) => id.startsWith(`${slug}-`)).map(([, s]) => s.chart);
		expect(charts('accusation').every((c) => c === 'dots')).toBe(true);
		expect(charts('eviction')[0]).toBe('dots');
	});

	it('timeline states name events the timeline draws, over a real period', () => {
		// The chart's own events, not every row of events.csv: an id it does not draw would be an
		// event the reader is told about and never shown.
		const events = new Set(content.charts.timeline.events.map((e) => e.id));
		for (const [id, s] of entries) {
			if (s.chart !== 'timeline') continue;
			expect(s.from, id).toBeLessThan(s.to);
			for (const e of s.events) expect(events.has(e), `${id}: event ${e}`).toBe(true);
		}
	});

	it.each(entries)('%s has a data table with rows', (_, state) => {
		const table = tableFor(state, content.charts);
		expect(table.rows.length).toBeGreaterThan(0);
		for (const row of table.rows) expect(row.join(' ')).not.toMatch(/NaN|undefined|\{/);
	});

	it('sets apart the columns that hold only figures, to align them on the right', () => {
		const table = (head: string[], rows: string[][]) => ({ caption: '', head, rows });
		expect(
			figureColumns(
				table(
					['Who says', 'Deaths', 'Share'],
					[
						['NKVD', '562', '1.5%'],
						['Community', '18,000–24,000', '48%–64%']
					]
				)
			)
		).toEqual([false, true, true]);
		// Empty cells aside; a column of words, dates or nothing at all stays as it is.
		expect(
			figureColumns(
				table(
					['Date', 'What', 'Thousand people', 'Note'],
					[
						['1957–58', 'Returned home', '34.7', ''],
						['1956', 'Regime lifted', '', '']
					]
				)
			)
		).toEqual([false, false, true, false]);
		const population = entries.find(([, s]) => s.chart === 'population' && s.show === 'census')!;
		expect(figureColumns(tableFor(population[1], content.charts))).toEqual([false, false, true]);
	});

	it('keeps short row headings such as dates on one line, and lets long ones wrap', () => {
		const table = (heads: string[]) => ({
			caption: '',
			head: ['', ''],
			rows: heads.map((h) => [h, '1'])
		});
		expect(shortRowHeads(table(['December 1944', '25 February 1956']))).toBe(true);
		expect(shortRowHeads(table(['1959', 'Balkar community organisations']))).toBe(false);
		const population = entries.find(([, s]) => s.chart === 'population' && s.show === 'census')!;
		expect(shortRowHeads(tableFor(population[1], content.charts))).toBe(true);
		const deaths = entries.find(([, s]) => s.chart === 'deaths')!;
		expect(shortRowHeads(tableFor(deaths[1], content.charts))).toBe(false);
	});

	it('the population table dates every row and names the register once, in its caption', () => {
		const last = entries.find(([, s]) => s.chart === 'population' && s.show === 'census');
		expect(last, 'a step showing the census').toBeDefined();
		const table = tableFor(last![1], content.charts);
		const d = content.charts.population;
		expect(table.head).toEqual(['Date', 'What', d.text.axis]);
		expect(table.caption).toMatch(/Ediev/);
		// Every register point, both decrees, the return, the census and the expected population.
		expect(table.rows).toHaveLength(d.register.length + d.markers.length + 3);
		for (const [date, what, value] of table.rows) {
			expect(date, 'a date with its year').toMatch(/\b19[45]\d\b/);
			expect(what!.length).toBeLessThan(80);
			expect(value).toMatch(/^(\d+\.\d(–\d+\.\d)?)?$/);
		}
		expect(table.rows[0]).toEqual(['March 1944', 'On the register', '37.2–38.3']);
		expect(table.rows.find((r) => r[1] === 'Counted in the census')).toEqual([
			'1959',
			'Counted in the census',
			'42.4'
		]);
	});
});

/** Checks common to every drawn state. */
function expectSvg($: CheerioAPI, body: string) {
	const svg = $('svg');
	expect(svg.length, 'an <svg> element').toBeGreaterThan(0);
	expect(svg.find(MARKS).length, 'marks inside the <svg>').toBeGreaterThan(0);
	expect(body).not.toMatch(/NaN|undefined|Infinity/);
	expect(body).not.toMatch(/\{[a-z_]+[^{}]*\}/); // no placeholder left in labels
}

describe('every state draws on the server (page mode)', () => {
	it.each(dotSteps)('%s: the dot chart has the right dots', (id, state) => {
		const want = expectedDots(state);
		for (const size of SIZES) {
			const { $, body } = draw(state, size);
			expectSvg($, body);
			const circles = $('g.people circle');
			expect(circles.length, `${id} person circles`).toBe(want.people);
			expect($('g.people circle.tone-base').length, `${id} base`).toBe(want.base);
			expect($('g.people circle.tone-accent').length, `${id} accent`).toBe(want.accent);
			expect($('g.people circle.tone-second').length, `${id} second`).toBe(want.second);
			expect($('g.people circle.tone-ghost').length, `${id} ghost`).toBe(want.ghost);
			const forces = $('g.forces > g');
			expect(forces.length, `${id} force marks`).toBe(want.forces);
			expect(forces.not('.off').length, `${id} forces shown`).toBe(want.forcesShown);
			const apart = $('g.apart > g');
			expect(apart.length, `${id} dots apart`).toBe(want.apart);
			expect(apart.not('.off').length, `${id} dots apart shown`).toBe(want.apartShown);
			expect(apart.find('circle.tone-accent').length, `${id} dots apart in red`).toBe(want.apart);
			// Every dot sits inside the box.
			const w = size.width ?? 360;
			const h = size.height ?? 440;
			$('g.people > g, g.apart > g:not(.off)').each((_, g) => {
				const m = /translate\(([-\d.]+)px,\s*([-\d.]+)px\)/.exec($(g).attr('style') ?? '');
				expect(m, `${id}: a person dot is placed`).not.toBeNull();
				const [x, y] = [Number(m![1]), Number(m![2])];
				expect(
					x >= 0 && x <= w && y >= 0 && y <= h,
					`${id}: dot at ${x},${y} inside ${w}×${h}`
				).toBe(true);
			});
		}
	});

	it.each(otherSteps)('%s: draws an SVG with content', (_, state) => {
		for (const size of SIZES) {
			const { $, body } = draw(state, size);
			expectSvg($, body);
		}
	});
});

describe('every state draws standalone (attributes, no CSS)', () => {
	/**
	 * Nothing inside the SVG depends on a stylesheet: no <style>, no CSS variables, and any class
	 * the page's CSS would act on is backed by an attribute (a tone class by a fill, "off" by
	 * opacity 0), so the file looks the same with no CSS at all.
	 */
	function expectNoCss($: CheerioAPI) {
		const inside = $('svg').find('*');
		expect($('svg style').length, '<style> in the SVG').toBe(0);
		const problems: string[] = [];
		inside.each((_, el) => {
			const $el = $(el);
			const cls = $el.attr('class') ?? '';
			const tag = `<${el.tagName} class="${cls}">`;
			if (/var\(--|--tone/.test($el.attr('style') ?? ''))
				problems.push(`${tag}: CSS variable in style`);
			for (const attr of ['fill', 'stroke']) {
				if (/var\(|currentColor/.test($el.attr(attr) ?? ''))
					problems.push(`${tag}: ${attr}=${$el.attr(attr)}`);
			}
			if (/\btone-/.test(cls) && !$el.attr('fill')) problems.push(`${tag}: coloured by class only`);
			const hidden =
				$el.attr('opacity') === '0' ||
				$el.attr('visibility') === 'hidden' ||
				$el.attr('display') === 'none';
			if (/\b(off|hidden)\b/.test(cls) && !hidden) problems.push(`${tag}: hidden by class only`);
		});
		expect(problems).toEqual([]);
		const filled = inside.filter((_, el) => {
			const fill = $(el).attr('fill');
			return fill !== undefined && fill !== 'none';
		});
		expect(filled.length, 'elements with a fill attribute').toBeGreaterThan(0);
	}

	it.each(dotSteps)('%s', (id, state) => {
		const want = expectedDots(state);
		const { $, body } = draw(state, {}, true);
		expectSvg($, body);
		expectNoCss($);
		const circles = $('g.people circle');
		expect(circles.length).toBe(want.people);
		circles.each((_, c) => {
			expect($(c).attr('fill'), `${id}: person fill`).toMatch(/^#[0-9a-f]{6}$/i);
			expect($(c).attr('stroke'), `${id}: person stroke`).toMatch(/^#[0-9a-f]{6}$/i);
		});
		const byFill = (colour: string) =>
			circles.filter((_, c) => $(c).attr('fill')?.toLowerCase() === colour.toLowerCase()).length;
		expect(byFill(DOT), `${id} base`).toBe(want.base);
		expect(byFill(ACCENT), `${id} accent`).toBe(want.accent);
		expect(byFill(SECOND), `${id} second`).toBe(want.second);
		expect(byFill(PAPER), `${id} ghost`).toBe(want.ghost);
		const forces = $('g.forces > g');
		expect(forces.length).toBe(want.forces);
		expect(forces.filter((_, g) => $(g).attr('opacity') !== '0').length, `${id} forces shown`).toBe(
			want.forcesShown
		);
		const apart = $('g.apart > g');
		expect(apart.length).toBe(want.apart);
		expect(apart.filter((_, g) => $(g).attr('opacity') !== '0').length, `${id} apart shown`).toBe(
			want.apartShown
		);
		expect(apart.find(`circle[fill="${ACCENT}"]`).length, `${id} apart in red`).toBe(want.apart);
		$('g.people > g').each((_, g) => {
			expect($(g).attr('transform'), `${id}: dot placed by attribute`).toMatch(/^translate\(/);
		});
	});

	it.each(otherSteps)('%s', (_, state) => {
		const { $, body } = draw(state, {}, true);
		expectSvg($, body);
		expectNoCss($);
	});
});
