// The "still images" reading mode: the scroll-driven graphics give way to each step's still image,
// the reader keeps their place, and the choice survives a reload until they switch back.
import { expect, graphic, open, scrollToStep, SLUGS, STEPS, test } from './fixtures.ts';
import type { Page } from '@playwright/test';

const toggle = (page: Page) => page.locator('.story-head .mode');

/** The step images that have loaded, and their size on screen. */
const stills = (page: Page) =>
	page.locator('.step-graphic img').evaluateAll((imgs) =>
		(imgs as HTMLImageElement[]).map((img) => {
			const r = img.getBoundingClientRect();
			return { loaded: img.complete && img.naturalWidth > 0, width: r.width, height: r.height };
		})
	);

test('still images replace the graphics, keep the reader in place, and persist', async ({
	page
}) => {
	await open(page);
	await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
	await expect(page.locator('.step-graphic img').first()).toBeHidden();

	// A reader in the exile chapter uses the chapter's own switch.
	const chapterToggle = page.locator('#exile .mode');
	await chapterToggle.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
	await chapterToggle.click();
	await expect(chapterToggle).toHaveAttribute('aria-pressed', 'true');
	await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('html.static-graphics')).toHaveCount(1);
	// The page above has changed height by thousands of pixels; the reader is still in the exile
	// chapter, within a screen of where they tapped.
	const { top, height } = await chapterToggle.evaluate((el) => ({
		top: el.getBoundingClientRect().top,
		height: innerHeight
	}));
	expect(Math.abs(top), `the switch is ${Math.round(top)} px from the top`).toBeLessThan(height);
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
