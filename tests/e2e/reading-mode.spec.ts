// The "still images" reading mode: the scroll-driven graphics give way to each step's still image,
// the reader keeps their place, and the choice survives a reload until they switch back.
import {
	expect,
	expectActive,
	graphic,
	open,
	scrollToStep,
	SLUGS,
	STEPS,
	test
} from './fixtures.ts';
import type { Locator, Page } from '@playwright/test';

const toggle = (page: Page) => page.locator('.story-head .mode');

/** The step images that have loaded, and their size on screen. */
const stills = (page: Page) =>
	page.locator('.step-graphic img').evaluateAll((imgs) =>
		(imgs as HTMLImageElement[]).map((img) => {
			const r = img.getBoundingClientRect();
			return { loaded: img.complete && img.naturalWidth > 0, width: r.width, height: r.height };
		})
	);

/** Where an element's top is on screen, in px. */
const topOf = (locator: Locator) => locator.evaluate((el) => el.getBoundingClientRect().top);

test('still images replace the graphics, keep the reader in place, and persist', async ({
	page
}) => {
	await open(page);
	await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
	await expect(page.locator('.step-graphic img').first()).toBeHidden();

	// A reader in the exile chapter uses the chapter's own switch. The page above it changes height
	// by thousands of pixels; the switch stays under their finger, with the focus on it.
	const chapterToggle = page.locator('#exile .mode');
	await chapterToggle.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
	const tapped = await topOf(chapterToggle);
	await chapterToggle.click();
	await expect(chapterToggle).toHaveAttribute('aria-pressed', 'true');
	await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('html.static-graphics')).toHaveCount(1);
	await expect.poll(async () => Math.abs((await topOf(chapterToggle)) - tapped)).toBeLessThan(2);
	await expect(chapterToggle).toBeFocused();
	await expect(chapterToggle).toBeInViewport();
	const here = page.locator('#exile-3 .step-graphic img');
	await expect(here).toBeVisible();
	await here.scrollIntoViewIfNeeded();
	await expect.poll(() => here.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(360);
	// No sticky graphic is left on screen over the steps.
	for (const slug of SLUGS) await expect(graphic(page, slug)).toBeHidden();

	// Every step has a picture, as wide as the card allows but never taller than most of the
	// screen, nor narrower than it was drawn.
	const viewport = page.viewportSize()!;
	const sizes = await stills(page);
	expect(sizes).toHaveLength(STEPS.length);
	for (const s of sizes) {
		expect(s.width).toBeGreaterThanOrEqual(Math.min(360, viewport.width - 40));
		expect(s.height).toBeLessThanOrEqual(Math.max(500, viewport.height * 0.8 + 1));
	}

	// A reload keeps the choice, before the app has even started.
	await page.reload();
	await expect(page.locator('html.static-graphics')).toHaveCount(1);
	await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('#occupation-1 .step-graphic img')).toBeVisible();

	// Switching back brings the graphics back, and that choice persists too.
	await toggle(page).click();
	await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
	await expect(page.locator('html.static-graphics')).toHaveCount(0);
	await page.reload();
	await expect(page.locator('[data-graphic]:not([data-ready])')).toHaveCount(0);
	await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
	await expect(page.locator('#occupation-1 .step-graphic img')).toBeHidden();
	await scrollToStep(page, 'exile-3');
	await expect(graphic(page, 'exile')).toBeVisible();
});

test('switching modes keeps the reader at the top, or at the step they are reading', async ({
	page
}) => {
	await open(page);
	// At the top of the page the header's switch stays put: the reader is not carried off to the
	// first chapter past the introduction.
	await toggle(page).click();
	await expect(page.locator('html.static-graphics')).toHaveCount(1);
	await expect.poll(() => page.evaluate(() => scrollY)).toBe(0);
	await expect(toggle(page)).toBeFocused();
	await toggle(page).click();
	await expect(page.locator('html.static-graphics')).toHaveCount(0);
	await expect.poll(() => page.evaluate(() => scrollY)).toBe(0);

	// Reading a step, with no switch on screen (a keyboard reader whose focus stayed on it): the
	// step's text keeps its place both ways, and the graphic comes back in that step's state.
	await scrollToStep(page, 'exile-3');
	await expectActive(page, 'exile-3');
	const step = page.locator('#exile-3');
	const reading = await topOf(step);
	for (const mode of ['static', 'scroll']) {
		await toggle(page).evaluate((el: HTMLElement) => el.click());
		await expect(page.locator('html.static-graphics')).toHaveCount(mode === 'static' ? 1 : 0);
		await expect
			.poll(async () => Math.abs((await topOf(step)) - reading), `#exile-3 in ${mode} mode`)
			.toBeLessThan(2);
	}
	await expectActive(page, 'exile-3');
});

test('in the still-images mode no graphic is drawn, not even ahead of the reader', async ({
	page
}) => {
	await page.addInitScript(() => localStorage.setItem('reading-mode', 'static'));
	await open(page);
	await expect(page.locator('html.static-graphics')).toHaveCount(1);
	// Reading the first chapter, then a pause: the time in which the next chapter's graphic is
	// drawn in the scroll-driven mode.
	await scrollToStep(page, 'occupation-2');
	await page.waitForTimeout(2500);
	await expect(page.locator('.lazy-graphic > *')).toHaveCount(0);
});

test('a window with no room for a graphic gets still images, and the graphics come back with the room', async ({
	page
}) => {
	// A 1280 x 800 screen zoomed to 400 %.
	const size = page.viewportSize()!;
	await page.setViewportSize({ width: 320, height: 200 });
	await open(page);
	await expect(page.locator('html.static-graphics')).toHaveCount(1);
	await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
	await expect(graphic(page, 'exile')).toBeHidden();
	await expect(page.locator('#exile-2 .step-graphic img')).toBeVisible();
	expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(
		true
	);
	// Zoomed back out: the reader never chose still images, so the graphics return, and nothing
	// was remembered.
	await page.setViewportSize(size);
	await expect(page.locator('html.static-graphics')).toHaveCount(0);
	await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
	expect(await page.evaluate(() => localStorage.getItem('reading-mode'))).toBeNull();
	await scrollToStep(page, 'exile-2');
	await expectActive(page, 'exile-2');
	await expect(graphic(page, 'exile')).toBeVisible();
});

test('in forced colours the pressed switch still looks pressed', async ({ page }) => {
	await page.emulateMedia({ forcedColors: 'active' });
	await open(page);
	await toggle(page).click();
	await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
	// Forced colours paint a plain pressed button in the page's own colour (Canvas): what shows is
	// the system's selection colour, unlike the page behind it.
	const [button, pageColour] = await toggle(page).evaluate((b) => [
		getComputedStyle(b).backgroundColor,
		getComputedStyle(document.documentElement).backgroundColor
	]);
	expect(button).not.toMatch(/^rgba\(.*, 0\)$/);
	expect(button).not.toBe(pageColour);
});
