// Every chapter's graphic in the browser, at phone and desktop size: each step scrolled into view
// shows its chart, and the marks and labels that state promises are drawn and visible.
import type { Page } from '@playwright/test';
import { ACCENT } from '../../src/lib/graphics/palette.ts';
import { STEP_STATES } from '../../src/lib/graphics/registry.ts';
import { chartsOf } from '../../src/lib/graphics/states.ts';
import type { StepId } from '../../src/lib/story/chapters.ts';
import {
	expect,
	expectActive,
	graphic,
	open,
	scrollToStep,
	settled,
	SLUGS,
	stepsOf,
	test,
	type Slug
} from './fixtures.ts';

/** A label each step's visible chart must show (from graphics.aml and data/, as rendered). */
const PROMISES: Record<string, { chart: string; text: RegExp; slug: Slug }> = {
	'occupation-1': {
		slug: 'occupation',
		chart: 'occupation-map',
		text: /Kabardino-Balkaria.*Nalchik/s
	},
	'occupation-2': {
		slug: 'occupation',
		chart: 'occupation-map',
		text: /August 1942: German troops enter/
	},
	'occupation-3': {
		slug: 'occupation',
		chart: 'occupation-map',
		text: /Late October 1942: Nalchik falls/
	},
	'occupation-4': {
		slug: 'occupation',
		chart: 'livestock',
		text: /Sheep.*314,900.*Cattle.*45,500/s
	},
	'occupation-5': { slug: 'occupation', chart: 'occupation-map', text: /Early January 1943/ },
	'eviction-5': { slug: 'eviction', chart: 'peoples', text: /Chechens and Ingush.*Balkars/s },
	'exile-1': {
		slug: 'exile',
		chart: 'exile-map',
		text: /Chkalov.*Nine trains: Orenburg ?railway/s
	},
	'exile-2': { slug: 'exile', chart: 'exile-map', text: /Kazakh SSR: more than 21,000/ },
	'exile-3': { slug: 'exile', chart: 'deaths', text: /NKVD records.*562/s },
	'exile-4': { slug: 'exile', chart: 'deaths', text: /Balkar community.*18,000–24,000/s },
	'exile-5': { slug: 'exile', chart: 'population', text: /special-settler/ },
	'return-1': { slug: 'return', chart: 'population', text: /regime lifted/ },
	'return-4': { slug: 'return', chart: 'population', text: /42,408 counted/ },
	'recognition-1': { slug: 'recognition', chart: 'timeline', text: /25 February 1956/ },
	'recognition-2': { slug: 'recognition', chart: 'timeline', text: /14 November 1989/ },
	'recognition-3': { slug: 'recognition', chart: 'timeline', text: /26 April 1991/ },
	'recognition-4': { slug: 'recognition', chart: 'timeline', text: /8 March 2010/ },
	'recognition-5': { slug: 'recognition', chart: 'timeline', text: /18 September 2023/ }
};

test('each step shows its chart, with the labels its state promises, visible', async ({ page }) => {
	await open(page);
	for (const [step, promise] of Object.entries(PROMISES)) {
		await scrollToStep(page, step);
		await expectActive(page, step);
		const g = graphic(page, promise.slug);
		await expect(g, step).toHaveAttribute('data-chart', promise.chart);
		const layer = g.locator(`.layer[data-layer="${promise.chart}"]`);
		await expect(layer, step).toBeVisible();
		await expect(layer.locator('svg'), step).toContainText(promise.text);
		// The title above is the chart's own.
		await expect(g.locator('.graphic-title:visible'), step).toHaveCount(1);
	}
});

test('a date known only to its month grows from a dot into a dash the length of that month', async ({
	page
}) => {
	await open(page);
	const svg = graphic(page, 'recognition').locator('.layer[data-layer="timeline"] svg');
	// The red dash shown, March 2010 (kanokov_address), and a month's length on the axis.
	const measure = () =>
		svg.evaluate((root, accent) => {
			const tick = (label: string) =>
				[...root.querySelectorAll('text')].find((t) => t.textContent?.trim() === label);
			// The dash's body: a rectangle between its two round ends (EventMark).
			const dash = [...root.querySelectorAll('g:not(.off) > rect')].find(
				(l) => l.getAttribute('fill') === accent
			);
			const jan = tick('2010')?.getBoundingClientRect();
			const apr = tick('Apr')?.getBoundingClientRect();
			return {
				month: jan && apr ? (apr.top - jan.top) / 3 : null,
				dash: dash ? dash.getBoundingClientRect().height : null
			};
		}, ACCENT);
	await scrollToStep(page, 'recognition-3');
	await expectActive(page, 'recognition-3');
	await settled(page, '#recognition [data-graphic]');
	// Over 1991 the 2010 address is not labelled, so no red dash is shown.
	expect((await measure()).dash).toBeNull();
	await scrollToStep(page, 'recognition-4');
	await expectActive(page, 'recognition-4');
	await settled(page, '#recognition [data-graphic]');
	const { month, dash } = await measure();
	expect(month).toBeGreaterThan(15);
	expect(Math.abs(dash! - month!)).toBeLessThan(1.5);
});

test('a jump to the last step of each chapter shows that step', async ({ page }) => {
	await open(page);
	for (const step of [
		'occupation-5',
		'accusation-5',
		'eviction-5',
		'exile-5',
		'return-4',
		'recognition-5'
	]) {
		await page.evaluate(
			(id) => document.getElementById(id)!.scrollIntoView({ behavior: 'instant' }),
			step
		);
		await expectActive(page, step);
	}
});

test('a resize and a rotation keep every graphic in its state, re-laid out', async ({ page }) => {
	await open(page);
	await scrollToStep(page, 'exile-4');
	await expectActive(page, 'exile-4');
	const size = page.viewportSize()!;
	await page.setViewportSize({ width: size.height, height: size.width });
	await page.waitForTimeout(600);
	await expectActive(page, 'exile-4');
	await page.setViewportSize(size);
	await page.waitForTimeout(600);
	await expectActive(page, 'exile-4');
	const svg = graphic(page, 'exile').locator('.layer[data-layer="deaths"] svg');
	const box = (await svg.boundingBox())!;
	const viewBox = (await svg.getAttribute('viewBox'))!.split(' ').map(Number);
	// One SVG unit is one CSS pixel again after the re-layout.
	expect(Math.abs(viewBox[2]! - box.width)).toBeLessThan(2);
});

test('each chart names its sources: in the panel on a large screen, after the steps on a phone', async ({
	page
}) => {
	await open(page);
	const large = page.viewportSize()!.width >= 1024 && page.viewportSize()!.height > 600;
	for (const slug of SLUGS) {
		const list = page.locator(`#${slug} .chart-sources`);
		const inPanel = graphic(page, slug).locator('.graphic-foot .shown .source');
		const charts = chartsOf(stepsOf(slug) as StepId[], STEP_STATES);
		await expect(list.locator('p'), slug).toHaveCount(charts.length);
		if (large) {
			await expect(inPanel, slug).toBeVisible();
			await expect(inPanel, slug).toContainText(/^Sources: /);
			await expect(list, slug).toBeHidden();
		} else {
			await expect(inPanel, slug).toBeHidden();
			await expect(list, slug).toBeVisible();
			for (const p of await list.locator('p').all()) await expect(p).toContainText(/\. Sources: /);
			// The list follows the chapter's last step, where the graphic leaves the screen.
			const after = await list.evaluate(
				(el, last) =>
					Boolean(
						document.getElementById(last)!.compareDocumentPosition(el) &
						Node.DOCUMENT_POSITION_FOLLOWING
					),
				stepsOf(slug).at(-1)!
			);
			expect(after, slug).toBe(true);
		}
	}
});

/** Runs in the page: where the active chart's notes sit against its drawing and its panel. */
function notesPlace(g: Element) {
	const svgTexts = [...g.querySelectorAll('.layer.shown svg text')].filter(
		(t) => t.textContent!.trim() && Number(getComputedStyle(t).opacity) > 0.05
	);
	const chartBottom = Math.max(...svgTexts.map((t) => t.getBoundingClientRect().bottom));
	const title = g.querySelector('.graphic-title.shown')!.getBoundingClientRect();
	const note = g.querySelector('.graphic-foot .shown')!.getBoundingClientRect();
	const panel = g.getBoundingClientRect();
	return {
		gap: note.top - chartBottom,
		above: title.top - panel.top,
		below: panel.bottom - note.bottom
	};
}

async function expectNotesUnderChart(page: Page, slug: string) {
	await settled(page, `[data-graphic="${slug}"]`);
	const m = await graphic(page, slug).evaluate(notesPlace);
	expect(
		m.gap,
		`room between the chart and its notes: ${JSON.stringify(m)}`
	).toBeGreaterThanOrEqual(0);
	expect(m.gap, `room between the chart and its notes: ${JSON.stringify(m)}`).toBeLessThan(24);
	// Beside the steps, title, chart and notes are centred in the panel together.
	const { width, height } = page.viewportSize()!;
	if (width >= 1024 || (width > height && height <= 600))
		expect(Math.abs(m.above - m.below), JSON.stringify(m)).toBeLessThan(24);
}

// The livestock bars and the deaths rows end well above the foot of a tall panel, and a map as
// wide as a phone leaves room under its text. Their notes once stayed at the panel's foot, up to a
// screen's third away from the chart they explain.
for (const [id, slug] of [
	['occupation-1', 'occupation'],
	['occupation-4', 'occupation'],
	['exile-2', 'exile'],
	['exile-3', 'exile'],
	['exile-4', 'exile']
] as const) {
	test(`at ${id} the chart's notes sit just under it`, async ({ page }) => {
		await open(page);
		await scrollToStep(page, id);
		await expectActive(page, id);
		await expect(graphic(page, slug)).toHaveAttribute('data-drawn');
		await expectNotesUnderChart(page, slug);
	});
}

test("a phone turned sideways and back keeps each chart's notes under it", async ({
	page
}, info) => {
	test.skip(info.project.name !== 'phone', 'a phone turned: run once');
	await open(page);
	await scrollToStep(page, 'exile-3');
	await expectActive(page, 'exile-3');
	await expect(graphic(page, 'exile')).toHaveAttribute('data-drawn');
	for (const size of [
		{ width: 844, height: 390 },
		{ width: 390, height: 844 }
	]) {
		await page.setViewportSize(size);
		await scrollToStep(page, 'exile-3');
		await expectActive(page, 'exile-3');
		await expectNotesUnderChart(page, 'exile');
	}
});

/** Runs in the page: the gap from the foot of the dots drawn to the notes, and the notes' top. */
function dotNotes(g: Element) {
	const canvas = g.querySelector<HTMLCanvasElement>('.layer.shown canvas.dots')!;
	const foot = canvas.getBoundingClientRect().top + Number(canvas.dataset.foot);
	const note = g.querySelector('.graphic-foot .shown')!.getBoundingClientRect();
	return { gap: note.top - foot, noteTop: note.top - g.getBoundingClientRect().top };
}

// On a desktop the dots end well above the foot of the panel: their notes stayed there, a third of
// the panel below the people at 1536x864. They come up to the lowest foot among the chapter's
// steps, and stay put from step to step.
test("on a desktop the dots' notes sit under the dots and stay put through a chapter", async ({
	page
}, info) => {
	test.skip(info.project.name !== 'desktop', 'a desktop panel');
	await open(page);
	for (const [chapter, steps] of [
		['accusation', ['accusation-1', 'accusation-3', 'accusation-5']],
		['eviction', ['eviction-1', 'eviction-2', 'eviction-3', 'eviction-4']]
	] as const) {
		const tops: number[] = [];
		const gaps: number[] = [];
		for (const id of steps) {
			await scrollToStep(page, id);
			await expectActive(page, id);
			await expect(graphic(page, chapter)).toHaveAttribute('data-drawn');
			await settled(page, `[data-graphic="${chapter}"]`);
			const m = await graphic(page, chapter).evaluate(dotNotes);
			expect(m.gap, `${id}: ${JSON.stringify(m)}`).toBeGreaterThanOrEqual(0);
			tops.push(Math.round(m.noteTop));
			gaps.push(m.gap);
		}
		// Under the chapter's tallest state the notes sit just under the dots.
		expect(Math.min(...gaps), `${chapter}: ${gaps}`).toBeLessThan(24);
		expect(Math.max(...tops) - Math.min(...tops), `${chapter}: ${tops}`).toBeLessThanOrEqual(1);
	}
});
