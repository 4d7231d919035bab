// Arriving mid-story: a reload part-way down, links to a step or a chapter, and an in-page jump.
import type { Page } from '@playwright/test';
import {
	expect,
	expectActive,
	expectDots,
	graphic,
	open,
	scrollToStep,
	SLUGS,
	STEPS,
	test
} from './fixtures.ts';

test('a reload mid-page keeps the step', async ({ page }) => {
	await open(page);
	await scrollToStep(page, 'exile-2');
	await expectActive(page, 'exile-2');
	// Let the URL follow the chapter (it is throttled), as it would while reading.
	await page.waitForTimeout(1700);
	await page.reload();
	await expect(page.locator('[data-graphic]:not([data-ready])')).toHaveCount(0);
	await expectActive(page, 'exile-2');
});

test('a reload on a dot-chart step keeps its marks', async ({ page }) => {
	await open(page);
	await scrollToStep(page, 'accusation-5');
	await expectActive(page, 'accusation-5');
	await page.reload();
	await expect(page.locator('[data-graphic]:not([data-ready])')).toHaveCount(0);
	await expectActive(page, 'accusation-5');
	await expectDots(page, 'accusation', { chart: 'dots', layout: 'people', highlight: 'everyone' });
});

test('opening /#eviction-2 shows eviction-2', async ({ page }) => {
	await open(page, '/#eviction-2');
	await expect(graphic(page, 'eviction')).toHaveAttribute('data-active-step', 'eviction-2');
	await expectActive(page, 'eviction-2');
	// The step's top is in view, above the trigger line, and (where the graphic is on top, on
	// phones) not behind the graphic.
	const { top, trigger, graphicBottom, graphicLeft, stepLeft } = await page.evaluate(() => {
		const step = document.getElementById('eviction-2')!.getBoundingClientRect();
		const g = document.querySelector('[data-graphic="eviction"]')!.getBoundingClientRect();
		const f = parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--trigger'));
		return {
			top: step.top,
			trigger: f * innerHeight,
			graphicBottom: g.bottom,
			graphicLeft: g.left,
			stepLeft: step.left
		};
	});
	expect(top).toBeGreaterThanOrEqual(0);
	expect(top).toBeLessThanOrEqual(trigger + 1);
	if (Math.abs(graphicLeft - stepLeft) < 50) expect(top).toBeGreaterThanOrEqual(graphicBottom - 2);
	await expectDots(page, 'eviction', { chart: 'dots', layout: 'encircled', forces: true });
});

/** Runs in the page: the chapter's sticky graphic, against the viewport. */
const panelInView = (slug: string) => {
	const g = document.querySelector(`[data-graphic="${slug}"]`)!.closest('.graphic')!;
	const r = g.getBoundingClientRect();
	// Side by side, the graphic sticks centred in the screen's height; above it on a phone, at 0.
	const beside =
		Math.abs(r.left - document.getElementById(`${slug}-1`)!.getBoundingClientRect().left) > 50;
	const stuck = beside ? (innerHeight - r.height) / 2 : 0;
	return {
		top: Math.round(r.top),
		bottom: Math.round(r.bottom),
		height: innerHeight,
		stuck,
		beside
	};
};
/** Links to two chapters' first steps: each graphic whole on screen, and (side by side) already
 * stuck in its place. */
async function expectFirstStepLandings(page: Page) {
	for (const id of ['accusation-1', 'exile-1']) {
		await open(page, `/#${id}`);
		await expectActive(page, id);
		const panel = await page.evaluate(panelInView, id.replace(/-\d+$/, ''));
		expect(panel.top, id).toBeGreaterThanOrEqual(0);
		expect(panel.bottom, id).toBeLessThanOrEqual(panel.height + 1);
		if (panel.beside) expect(Math.abs(panel.top - panel.stuck), id).toBeLessThanOrEqual(2);
	}
}

// A link to a chapter's first step used to land before the graphic had stuck in its place: held
// sideways, the foot of the panel, its notes, were off the screen.
test('a link to a first step shows the whole graphic', async ({ page }) => {
	await expectFirstStepLandings(page);
});

test.describe('on a phone held sideways', () => {
	test.use({ viewport: { width: 844, height: 390 } });
	test('a link to a first step shows the whole graphic', async ({ page }, info) => {
		test.skip(info.project.name !== 'phone', 'a phone turned: run once');
		await expectFirstStepLandings(page);
	});
});

test('opening /#exile-4 shows exile-4', async ({ page }) => {
	await open(page, '/#exile-4');
	await expectActive(page, 'exile-4');
});

test('opening /#exile shows exile-1', async ({ page }) => {
	await open(page, '/#exile');
	await expect(graphic(page, 'exile')).toHaveAttribute('data-active-step', 'exile-1');
	await expect(graphic(page, 'eviction')).toHaveAttribute('data-active-step', 'eviction-5');
	await expect(graphic(page, 'return')).toHaveAttribute('data-active-step', 'return-1');
	await expect(page.locator('#exile h2')).toBeInViewport();
});

// A shared link costs a slow phone one chart's mount: the chart on screen. The chapter's other
// charts and the graphics within a screen wait for the reader's first move, then follow.
test('a link to a chapter draws only the chart on screen until the reader moves', async ({
	page
}) => {
	const drawn = (slug: string, layer: string) =>
		graphic(page, slug).locator(`.layer[data-layer="${layer}"] .lazy-graphic > *`);
	await open(page, '/#exile');
	await expect(graphic(page, 'exile')).toHaveAttribute('data-drawn', 'true');
	await expect(drawn('exile', 'exile-map')).not.toHaveCount(0);
	// Time for any queued mount to run: nothing else may be drawn.
	await page.waitForTimeout(1000);
	await expect(drawn('exile', 'deaths')).toHaveCount(0);
	await expect(drawn('exile', 'population')).toHaveCount(0);
	await expect(drawn('eviction', 'peoples')).toHaveCount(0);
	await page.mouse.move(100, 300);
	await page.mouse.wheel(0, 40);
	await expect(drawn('exile', 'deaths')).not.toHaveCount(0);
	await expect(drawn('exile', 'population')).not.toHaveCount(0);
	await expect(drawn('eviction', 'peoples')).not.toHaveCount(0);
});

// Mounting a chart mid-scroll costs a slow phone frames the reader sees: the next chapter's
// graphic is drawn in a pause of the reading instead, before the reader scrolls to it.
test('the next chapter is drawn in a pause of the reading, not while the page scrolls', async ({
	page
}) => {
	const drawn = (slug: string) => graphic(page, slug).locator('.layer .lazy-graphic > *');
	await open(page);
	// The reader goes to the first chapter's second step and keeps scrolling, 20 px every 100 ms
	// for 1.5 s, within that chapter.
	await page.evaluate(async () => {
		const step = document.getElementById('occupation-2')!.getBoundingClientRect().top;
		window.scrollBy({ top: step - innerHeight / 2, behavior: 'instant' });
		for (let i = 0; i < 15; i++) {
			await new Promise((done) => setTimeout(done, 100));
			window.scrollBy({ top: 20, behavior: 'instant' });
		}
	});
	await expect(drawn('accusation')).toHaveCount(0);
	await expectActive(page, 'occupation-2');
	expect(
		await page.evaluate(
			() => document.getElementById('accusation')!.getBoundingClientRect().top / innerHeight
		)
	).toBeGreaterThan(2);
	// Then a pause: the next chapter's graphic is drawn, the one after it is not.
	await expect(graphic(page, 'accusation')).toHaveAttribute('data-drawn', 'true');
	await expect(drawn('accusation')).not.toHaveCount(0);
	await page.waitForTimeout(1000);
	await expect(drawn('eviction')).toHaveCount(0);
});

test('a link to a step from within the page lands on it', async ({ page }) => {
	await open(page);
	await page.evaluate(() => (location.hash = '#return-3'));
	await expectActive(page, 'return-3');
});

// A slow network delivers the page in pieces, and the browser lays out (and may paint) each one:
// a share link to #exile can be showing when the HTML has reached the chapter's first step but not
// its graphic, which comes after the steps in reading order. The step must already be where it
// will stay (it moved 445 px down the phone's screen when the graphic arrived).
test('a step keeps its place while the page is still arriving', async ({ page, request }) => {
	const html = await (await request.get('/')).text();
	const body = html.indexOf('<body');
	// The whole page without its scripts: the layout a reader sees before the app starts.
	const whole = html.slice(0, body) + html.slice(body).replace(/<script[\s\S]*?<\/script>/g, '');
	const firstStep = whole.indexOf('id="exile-1"');
	const cut = whole.slice(0, whole.indexOf('</li>', firstStep) + '</li>'.length);
	expect(cut).not.toContain('data-graphic="exile"');
	const stepOffset = async (doc: string) => {
		await page.route('/', (r) => r.fulfill({ body: doc, contentType: 'text/html' }));
		await page.goto('/');
		await page.unroute('/');
		return page.evaluate(
			() =>
				document.getElementById('exile-1')!.getBoundingClientRect().top -
				document.getElementById('exile')!.getBoundingClientRect().top
		);
	};
	const arriving = await stepOffset(cut);
	const arrived = await stepOffset(whole);
	expect(Math.abs(arriving - arrived)).toBeLessThanOrEqual(1);
});

// The story's text is drawn into the prerendered page by the server (static fragments), so the
// story must always be loaded as a page, never drawn by the client-side router from another page.
for (const from of ['/republish/', '/data/']) {
	test(`the link from ${from} back to the story loads the whole story`, async ({ page }) => {
		await page.goto(from);
		// Wait for the app, so a client-side navigation would be the router's.
		await page.waitForFunction(() => document.querySelector('a[href="/"], a[href="../"]'));
		await page.waitForLoadState('networkidle');
		await page.locator('main a[href="/"], main a[href="../"]').first().click();
		await expect(page).toHaveURL(/\/$/);
		await expect(page.locator('[data-step]')).toHaveCount(STEPS.length);
		await expect(page.locator('.byline')).not.toBeEmpty();
		await expect(page.locator('[data-graphic]:not([data-ready])')).toHaveCount(0);
	});
}

// The header and each chapter are islands the browser hydrates after the page
// (components/Island.svelte): each must take over the server's markup, not draw it again (which
// would lose its text).
test('the header and chapters are hydrated in place, not drawn again', async ({ page }) => {
	await page.addInitScript(() => {
		document.addEventListener('DOMContentLoaded', () => {
			(window as unknown as { prerendered: Element[] }).prerendered = [
				...document.querySelectorAll('section.chapter, [data-graphic], [data-step], button')
			];
		});
	});
	await open(page);
	const { kept, total } = await page.evaluate(() => {
		const nodes = (window as unknown as { prerendered: Element[] }).prerendered;
		return { kept: nodes.filter((n) => n.isConnected).length, total: nodes.length };
	});
	expect(total).toBeGreaterThan(STEPS.length + 2 * SLUGS.length);
	expect(kept).toBe(total);
	// Hydrated: every button works (they are disabled until then), and the republish link has
	// become the button that opens the dialog.
	await expect(page.locator('main button:disabled')).toHaveCount(0);
	await expect(page.locator('.story-head button.republish-button')).toHaveCount(1);
	await expect(page.locator('section.chapter .share-button')).toHaveCount(SLUGS.length);
});
