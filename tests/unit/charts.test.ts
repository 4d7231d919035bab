// Every chapter's graphic, drawn on the server in each of its states: the marks and labels each
// state promises, with the numbers worked out here from data/ (not from the chart code). Also the
// map projection: Nalchik must fall inside Kabardino-Balkaria's outline.
import { load } from 'cheerio';
import { geoContains, polygonContains } from 'd3';
import { render } from 'svelte/server';
import { feature } from 'topojson-client';
import type { Feature, Polygon, MultiPolygon } from 'geojson';
import type { GeometryCollection } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import Graphic from '../../src/lib/graphics/Graphic.svelte';
import { STEP_STATES } from '../../src/lib/graphics/registry.ts';
import type { ChartState, DeathsState, DotsState } from '../../src/lib/graphics/states.ts';
import { loadContent } from '../../src/lib/server/content.ts';
import { occupationGeometry } from '../../src/lib/server/maps.ts';
import {
	dotLayout,
	dotsBottom,
	FONT,
	LINE,
	NOTE_FONT,
	NOTE_LINE
} from '../../src/lib/graphics/charts/dots.ts';
import { graphicInner } from '../../src/lib/server/render-graphic.ts';
import { FONT_FILES } from '../../src/lib/server/font-metrics.ts';
import {
	annotationRoom,
	exileLabels,
	placeDot,
	placeExileMap
} from '../../src/lib/graphics/charts/exile-labels.ts';
import { fitMapWithCaption, toBox } from '../../src/lib/graphics/charts/map-fit.ts';
import { figureColumns, tableFor } from '../../src/lib/graphics/tables.ts';
import { deathsLayout } from '../../src/lib/graphics/charts/deaths.ts';
import { AXIS_X, MIN_DASH, timeTicks } from '../../src/lib/graphics/charts/timeline.ts';
import {
	axisTitleBaseline,
	censusLabel,
	decreeLabels,
	estimateLabel,
	headroomFor,
	registerLabel,
	returnedLabel,
	scales,
	SIDES
} from '../../src/lib/graphics/charts/population.ts';
import { inkBox, meets, type Anchor } from '../../src/lib/graphics/charts/label-place.ts';
import { textWidth } from '../../src/lib/graphics/text.ts';
import { ACCENT, DOT, PAPER } from '../../src/lib/graphics/palette.ts';
import { cellIn, numberIn, readReal, parseTable } from '../helpers/data.ts';

const content = loadContent();
const en = (n: number) => n.toLocaleString('en-GB');

// Chart boxes measured in the browser on 320x568, 360x640 and 390x844 phones and at 1280x800: the
// dot chart's (chapters 2 and 3), and those of the exile chapter's charts (also the population's).
const DOT_BOXES = [
	[296, 229],
	[336, 272],
	[366, 344],
	[760, 578]
] as const;
const PHONE_DOT_BOXES = DOT_BOXES.slice(0, 3);
const EXILE_BOXES = [
	[296, 213],
	[336, 291],
	[366, 362],
	[760, 578]
] as const;

/** All the text a state's SVG shows, in document order, with whitespace collapsed. */
function textOf(step: keyof typeof STEP_STATES, size = { width: 366, height: 420 }): string {
	const state = STEP_STATES[step] as ChartState;
	const { body } = render(Graphic, { props: { state, charts: content.charts, ...size } });
	// A wrapped label is one <text> of several <tspan> lines: read the lines with spaces between.
	const $ = load(body.replaceAll('</tspan>', ' </tspan>'));
	return $('text')
		.map((_, t) => $(t).text())
		.get()
		.join(' ')
		.replace(/\s+/g, ' ');
}

function svgOf(step: keyof typeof STEP_STATES, size = { width: 366, height: 420 }) {
	const state = STEP_STATES[step] as ChartState;
	const { body } = render(Graphic, {
		props: { state, charts: content.charts, ...size }
	});
	return load(body);
}

describe('occupation: the map of the North Caucasus', () => {
	it('names Kabardino-Balkaria, Nalchik, Georgia, Russia and both seas', () => {
		const t = textOf('occupation-1');
		for (const name of ['Kabardino-Balkaria', 'Nalchik', 'GEORGIA', 'RUSSIA', 'Black', 'Caspian']) {
			expect(t, name).toContain(name);
		}
	});

	it('outlines the republic and draws a locator', () => {
		const $ = svgOf('occupation-1');
		// The republic's outline is the one path stroked in ink; the locator has its own frame.
		expect($('path[stroke="#1c1b19"]').length).toBeGreaterThanOrEqual(2);
		expect($('path').length).toBeGreaterThan(15);
	});

	it('dates each step from events.csv and shades the republic while it is occupied', () => {
		expect(textOf('occupation-2')).toContain('August 1942');
		expect(textOf('occupation-3')).toContain('Late October 1942');
		expect(textOf('occupation-5')).toContain('Early January 1943');
		expect(textOf('occupation-5')).toContain('37th Army');
		expect(svgOf('occupation-2')('path[fill="url(#occupation-hatch)"]').length).toBe(1);
		expect(svgOf('occupation-1')('path[fill="url(#occupation-hatch)"]').length).toBe(0);
		expect(svgOf('occupation-5')('path[fill="url(#occupation-hatch)"]').length).toBe(0);
	});

	it('keeps no room under the map for the livestock, which has a chart of its own', () => {
		// At the 320x568 phone's box the map was 158 px wide when it shared the box with the bars.
		const $ = svgOf('occupation-2', { width: 296, height: 229 });
		const scale = Number(
			/scale\(([\d.]+)\)/.exec($('g[transform*="scale"]').first().attr('transform')!)![1]
		);
		const mapWidth = Number($('g[transform*="scale"] > rect').first().attr('width')) * scale;
		expect(mapWidth).toBeGreaterThan(0.75 * 296);
	});

	it("leaves the republic's outline out under Nalchik's name, at phone and desktop sizes", () => {
		// On a phone's map the outline runs through the name wherever it goes round the dot, and its
		// corners read as accents on the letters. The outline is masked there instead.
		for (const [width, height] of [...EXILE_BOXES, [600, 414]] as const)
			for (const step of ['occupation-2', 'occupation-3'] as const) {
				const $ = svgOf(step, { width, height });
				const outline = $('path[stroke="#1c1b19"][mask]');
				expect(outline.length, `${width}x${height}`).toBe(1);
				const maskId = /url\(#(.+)\)/.exec(outline.attr('mask')!)![1]!;
				const hole = $(`mask[id="${maskId}"] rect[fill="#000"]`);
				const [, tx, ty, k] = /translate\(([^ )]+) ([^ )]+)\) scale\(([^ )]+)\)/
					.exec(outline.parent().attr('transform')!)!
					.map(Number);
				const at = (name: string) => Number(hole.attr(name));
				const gap = {
					x0: tx! + at('x') * k!,
					y0: ty! + at('y') * k!,
					x1: tx! + (at('x') + at('width')) * k!,
					y1: ty! + (at('y') + at('height')) * k!
				};
				const name = $('text').filter((_, t) => $(t).text().trim() === 'Nalchik');
				const x = Number(name.attr('x'));
				const y = Number(name.attr('y'));
				// The name's ink, bold where Nalchik is picked out, and its 1.5 px halo.
				const bold = name.attr('font-weight') === '700';
				expect(bold, step).toBe(step === 'occupation-3');
				const ink = {
					x0: x - 1.5,
					y0: y - 11.5,
					x1: x + textWidth('Nalchik', 13, bold) + 1.5,
					y1: y + 4.5
				};
				expect(gap.x0, `${step} at ${width}x${height}`).toBeLessThanOrEqual(ink.x0);
				expect(gap.y0).toBeLessThanOrEqual(ink.y0);
				expect(gap.x1).toBeGreaterThanOrEqual(ink.x1);
				expect(gap.y1).toBeGreaterThanOrEqual(ink.y1);
			}
	});

	it('puts Nalchik inside the Kabardino-Balkaria outline, on the globe and projected', () => {
		const nc = content.data.geo.northCaucasus;
		const regions = feature(nc, nc.objects.regions as GeometryCollection<{ id: string }>);
		const kb = regions.features.find((f) => f.properties.id === 'RU-KB') as Feature<
			Polygon | MultiPolygon
		>;
		const nalchik = content.data.places.find((p) => p.id === 'nalchik')!;
		expect(geoContains(kb, [nalchik.lon, nalchik.lat])).toBe(true);
		// Projected: the map's own projection, the republic's outline as drawn, the dot as drawn.
		const geo = occupationGeometry(content.data);
		const ring = geo.focus.d
			.split(/[MZ]/)
			.filter(Boolean)
			.map((part) => part.split('L').map((pt) => pt.split(',').map(Number) as [number, number]));
		const dot = geo.places.find((p) => p.id === 'nalchik')!;
		expect(ring.some((r) => polygonContains(r, [dot.x, dot.y]))).toBe(true);
	});
});

describe("the maps' captions", () => {
	// The caption under a map (a state's annotation): where it starts and how far down it runs.
	const caption = (step: keyof typeof STEP_STATES, width: number, height: number) => {
		const $ = svgOf(step, { width, height });
		// The map itself: its group, scaled into the box and placed at its left edge.
		const [, left, top, scale] = /translate\(([\d.]+) ([\d.]+)\) scale\(([\d.]+)\)/
			.exec($('g[transform*="scale("]').first().attr('transform') ?? '')!
			.map(Number) as [number, number, number, number];
		const chart = (STEP_STATES[step] as ChartState).chart as 'occupation-map' | 'exile-map';
		const mapBottom = top + scale * content.charts[chart].height;
		// Every text below the map is its caption.
		const texts = $('text').filter((_, t) => Number($(t).attr('y')) > mapBottom);
		const last = texts.last();
		return {
			mapLeft: left,
			x: texts.map((_, t) => Number($(t).attr('x'))).get(),
			bottom: Number(last.attr('y')) + (Math.max(1, last.find('tspan').length) - 1) * 17
		};
	};

	it('never gives a caption less room than it needs, at any size, and keeps it inside the box', () => {
		const d = content.charts['exile-map'];
		// A caption that needs a line more for every 40 px it loses.
		const greedy = (w: number) => 20 + Math.ceil(2000 / w) * 17;
		for (const roomFor of [(w: number) => annotationRoom(d, w), greedy])
			for (const width of [296, 366, 500, 700, 900, 1200])
				for (const height of [213, 300, 430, 600]) {
					const c = fitMapWithCaption(d.width, d.height, width, height, roomFor);
					expect(roomFor(c.captionWidth), `${width}×${height}`).toBeLessThanOrEqual(c.reserve);
					expect(c.captionX + c.captionWidth).toBeLessThanOrEqual(width + 0.01);
					expect(c.captionX === 0 || Math.abs(c.captionX - c.fit.x) < 0.01).toBe(true);
				}
	});

	for (const step of ['occupation-2', 'exile-1', 'exile-2'] as const) {
		it(`${step}: a map narrower than its box (a wide embed) is captioned from its own left edge`, () => {
			const c = caption(step, 900, 430);
			expect(c.mapLeft).toBeGreaterThan(40);
			expect(c.x.length).toBeGreaterThan(0);
			for (const x of c.x) expect(x).toBeCloseTo(c.mapLeft, 0);
			expect(c.bottom).toBeLessThanOrEqual(430);
		});

		it(`${step}: a map as wide as a phone is captioned from the box's edge`, () => {
			const c = caption(step, 366, 420);
			expect(c.mapLeft).toBeLessThan(1);
			for (const x of c.x) expect(x).toBe(0);
			expect(c.bottom).toBeLessThanOrEqual(420);
		});
	}
});

describe('occupation: the livestock left behind', () => {
	it('shows the livestock left behind, with 45,500 cattle, not the misprinted figure', () => {
		const t = textOf('occupation-4');
		expect(t).toContain(en(numberIn('figures.csv', 'sheep_left')));
		expect(t).toContain(en(numberIn('figures.csv', 'cattle_left')));
		expect(t).toContain('45,500');
		expect(t).not.toContain('455,000');
		expect(t).toContain(en(numberIn('figures.csv', 'horses_left')));
		expect(t).toContain(`${numberIn('figures.csv', 'partisan_unit')} fighters`);
		// Three bars, longest for the sheep, in proportion.
		const $ = svgOf('occupation-4');
		const bars = $('rect[height="16"]')
			.map((_, r) => Number($(r).attr('width')))
			.get();
		expect(bars).toHaveLength(3);
		expect(bars[0]! / bars[1]!).toBeCloseTo(
			numberIn('figures.csv', 'sheep_left') / numberIn('figures.csv', 'cattle_left'),
			1
		);
		expect(content.texts.livestock.title).toMatch(/left behind in the retreat, 1942/i);
		expect(content.texts.livestock.source).toMatch(/Source/);
	});
});

describe('accusation and eviction: the people as dots', () => {
	it('labels each state with the figures from data/', () => {
		expect(textOf('accusation-1')).toContain(en(numberIn('estimates.csv', 'deported_total')));
		expect(textOf('accusation-2')).toContain(en(numberIn('figures.csv', 'rebel_members')));
		expect(textOf('accusation-3')).toContain(en(numberIn('figures.csv', 'gang_members')));
		expect(textOf('accusation-4')).toContain(en(numberIn('figures.csv', 'red_army_veterans')));
		expect(textOf('eviction-1')).toContain(en(numberIn('figures.csv', 'nkvd_troops')));
		expect(textOf('eviction-1')).toContain(en(numberIn('figures.csv', 'local_agents')));
		expect(textOf('eviction-2')).toContain('about two hours');
		expect(textOf('eviction-3')).toContain('Nine trains to the Orenburg railway');
		expect(textOf('eviction-3')).toContain('Five trains to the Tashkent railway');
		expect(textOf('eviction-3')).toContain('do not give a count per train');
		expect(textOf('eviction-4')).toContain('8 April 1944');
	});

	it('arranges the dots in one row per train for eviction-3', () => {
		const $ = svgOf('eviction-3');
		const ys = new Set(
			$('g.people > g')
				.map((_, g) => /translate\([\d.]+px,([\d.]+)px\)/.exec($(g).attr('style') ?? '')?.[1])
				.get()
		);
		expect(ys.size).toBe(numberIn('figures.csv', 'trains_total'));
	});

	it('tables the trains without a count the sources do not give, and with the dots drawn', () => {
		// The table's train rows were once blank: read aloud, a row with nothing in it.
		const d = content.charts.dots;
		const table = tableFor(STEP_STATES['eviction-3'] as ChartState, content.charts);
		const [orenburg, tashkent] = [d.labels.orenburg, d.labels.tashkent].map((heading) =>
			table.rows.find((r) => r[0] === heading)!
		);
		expect(orenburg![1]).toBe(d.labels.notGiven);
		expect(tashkent![1]).toBe(d.labels.notGiven);
		// Without the chart's note, the dots per railway would read as a count.
		expect(table.caption).toContain(d.labels.trainsNote);
		const layout = dotLayout(d, { chart: 'dots', layout: 'trains' }, 366, 344);
		const between = layout.headings[1]!.y;
		const people = layout.dots.filter((dot) => dot.kind === 'person');
		const count = (cell: string) => Number(cell.replaceAll(',', ''));
		expect(count(orenburg![2]!)).toBe(people.filter((p) => p.y < between).length);
		expect(count(tashkent![2]!)).toBe(people.filter((p) => p.y > between).length);
		// "not given" does not keep the column of counts from lining up on the right.
		expect(figureColumns(table)).toEqual([false, true, true]);
	});

	it('sets the rebels and the "gangs" apart: both were counted across the republic', () => {
		const d = content.charts.dots;
		const groups = [
			['accusation-2', numberIn('figures.csv', 'rebel_members')],
			['accusation-3', numberIn('figures.csv', 'gang_members')]
		] as const;
		for (const [width, height] of DOT_BOXES) {
			for (const [id, count] of groups) {
				const layout = dotLayout(d, STEP_STATES[id] as DotsState, width, height);
				const people = layout.dots.filter((dot) => dot.kind === 'person');
				const apart = layout.dots.filter((dot) => dot.kind === 'apart' && dot.visible);
				expect(apart.length, id).toBe(Math.round(count / d.perDot));
				expect(apart.every((dot) => dot.tone === 'accent')).toBe(true);
				// None of the Balkars is picked out, and the group stands below them, a row apart.
				expect(
					people.every((dot) => dot.tone === 'base'),
					id
				).toBe(true);
				const lowest = Math.max(...people.map((dot) => dot.y));
				const unit = people[0]!.r / 0.36;
				for (const dot of apart) expect(dot.y).toBeGreaterThan(lowest + 1.5 * unit);
				expect(Math.max(...apart.map((dot) => dot.y + dot.r))).toBeLessThanOrEqual(height);
			}
			// In the other steps no dot is shown apart.
			for (const id of ['accusation-1', 'accusation-4', 'eviction-1', 'eviction-3'] as const) {
				const other = dotLayout(d, STEP_STATES[id] as DotsState, width, height);
				expect(
					other.dots.filter((dot) => dot.kind === 'apart' && dot.visible),
					id
				).toEqual([]);
			}
		}
	});

	it('keeps the dots one size through the accusation steps, whatever the legend, in any box', () => {
		// At 320 px the red group's label wraps to three lines: the dots once shrank for that step,
		// then grew back.
		for (const [width, height] of DOT_BOXES) {
			// Every group picked out of the people, then the emptied grid (nothing picked out).
			const states: DotsState[] = [
				...([undefined, 'rebels', 'gangs', 'veterans', 'everyone'] as const).map(
					(highlight): DotsState => ({ chart: 'dots', layout: 'people', highlight })
				),
				{ chart: 'dots', layout: 'emptied' }
			];
			const sizes = new Set(
				states.map((state) => dotLayout(content.charts.dots, state, width, height).dots[0]!.r)
			);
			expect([...sizes], `${width}x${height}`).toHaveLength(1);
		}
	});

	it('measures the foot of the dots, the same for every group picked out of one layout', () => {
		// The notes under the dots come up to the lowest foot among the chapter's states
		// (dotsBottom), so they stay put from step to step.
		const d = content.charts.dots;
		for (const [width, height] of [...DOT_BOXES, [820, 640]] as const) {
			const at = `${width}x${height}`;
			const foot = (state: Omit<DotsState, 'chart'>) =>
				dotLayout(d, { chart: 'dots', ...state }, width, height).bottom;
			const people = (['rebels', 'gangs', 'veterans', 'everyone'] as const).map((highlight) =>
				foot({ layout: 'people', highlight })
			);
			expect(new Set([foot({ layout: 'people' }), ...people]).size, at).toBe(1);
			// The trains' foot is that of their note's last line.
			const trains = dotLayout(d, { chart: 'dots', layout: 'trains' }, width, height);
			expect(trains.bottom, at).toBeGreaterThan(trains.note!.y);
			// Every visible dot lies above its state's foot.
			for (const layout of ['people', 'encircled', 'trains', 'emptied'] as const) {
				const l = dotLayout(
					d,
					{ chart: 'dots', layout, forces: layout === 'encircled' },
					width,
					height
				);
				const lowest = Math.max(...l.dots.filter((x) => x.visible).map((x) => x.y + x.r));
				expect(lowest, `${layout} at ${at}`).toBeLessThanOrEqual(l.bottom);
			}
			const eviction: DotsState[] = [
				{ chart: 'dots', layout: 'people', forces: true },
				{ chart: 'dots', layout: 'encircled', forces: true },
				{ chart: 'dots', layout: 'trains' },
				{ chart: 'dots', layout: 'emptied' }
			];
			expect(dotsBottom(d, eviction, width, height), at).toBe(
				Math.max(...eviction.map((st) => dotLayout(d, st, width, height).bottom))
			);
		}
	});

	it("brings a still image's notes up under the dots on a wide box", () => {
		// On a desktop the dots end well above the foot of the box: the notes come up into the
		// room left, 8 px under the dots (a still shows one state, so its own foot counts).
		const state = STEP_STATES['accusation-1'] as DotsState;
		const { spare } = graphicInner(state, content.charts, 760, 578);
		const foot = dotLayout(content.charts.dots, state, 760, 578).bottom;
		expect(spare).toBe(Math.floor(578 - foot - 8));
		expect(spare).toBeGreaterThan(40);
	});

	it('lays the dots out once per state and box size, however many parts of the chart ask', () => {
		// The canvas, the legend and the panel's foot each ask for the same layouts at a step change.
		const d = content.charts.dots;
		const people: DotsState = { chart: 'dots', layout: 'people', forces: true };
		const first = dotLayout(d, people, 366, 344);
		expect(dotLayout(d, { ...people }, 366, 344)).toBe(first);
		const ringed = dotLayout(d, { chart: 'dots', layout: 'encircled', forces: true }, 366, 344);
		expect(ringed).not.toBe(first);
		expect(ringed.dots.map((x) => [x.x, x.y])).not.toEqual(first.dots.map((x) => [x.x, x.y]));
		// A new box size is a new layout, not the last one's.
		const wider = dotLayout(d, people, 760, 578);
		expect(wider.dots[0]!.r).toBeGreaterThan(first.dots[0]!.r);
		expect(dotLayout(d, people, 366, 344)).toEqual(first);
	});

	it('closes the outer ring of forces round the people, leaving any gap on the inside', () => {
		// 210 rings and squares do not fill two whole rings: walked from the inside out, the outer
		// ring had a notch at its top-left corner, an encirclement with a way out.
		for (const [width, height] of DOT_BOXES) {
			const forces = dotLayout(
				content.charts.dots,
				{ chart: 'dots', layout: 'encircled', forces: true },
				width,
				height
			).dots.filter((d) => d.visible && (d.kind === 'troop' || d.kind === 'agent'));
			const key = (x: number, y: number) => `${x.toFixed(1)},${y.toFixed(1)}`;
			const taken = new Set(forces.map((d) => key(d.x, d.y)));
			const xs = [...new Set(forces.map((d) => d.x))].sort((a, b) => a - b);
			const ys = [...new Set(forces.map((d) => d.y))].sort((a, b) => a - b);
			const [left, right, top, bottom] = [xs[0]!, xs.at(-1)!, ys[0]!, ys.at(-1)!];
			const outer = [
				...xs.flatMap((x) => [key(x, top), key(x, bottom)]),
				...ys.flatMap((y) => [key(left, y), key(right, y)])
			];
			const missing = outer.filter((cell) => !taken.has(cell));
			expect(missing, `${width}x${height}`).toEqual([]);
		}
	});

	it('shapes the grid like its box where the dots reach their largest size', () => {
		// At 1280x800 the grid was a column 15 dots wide and 26 high in the middle of a wide panel:
		// with the dots at their largest size, the narrowest grid won every tie.
		const [width, height] = DOT_BOXES[3];
		const people = dotLayout(
			content.charts.dots,
			{ chart: 'dots', layout: 'people' },
			width,
			height
		).dots.filter((d) => d.kind === 'person');
		const span = (values: number[]) => Math.max(...values) - Math.min(...values);
		const cols = new Set(people.map((d) => d.x)).size;
		const rows = new Set(people.map((d) => d.y)).size;
		expect(cols / rows, `${cols} x ${rows} dots`).toBeGreaterThan(1.2);
		// Still well inside the box.
		expect(span(people.map((d) => d.x))).toBeLessThan(width);
	});

	it('keeps no room for a legend the forces grid never shows', () => {
		// A group is never picked out beside the forces. At 320 px eviction-1's dots once shrank
		// to leave room for a three-line label only the accusation steps have.
		for (const [width, height] of PHONE_DOT_BOXES) {
			const layout = dotLayout(
				content.charts.dots,
				{ chart: 'dots', layout: 'people', forces: true },
				width,
				height
			);
			const last = layout.legend.at(-1)!;
			const legendBottom = last.y - FONT + last.lines.length * LINE + 6;
			// The least room the forces' legend ever keeps: four rows and one wrapped line.
			const least = 4 * (LINE + 6) + LINE + 4;
			expect(layout.key.y - FONT, `${width}x${height}`).toBe(Math.max(legendBottom, least));
		}
	});

	it('gives the trains dots at least half the size of the grid, in every phone box', () => {
		// At 320 px the trains' dots were once a third of the grid's, under a legend room kept for
		// other states' labels.
		for (const [width, height] of PHONE_DOT_BOXES) {
			const r = (state: DotsState) =>
				dotLayout(content.charts.dots, state, width, height).dots[0]!.r;
			const trains = r({ chart: 'dots', layout: 'trains' });
			const grid = r({ chart: 'dots', layout: 'people' });
			expect(trains / grid, `${width}x${height}`).toBeGreaterThanOrEqual(0.5);
		}
	});

	it('keeps the railway headings clear of the trains, and everything in a small phone box', () => {
		// The boxes of a 320x568 and a 360x640 phone, and a shorter one.
		for (const [width, height] of [...DOT_BOXES.slice(0, 2), [296, 195] as const]) {
			const layout = dotLayout(
				content.charts.dots,
				{ chart: 'dots', layout: 'trains' },
				width,
				height
			);
			const rows = [...new Set(layout.dots.filter((d) => d.visible).map((d) => d.y))];
			const r = layout.dots[0]!.r;
			expect(layout.headings).toHaveLength(2);
			for (const h of layout.headings) {
				// The heading's line: from its cap height to its descenders.
				const [top, bottom] = [h.y - FONT, h.y + 4];
				expect(
					rows.filter((y) => y + r > top && y - r < bottom),
					`${h.text} at ${height}`
				).toEqual([]);
				expect(h.x + textWidth(h.text, FONT, true)).toBeLessThanOrEqual(width);
			}
			const note = layout.note!;
			expect(note.y + (note.lines.length - 1) * NOTE_LINE + 4).toBeLessThanOrEqual(height);
			for (const line of note.lines)
				expect(textWidth(line, NOTE_FONT), line).toBeLessThanOrEqual(width);
		}
	});
});

describe('eviction: the other deported peoples', () => {
	it('has a bar for every people, largest first, the Balkars picked out', () => {
		const peoples = parseTable(readReal('peoples.csv'));
		const $ = svgOf('eviction-5');
		const t = textOf('eviction-5');
		for (const row of peoples.rows) {
			expect(t).toContain(row[peoples.header.indexOf('people')]!);
			expect(t).toContain(en(Number(row[peoples.header.indexOf('count')])));
		}
		const widths = $('g.row rect')
			.map((_, r) => Number($(r).attr('width')))
			.get();
		expect(widths).toHaveLength(peoples.rows.length);
		expect([...widths].sort((a, b) => b - a)).toEqual(widths);
		expect($('g.row rect[fill="#8c2617"]')).toHaveLength(1);
	});

	it('keeps the counts in one column at the right wherever a name and its count fit a line', () => {
		// "Meskhetian Turks, Kurds and Khemshils" leaves no room for its date on the name's line: its
		// count once moved past the bar with the date, out of the column of the others.
		const { rows, highlight } = content.charts.peoples;
		for (const size of [
			{ width: 344, height: 300 },
			{ width: 366, height: 420 },
			{ width: 620, height: 520 }
		]) {
			const $ = svgOf('eviction-5', size);
			const column = new Set<string>();
			for (const row of rows) {
				const bold = row.id === highlight;
				// The chart's box is a few pixels narrower than the graphic.
				if (
					textWidth(row.people, 13, bold) + 12 + textWidth(row.countText, 13, bold) >
					size.width - 8
				)
					continue;
				const g = $('g.row').filter((_, r) =>
					$(r).find('text').first().text().startsWith(row.people)
				);
				const count = g.find('text').filter((_, t) => $(t).text().trim() === row.countText);
				expect(count.length, `${row.people} at ${size.width}`).toBe(1);
				expect(count.attr('text-anchor'), `${row.people} at ${size.width}`).toBe('end');
				column.add(count.attr('x')!);
			}
			expect([...column], `at ${size.width}`).toHaveLength(1);
			expect(Number([...column][0]), `at ${size.width}`).toBeGreaterThan(size.width - 10);
		}
	});

	// At 320x568 the chart's box is about 296x250: thin bars, and "Chechens and Ingush · February
	// 1944" with its count no longer fits one line. Its count and date once went inside the bar in
	// light text, on a bar 6 px tall: cut in half, unreadable.
	it('dates every bar at every phone width, light text only inside a bar that holds it', () => {
		const peoples = parseTable(readReal('peoples.csv'));
		const col = (name: string) => peoples.header.indexOf(name);
		const month = (iso: string, form: 'long' | 'short') => {
			const [year, m] = iso.split('-').map(Number);
			const name = new Date(Date.UTC(year!, m! - 1)).toLocaleString('en-GB', {
				month: form,
				timeZone: 'UTC'
			});
			return `${name.slice(0, form === 'short' ? 3 : undefined)} ${year}`;
		};
		for (const size of [
			{ width: 296, height: 250 },
			{ width: 344, height: 300 },
			{ width: 366, height: 420 },
			{ width: 620, height: 520 }
		]) {
			const $ = svgOf('eviction-5', size);
			const rows = $('g.row');
			expect(rows).toHaveLength(peoples.rows.length);
			const forms = new Set<string>();
			for (const row of peoples.rows) {
				const name = row[col('people')]!;
				const g = rows.filter((_, r) => $(r).find('text').first().text().startsWith(name));
				expect(g, name).toHaveLength(1);
				const text = g.text().replace(/\s+/g, ' ');
				const form = (['long', 'short'] as const).find((f) =>
					text.includes(month(row[col('date')]!, f))
				);
				expect(form, `${name} dated at ${size.width}: ${text}`).toBeDefined();
				// "May 1944" is both.
				const date = row[col('date')]!;
				if (month(date, 'long') !== month(date, 'short')) forms.add(form!);
				const bar = Number(g.find('rect').attr('height'));
				const light = g.find(`text[fill="${PAPER}"]`);
				if (light.length)
					expect(bar, `${light.text()} at ${size.width}`).toBeGreaterThanOrEqual(15);
			}
			expect(forms.size, `one way of writing the months at ${size.width}`).toBe(1);
		}
	});
});

describe('exile: the map to Central Asia', () => {
	it('uses the 1944 names and the two railways', () => {
		const t = textOf('exile-1');
		for (const name of [
			'Nalchik',
			'Chkalov',
			'Tashkent',
			'Alma-Ata',
			'Frunze',
			'KAZAKH',
			'KIRGHIZ'
		]) {
			expect(t, name).toContain(name);
		}
		expect(t).toContain('Nine trains: Orenburg railway');
		expect(t).toContain('Five trains: Tashkent railway');
		expect(t).toContain(`About ${numberIn('figures.csv', 'journey_days')} days`);
		expect(t).toContain('as the crow flies');
	});

	it('splits the deported between the republics, the remainder computed from data/', () => {
		const t = textOf('exile-2');
		// The bound is of those who arrived: people who died on the way were settled nowhere.
		const arrived = numberIn('estimates.csv', 'deported_arrivals');
		const kazakh = numberIn('figures.csv', 'kazakh_settled');
		expect(t).toContain(`more than ${en(kazakh)}`);
		expect(t).toContain(`at most about ${en(Math.round((arrived - kazakh) / 100) * 100)}`);
		// The two republics are shaded differently.
		const fills = new Set(
			svgOf('exile-2')('path.fade')
				.map((_, p) => p.attribs.fill)
				.get()
		);
		expect(fills.size).toBe(2);
	});

	it('keeps every city name off the route lines, on a phone and a desktop, in both states', () => {
		// A route's line through a name hides the arrow's head under its halo and leaves red
		// dashes between the letters. Each name's ink (with its 1.5 px halo) against points every
		// 2 px along each route (the line 2.5 px wide).
		const d = content.charts['exile-map'];
		for (const [width, height] of EXILE_BOXES) {
			const { fit } = placeExileMap(d, width, height, undefined, true);
			const along = d.routes.flatMap((r) => {
				type Point = { x: number; y: number };
				const [a, m, b] = [r.start, r.mid, r.end].map((p) => toBox(fit, p)) as [
					Point,
					Point,
					Point
				];
				const pieces: [Point, Point][] = [
					[a, m],
					[m, b]
				];
				return pieces.flatMap(([p, q]) => {
					const n = Math.ceil(Math.hypot(q.x - p.x, q.y - p.y) / 2);
					return Array.from({ length: n + 1 }, (_, i) => ({
						x: p.x + ((q.x - p.x) * i) / n,
						y: p.y + ((q.y - p.y) * i) / n
					}));
				});
			});
			for (const split of [false, true]) {
				const { placement } = exileLabels(d, fit, split);
				for (const place of d.places) {
					const moved = placement.get(place.id);
					if (!moved) continue;
					const a = placeDot(place, fit);
					const ink = inkBox(
						[place.name],
						a.x + moved.dx,
						a.y + moved.dy,
						a.anchor,
						place.id === 'nalchik'
					);
					const crossed = along.some(
						(p) =>
							p.x > ink.x0 - 2.75 &&
							p.x < ink.x1 + 2.75 &&
							p.y > ink.y0 - 2.75 &&
							p.y < ink.y1 + 2.75
					);
					expect(crossed, `${place.id} at ${width}x${height}, split: ${split}`).toBe(false);
				}
			}
		}
	});

	it("grows a route label's halo along its line, to cover the space between its words", () => {
		// The glyphs' 1.5 px halo leaves most of a word space open: a border crossing it read as a
		// hyphen ("Tashkent-railway"). A filter grows the halo along the line (the browser test in
		// small-screen.spec.ts measures the space in the real font).
		for (const [width, height] of EXILE_BOXES) {
			const $ = svgOf('exile-1', { width, height });
			const labels = $('text').filter((_, t) => /trains/.test($(t).text()));
			expect(labels.length, `${width}x${height}`).toBe(2);
			labels.each((_, t) => {
				const id = /^url\(#(.+)\)$/.exec($(t).attr('filter') ?? '')?.[1];
				expect(id, `${$(t).text()} at ${width}x${height}`).toBeTruthy();
				// (Cheerio finds camel-cased SVG tags only by attribute.)
				const grow = $(`filter[id="${id}"] [operator="dilate"]`);
				expect(grow.prop('tagName')?.toLowerCase()).toBe('femorphology');
				const [along, across] = grow.attr('radius')!.split(' ').map(Number);
				expect(along).toBeGreaterThanOrEqual(2);
				expect(along).toBeGreaterThan(across!);
				expect(grow.siblings('[flood-color]').attr('flood-color')).toBe(PAPER);
			});
		}
	});

	it("keeps the Tashkent route's label off the Orenburg route, from a 360 px phone up", () => {
		// On a 360 px phone the one-line label ran over the other route where it leaves Nalchik, and
		// its halo cut that line off from its city. It takes two lines there instead. (On a 320 px
		// phone neither fits: the label stays on one line, over the other route's first pixels.)
		const d = content.charts['exile-map'];
		for (const [width, height] of EXILE_BOXES.slice(1)) {
			const { fit } = placeExileMap(d, width, height, undefined, true);
			const { routes } = exileLabels(d, fit, false);
			const tashkent = routes.find((r) => r.id === 'tashkent')!;
			const orenburg = routes.find((r) => r.id === 'orenburg')!;
			const { x, y, lines, rotate } = tashkent.at;
			const degrees = Number(/rotate\(([-\d.]+) /.exec(rotate!)![1]);
			const [cos, sin] = [Math.cos((degrees * Math.PI) / 180), Math.sin((degrees * Math.PI) / 180)];
			// The other route's line, every 2 px, in the label's own (rotated) frame.
			const [a, m] = [orenburg.start, orenburg.mid].map((p) => toBox(fit, p)) as [
				{ x: number; y: number },
				{ x: number; y: number }
			];
			const n = Math.ceil(Math.hypot(m.x - a.x, m.y - a.y) / 2);
			const along = Array.from({ length: n + 1 }, (_, i) => {
				const [px, py] = [a.x + ((m.x - a.x) * i) / n - x, a.y + ((m.y - a.y) * i) / n - y];
				return { u: px * cos + py * sin, v: -px * sin + py * cos };
			});
			lines.forEach((line, j) => {
				// The line's ink, its halo (4 px along the line, 1.5 across) and half the route's width.
				const half = textWidth(line, 12, true) / 2 + 4 + 1.25;
				const [top, bottom] = [14 * j - 10 - 2.75, 14 * j + 3 + 2.75];
				const crossed = along.some((p) => Math.abs(p.u) < half && p.v > top && p.v < bottom);
				expect(crossed, `"${line}" at ${width}x${height}`).toBe(false);
			});
		}
	});

	it("names each city clearly nearer its own dot than any other city's, on phones and a desktop", () => {
		// At 360 px Frunze's name once sat just above Tashkent's dot, hardly further from it than
		// from its own, and read as Tashkent's. Distance from a name's ink (its box) to a dot's centre:
		// another city's dot at least 4 px further than its own.
		const d = content.charts['exile-map'];
		const gap = (
			b: { x0: number; y0: number; x1: number; y1: number },
			p: { x: number; y: number }
		) => Math.hypot(Math.max(b.x0 - p.x, 0, p.x - b.x1), Math.max(b.y0 - p.y, 0, p.y - b.y1));
		for (const [width, height] of EXILE_BOXES) {
			const { fit } = placeExileMap(d, width, height, undefined, true);
			for (const split of [false, true]) {
				const { placement } = exileLabels(d, fit, split);
				const shown = d.places.filter((p) => placement.get(p.id));
				for (const place of shown) {
					const moved = placement.get(place.id)!;
					const a = placeDot(place, fit);
					const ink = inkBox([place.name], a.x + moved.dx, a.y + moved.dy, a.anchor, false);
					const own = gap(ink, a.p);
					for (const other of shown.filter((o) => o !== place)) {
						const theirs = gap(ink, placeDot(other, fit).p);
						expect(
							own,
							`${place.id} vs ${other.id} at ${width}x${height}, split: ${split}`
						).toBeLessThanOrEqual(theirs - 4);
					}
				}
			}
		}
	});

	it('places every name on a small phone, the routes apart from the cities they end at', () => {
		const d = content.charts['exile-map'];
		// The chart's box on a 320x568 phone, and the map in it.
		const { fit } = placeExileMap(d, 296, 213);
		for (const split of [false, true]) {
			const { placement } = exileLabels(d, fit, split);
			// Routes share ids with the cities at their ends (orenburg, tashkent): each needs its own.
			// (Their labels are not drawn on the map of the two republics.)
			const routes = split ? 0 : d.routes.length;
			expect(placement.size).toBe(d.places.length + routes + d.labels.length);
			// No name had to stay where it meets another or leaves the map.
			const forced = [...placement].filter(([, p]) => p?.forced).map(([id]) => id);
			expect(forced, `split: ${split}`).toEqual([]);
			for (const place of d.places) {
				const moved = placement.get(place.id);
				if (!moved) continue;
				// The name's baseline stays below the top of the map.
				expect(placeDot(place, fit).y + moved.dy - 10, place.id).toBeGreaterThanOrEqual(fit.y);
			}
		}
	});
});

describe('exile: the deaths, every estimate attributed', () => {
	const deported = numberIn('estimates.csv', 'deported_total');
	it('flags the untraced figure in its table row, in the middle of the sentence', () => {
		const table = tableFor(STEP_STATES['exile-3'] as ChartState, content.charts);
		const flagged = table.rows.filter((r) => String(r[0]).includes('(not traced to a document)'));
		expect(flagged).toHaveLength(1);
	});

	it('shows the recorded transit deaths and the untraced figure, flagged', () => {
		const t = textOf('exile-3');
		const recorded = numberIn('estimates.csv', 'transit_deaths_recorded');
		const untraced = numberIn('estimates.csv', 'transit_deaths_untraced');
		expect(t).toContain(`${en(recorded)} · ${((recorded / deported) * 100).toFixed(1)}%`);
		expect(t).toContain(`${en(untraced)} · ${((untraced / deported) * 100).toFixed(1)}%`);
		expect(t.toLowerCase()).toContain('not traced to a document');
	});

	it('shows the register estimates, Pohl and the community range with their shares', () => {
		const t = textOf('exile-4');
		const low = numberIn('estimates.csv', 'exile_deaths_archive', 'low');
		const high = numberIn('estimates.csv', 'exile_deaths_community', 'high');
		expect(t).toContain(en(low));
		expect(t).toContain(`${Math.round((high / deported) * 100)}%`);
		expect(t).toContain('Balkar community');
		expect(t).toContain('J. Otto Pohl');
		// The journey's rows stay in the DOM so they can fade, but hidden.
		const $ = svgOf('exile-4');
		const untracedRow = $('g.mark, g.off').filter((_, g) => /not traced/i.test($(g).text()));
		expect(untracedRow.length).toBe(1);
		expect(untracedRow.attr('class')).toContain('off');
	});

	it('draws a range open where one end is untraced, its traced end a solid dot', () => {
		const $ = svgOf('exile-4');
		// Only the register range has an untraced end (its 11,000); the community range is solid.
		const open = $('rect[data-untraced-end]');
		expect(open.length).toBe(1);
		expect(open.attr('data-untraced-end')).toBe('high');
		const row = open.closest('g');
		expect(row.text()).toContain(en(numberIn('estimates.csv', 'exile_deaths_archive', 'high')));
		const dot = row.find('circle');
		expect(dot.length).toBe(1);
		// The dot at the range's low end, where the open bar begins.
		expect(Number(dot.attr('cx'))).toBeCloseTo(Number(open.attr('x')), 5);
		expect(dot.attr('fill')).not.toBe(open.attr('fill'));
	});

	it('marks each count on the axis with a tick, since the counts fall between the shares', () => {
		// 10,000 deaths is 26.5% of those deported: its label stood under no line at all.
		for (const [width, height] of EXILE_BOXES) {
			const $ = svgOf('exile-4', { width, height });
			const counts = $('text').filter((_, t) => /^\d{1,2},000$|^0$/.test($(t).text().trim()));
			expect(counts.length, `${width}x${height}`).toBeGreaterThanOrEqual(2);
			const ticks = $('line')
				.filter((_, l) => $(l).attr('x1') === $(l).attr('x2'))
				.filter((_, l) => Number($(l).attr('y2')) - Number($(l).attr('y1')) === 5)
				.map((_, l) => Number($(l).attr('x1')))
				.get();
			for (const t of counts.get()) {
				const x = Number($(t).attr('x'));
				expect(
					ticks.some((tx) => Math.abs(tx - x) < 0.5),
					`${$(t).text()} at ${width}x${height}`
				).toBe(true);
			}
		}
	});

	it('keeps the axis just under the rows, at one height in both states', () => {
		// On a desktop panel the axis once sat at the foot of the box, 300 px under the last row.
		for (const [width, height] of EXILE_BOXES) {
			const x = (n: number) => (n / 25_000) * width;
			const [transit, exile] = (['transit', 'exile'] as const).map((show) =>
				deathsLayout(content.charts.deaths, { chart: 'deaths', show }, width, height, x)
			);
			expect(transit!.bottom, `${width}x${height}`).toBe(exile!.bottom);
			expect(exile!.bottom).toBeLessThanOrEqual(height - 36);
			for (const layout of [transit!, exile!]) {
				const marks = layout.rows.filter((r) => r.shown).map((r) => r.y);
				expect(layout.bottom - Math.max(...marks), `${width}x${height}`).toBeGreaterThan(16);
			}
			const lastMark = Math.max(...exile!.rows.filter((r) => r.shown).map((r) => r.y));
			expect(exile!.bottom - lastMark, `${width}x${height}`).toBeLessThanOrEqual(48);
		}
	});

	it("ends a still image's chart under its own rows", () => {
		// The transit still once kept the axis where the exile rows need it, a hundred pixels of
		// empty grid under its two rows; a still shows one state, so its own rows place the axis.
		for (const [width, height] of EXILE_BOXES) {
			const at = `${width}x${height}`;
			const x = (n: number) => (n / 25_000) * width;
			const layoutOf = (show: 'transit' | 'exile', alongside?: DeathsState[]) =>
				deathsLayout(content.charts.deaths, { chart: 'deaths', show }, width, height, x, alongside);
			const transit = layoutOf('transit', [{ chart: 'deaths', show: 'transit' }]);
			const lastMark = Math.max(...transit.rows.filter((r) => r.shown).map((r) => r.y));
			expect(transit.bottom - lastMark, at).toBeGreaterThan(16);
			expect(transit.bottom - lastMark, at).toBeLessThanOrEqual(48);
			expect(transit.bottom, at).toBeLessThanOrEqual(layoutOf('transit').bottom);
			// The panel names both of the chapter's states: the axis stays where the exile rows need it.
			const both: DeathsState[] = [
				{ chart: 'deaths', show: 'transit' },
				{ chart: 'deaths', show: 'exile' }
			];
			expect(layoutOf('transit', both).bottom, at).toBe(layoutOf('exile', both).bottom);
			expect(layoutOf('transit', both).bottom, at).toBe(layoutOf('exile').bottom);
		}
		// And the still's notes come up under it, more than under the exile still.
		const still = (id: 'exile-3' | 'exile-4') =>
			graphicInner(STEP_STATES[id]!, content.charts, 760, 578).spare;
		expect(still('exile-3')).toBeGreaterThan(still('exile-4') + 40);
	});
});

describe('deaths: shares as precise as the figures behind them', () => {
	it('gives a tenth of a per cent under 10%, whole per cents above', () => {
		const total = numberIn('estimates.csv', 'deported_total');
		const recorded = numberIn('estimates.csv', 'transit_deaths_recorded');
		const pohl = numberIn('estimates.csv', 'exile_deaths_pohl');
		expect(textOf('exile-3')).toContain(
			`${en(recorded)} · ${((recorded / total) * 100).toFixed(1)}%`
		);
		// Pohl's "nearly 8,000" is no figure to a tenth of a per cent, and keeps its "nearly", its
		// share too.
		const hedge = cellIn('estimates.csv', 'exile_deaths_pohl', 'qualifier');
		expect(hedge).toBe('nearly');
		expect(textOf('exile-4')).toContain(
			`${hedge} ${en(pohl)} · ${hedge} ${((pohl / total) * 100).toFixed(0)}%`
		);
		expect(textOf('exile-4')).not.toMatch(/\b\d{2}\.\d%/);
	});
});

describe('exile and return: the register, the return and the census', () => {
	it('draws the register as a line, and calls it a register', () => {
		const $ = svgOf('exile-5');
		expect($('path[fill="none"]').length).toBeGreaterThanOrEqual(1);
		expect(textOf('exile-5')).toContain('special-settler register');
	});

	it('adds the decrees, the return and the census step by step', () => {
		expect(textOf('return-1')).toContain('28 April 1956: regime lifted');
		expect(textOf('return-2')).toContain('9 January 1957: republic restored');
		expect(textOf('return-3')).toContain(en(numberIn('figures.csv', 'returned')));
		const census = textOf('return-4');
		expect(census).toContain(en(numberIn('figures.csv', 'census_1959')));
		expect(census).toContain('estimate, author not named');
		// The estimate is an open circle: paper fill, ink stroke.
		expect(svgOf('return-4')('circle[fill="#f7f5f0"][stroke="#1c1b19"]').length).toBe(1);
	});

	it('keeps the estimate under the axis title, and the register label above the decrees and the axis', () => {
		// And a 667x375 phone held sideways.
		for (const [width, height] of [...EXILE_BOXES, [318, 243] as const]) {
			const data = content.charts.population;
			const headroom = headroomFor(data, width, height);
			const plotWidth = width - SIDES.left - SIDES.right;
			const plotHeight = height - headroom - SIDES.bottom;
			const size = `${width}x${height}`;
			// Baselines in plot coordinates: a 12 px label's caps reach 10 px up, descenders 3 down.
			const estimate = estimateLabel(data, plotWidth, plotHeight);
			expect(estimate.y - 10, size).toBeGreaterThanOrEqual(axisTitleBaseline(headroom) + 3);
			const register = registerLabel(data, plotWidth, plotHeight);
			expect(register.bottom + 3, size).toBeLessThanOrEqual(plotHeight);
			const registerInk = inkBox(register.lines, register.x, register.y, 'start', false, 16);
			for (const d of decreeLabels(data, plotWidth, plotHeight))
				expect(meets(registerInk, d.ink), `${size}: register label and ${d.id}`).toBe(false);
			// The return's label: under the census label, and (but on the smallest phone, where the
			// census label comes first) above the register's points it reaches back over.
			const census = censusLabel(data, plotWidth, plotHeight);
			const returned = returnedLabel(data, plotWidth, plotHeight);
			const censusBottom = census.y + (census.lines.length - 1) * 16 + 3;
			expect(returned.y - 10, size).toBeGreaterThanOrEqual(censusBottom);
			if (width === 296) continue;
			const left = returned.x - textWidth(data.returned.label, 12);
			const { x, y } = scales(plotWidth, plotHeight);
			for (const p of data.register.filter((p) => x(p.year) + 3 >= left))
				expect(returned.y + 3, `${size} over ${p.id}`).toBeLessThanOrEqual(y(p.high) - 3);
		}
	});
});

describe("population: the decrees' rules and the labels", () => {
	it('never runs a rule through a label in view, on a phone or a desktop', () => {
		for (const size of [
			{ width: 320, height: 300 },
			{ width: 366, height: 420 },
			{ width: 800, height: 640 }
		])
			for (const step of ['return-2', 'return-3', 'return-4'] as const) {
				const $ = svgOf(step, size);
				const where = `${step} at ${size.width}x${size.height}`;
				// Labels in view: not in a group faded out for this step.
				const labels = $('text')
					.filter((_, t) => $(t).closest('.off').length === 0)
					.map((_, t) => {
						const lines = $(t).find('tspan').length
							? $(t)
									.find('tspan')
									.map((_, l) => $(l).text())
									.get()
							: [$(t).text()];
						const anchor = ($(t).attr('text-anchor') ?? 'start') as Anchor;
						return {
							text: lines.join(' '),
							box: inkBox(lines, Number($(t).attr('x')), Number($(t).attr('y')), anchor, false, 16)
						};
					})
					.get();
				const rules = $('path[stroke-dasharray="3 3"]')
					.filter((_, p) => $(p).closest('.off').length === 0)
					.map((_, p) => $(p).attr('d'))
					.get();
				expect(rules.length, where).toBe(2);
				for (const d of rules)
					for (const [, x, a, b] of d.matchAll(/M([\d.-]+),([\d.-]+)V([\d.-]+)/g)) {
						const [rx, top, bottom] = [Number(x), Number(a), Number(b)];
						for (const { text, box } of labels)
							if (rx > box.x0 && rx < box.x1)
								expect(
									bottom <= box.y0 || top >= box.y1,
									`${where}: rule at ${rx} through "${text}"`
								).toBe(true);
					}
			}
	});

	it("sets the estimate's label in even lines", () => {
		for (const width of [296, 336, 366]) {
			const plotWidth = width - SIDES.left - SIDES.right;
			const { lines } = estimateLabel(content.charts.population, plotWidth, 200);
			const widths = lines.map((l) => textWidth(l, 12));
			if (lines.length > 1)
				expect(
					Math.min(...widths) / Math.max(...widths),
					`${width}: ${lines.join(' / ')}`
				).toBeGreaterThan(0.5);
		}
	});
});

describe('recognition: the timeline', () => {
	it('labels the events of each period, from events.csv', () => {
		expect(textOf('recognition-1')).toContain('25 February 1956');
		expect(textOf('recognition-2')).toContain('14 November 1989');
		const r3 = textOf('recognition-3');
		expect(r3).toContain('26 April 1991');
		expect(r3).toContain('17 November 1991');
		const r4 = textOf('recognition-4');
		expect(r4).toContain('8 March 2010');
		expect(r4).toContain('genocide');
		expect(textOf('recognition-5')).toContain('18 September 2023');
	});

	it('ticks years over a long period, and quarters, with their year at January, over a short one', () => {
		// The axis labels: the text set 12 px left of the axis.
		const ticks = (step: keyof typeof STEP_STATES) => {
			const $ = svgOf(step);
			return $(`text[x="${AXIS_X - 12}"]`)
				.map((_, t) => $(t).text().trim())
				.get();
		};
		expect(ticks('recognition-1')).toEqual([
			'1960',
			'1970',
			'1980',
			'1990',
			'2000',
			'2010',
			'2020'
		]);
		expect(ticks('recognition-2')).toEqual(['1988', '1989', '1990']);
		// 1990.8 to 1992.1 and 2009.6 to 2010.7: the events' months can be read off the axis.
		expect(ticks('recognition-3')).toEqual(['1991', 'Apr', 'Jul', 'Oct', '1992']);
		// No quarter before the first January: a bare "Oct" above "2010" read as October 2010.
		expect(ticks('recognition-4')).toEqual(['2010', 'Apr', 'Jul']);
		expect(timeTicks(2009.9, 2011.9, 400).map((t) => t.label)).toEqual(['2010', '2011']);
		expect(timeTicks(2009.6, 2010.7, 400).map((t) => t.value)).toEqual([2010, 2010.25, 2010.5]);
		// A period with no January in view keeps its quarters.
		expect(timeTicks(2010.1, 2010.9, 400).map((t) => t.label)).toEqual(['Apr', 'Jul', 'Oct']);
	});

	it("paints each labelled event's dot over the unlabelled dots beside it", () => {
		for (const step of [
			'recognition-1',
			'recognition-2',
			'recognition-3',
			'recognition-4',
			'recognition-5'
		] as const) {
			const $ = svgOf(step);
			// The marks in view, in paint order (dots, and dashes for dates known to the month):
			// a group's transform places each.
			const dots = $('g:not(.off) > circle, g:not(.off) > line')
				.map((_, c) => ({
					red: $(c).attr('fill') === ACCENT || $(c).attr('stroke') === ACCENT,
					y: Number(/,\s*([\d.-]+)px/.exec($(c).parent().attr('style') ?? '')?.[1])
				}))
				.get();
			// Whatever is painted last where a red dot is must be red.
			for (const dot of dots.filter((d) => d.red)) {
				const there = dots.filter((d) => Math.abs(d.y - dot.y) < 10);
				expect(there.at(-1)!.red, `${step}: a grey dot painted over the red one at ${dot.y}`).toBe(
					true
				);
			}
			expect(
				dots.some((d) => d.red),
				step
			).toBe(true);
		}
	});

	it('rings only the labelled dots: grey dots a pixel or two apart merge, not cut arcs', () => {
		// Seen from 1944, the events of 1989-91 fall within a few pixels of one another: a paper
		// ring round each grey dot drew arcs across its neighbours.
		const $ = svgOf('recognition-1');
		// A dot is a circle set at its group's centre; a dash a rectangle between two end circles.
		const dots = (colour: string) =>
			$('circle:not([style])').filter((_, c) => $(c).attr('fill') === colour);
		const dashes = (colour: string) => $('rect').filter((_, c) => $(c).attr('fill') === colour);
		const grey = dots(DOT);
		const greyDashes = dashes(DOT);
		expect(greyDashes.length).toBeGreaterThan(0);
		expect(grey.length + greyDashes.length).toBe(content.charts.timeline.events.length);
		expect(grey.filter((_, c) => $(c).attr('stroke') !== undefined).length).toBe(0);
		// Each grey dash alone in its group, with its two ends; each red one on a paper dash a ring
		// wider.
		for (const dash of greyDashes.get()) {
			const parts = $(dash).parent().children();
			expect(parts.length).toBe(3);
			expect(parts.filter((_, c) => $(c).attr('fill') === DOT).length).toBe(3);
		}
		const red = dots(ACCENT);
		expect(red.filter((_, c) => $(c).attr('stroke') === PAPER).length).toBe(red.length);
		for (const dash of dashes(ACCENT).get()) {
			const under = $(dash).siblings('rect');
			expect(under.attr('fill')).toBe(PAPER);
			expect(Number(under.attr('width'))).toBe(Number($(dash).attr('width')) + 3);
		}
	});

	/** The lengths of the accent dashes a step's still image shows (drawn as lines there). */
	const stillAccentDashes = (step: 'recognition-1' | 'recognition-4') => {
		const { svg } = graphicInner(STEP_STATES[step] as ChartState, content.charts, 366, 420);
		const still = load(svg, { xml: true });
		return still('line')
			.filter((_, c) => still(c).attr('stroke') === ACCENT)
			.filter((_, c) => still(c).parent().attr('opacity') !== '0')
			.map((_, c) => Number(still(c).attr('y2')) - Number(still(c).attr('y1')))
			.get();
	};

	it('draws a date known only to its month over the whole month, under the days inside it', () => {
		// President Kanokov's address is dated March 2010; the rally on 8 March 2010 falls inside.
		const kanokov = content.charts.timeline.events.find((e) => e.id === 'kanokov_address')!;
		expect(kanokov.dateText).toBe('March 2010');
		expect(kanokov.period).toEqual([2010 + 2 / 12, 2010 + 3 / 12]);
		const $ = svgOf('recognition-4');
		// A month in px, from the axis: "2010" ticks January, "Apr" April (text 4 px below each tick).
		const tickY = (label: string) =>
			Number(
				$(`text[x="${AXIS_X - 12}"]`)
					.filter((_, t) => $(t).text().trim() === label)
					.attr('y')
			);
		const month = (tickY('Apr') - tickY('2010')) / 3;
		expect(month).toBeGreaterThan(20);
		const placed = (el: ReturnType<typeof $>) =>
			Number(/,\s*([\d.-]+)px/.exec(el.parent().attr('style') ?? '')?.[1]);
		const marks = $('g:not(.off) > *').filter((_, c) => $(c).attr('fill') === ACCENT);
		const dash = marks.filter('rect');
		const dot = marks.filter('circle:not([style])');
		expect(dash.length).toBe(1);
		expect(dot.length).toBe(1);
		// On the page a unit rectangle stretched to the month's length, with a round end moved to
		// each of its ends, and no stroke to stretch.
		const length = Number(/scale\(1,([\d.]+)\)/.exec(dash.attr('style') ?? '')?.[1]);
		expect(length).toBeCloseTo(month, 0);
		expect(Number(dash.attr('height'))).toBe(1);
		expect(Number(dash.attr('y'))).toBe(-0.5);
		const ends = dash
			.siblings('circle')
			.filter((_, c) => $(c).attr('fill') === ACCENT)
			.map((_, c) => Number(/translate\(0px,\s*([\d.-]+)px\)/.exec($(c).attr('style') ?? '')?.[1]))
			.get();
		expect(ends).toHaveLength(2);
		expect(ends[0]).toBeCloseTo(-length / 2, 1);
		expect(ends[1]).toBeCloseTo(length / 2, 1);
		expect($('[vector-effect]', dash.parent()).length).toBe(0);
		// Centred on mid-March: from 1 March to 1 April.
		const marchStart = tickY('2010') - 4 + 2 * month;
		expect(placed(dash) - length / 2).toBeCloseTo(marchStart, 0);
		// The 8 March dot lies on the dash and is painted after it.
		expect(placed(dot)).toBeGreaterThan(placed(dash) - length / 2);
		expect(placed(dot)).toBeLessThan(placed(dash) - length / 4);
		expect(marks.index(dot)).toBeGreaterThan(marks.index(dash));
		// Standalone (stills, cards), the same dash is drawn at its length.
		const shown = stillAccentDashes('recognition-4');
		expect(shown).toHaveLength(1);
		expect(shown[0]).toBeCloseTo(month, 0);
	});

	it('draws a month as a dash even on a long view, where the month is a pixel or two', () => {
		for (const step of ['recognition-1', 'recognition-5'] as const) {
			const $ = svgOf(step);
			const marks = $('g:not(.off) > *').filter((_, c) => $(c).attr('fill') === ACCENT);
			const dash = marks.filter('rect');
			expect(dash.length, step).toBe(1);
			const length = Number(/scale\(1,([\d.]+)\)/.exec(dash.attr('style') ?? '')?.[1]);
			expect(length, step).toBeGreaterThanOrEqual(MIN_DASH);
		}
		// Standalone too: the still's dash is a line at least that long.
		const shown = stillAccentDashes('recognition-1');
		expect(shown).toHaveLength(1);
		expect(shown[0]).toBeGreaterThanOrEqual(MIN_DASH);
	});

	it('keeps labels from overlapping at phone size', () => {
		for (const step of ['recognition-1', 'recognition-3', 'recognition-4'] as const) {
			const $ = svgOf(step);
			const tops = $('text[font-weight="600"]')
				.map((_, t) => Number($(t).attr('y')))
				.get()
				.sort((a, b) => a - b);
			for (let i = 1; i < tops.length; i++)
				expect(tops[i]! - tops[i - 1]!, step).toBeGreaterThanOrEqual(28);
		}
	});
});

describe('every chart at 360 px', () => {
	it('sets no text below 12 px', () => {
		for (const step of Object.keys(STEP_STATES) as (keyof typeof STEP_STATES)[]) {
			const state = STEP_STATES[step] as ChartState;
			const { body } = render(Graphic, {
				props: { state, charts: content.charts, width: 360, height: 420 }
			});
			const sizes = [...body.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
			for (const s of sizes) expect(s, step).toBeGreaterThanOrEqual(12);
		}
	});

	it('sets text only in the weights the still images have fonts for', () => {
		// resvg draws a weight it has no face for in the regular one: the timeline's dates, at 650,
		// came out of the still images unbolded while the page showed them bold.
		const faces = new Set(FONT_FILES.map((f) => /SourceSans3_(\d+)/.exec(f)![1]));
		let checked = 0;
		for (const step of Object.keys(STEP_STATES) as (keyof typeof STEP_STATES)[]) {
			const { svg } = graphicInner(STEP_STATES[step] as ChartState, content.charts, 360, 420);
			const weights = [...svg.matchAll(/font-weight[=:]\s*"?([^";]+)/g)].map((m) => m[1]!);
			for (const w of weights) expect(faces, `${step}: font-weight ${w}`).toContain(w);
			checked += weights.length;
		}
		expect(checked).toBeGreaterThan(20);
	});
});
