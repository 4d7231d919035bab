// Printing the story: one column of text, every step with its still image beside it (loaded even where lazy
// loading had not reached it), and no sticky graphic.
import { expect, graphic, open, SLUGS, STEPS, test } from './fixtures.ts';

test('print shows every step with its still image and hides the sticky graphics', async ({
	page
}) => {
	await open(page);
	// What the browser fires before it prints; lazy images must start loading then.
	await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
	await page.emulateMedia({ media: 'print' });
	for (const slug of SLUGS) await expect(graphic(page, slug)).toBeHidden();
	for (const step of STEPS) {
		const img = page.locator(`[data-step="${step}"] img`);
		await expect(img, `${step}: its still image`).toBeVisible();
		await expect(img).toHaveAttribute('loading', 'eager');
		await expect
			.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth), {
				message: `${step}: the image has loaded without being scrolled to`
			})
			.toBeGreaterThan(0);
	}
	await expect(page.locator('details.numbers').first()).toBeHidden();
	// On a page as wide as A4, each picture sits beside its text, so a page holds two steps; on
	// a narrower one, under it.
	const wide = page.viewportSize()!.width >= 600;
	for (const step of ['occupation-1', 'exile-3', 'recognition-5']) {
		const [text, picture] = await Promise.all(
			[`[data-step="${step}"] .fragment`, `[data-step="${step}"] img`].map((s) =>
				page
					.locator(s)
					.first()
					.evaluate((el) => {
						const r = el.getBoundingClientRect();
						return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
					})
			)
		);
		if (wide) {
			expect(picture!.left, step).toBeGreaterThanOrEqual(text!.right);
			expect(Math.abs(picture!.top - text!.top), step).toBeLessThan(40);
		} else {
			expect(picture!.top, step).toBeGreaterThanOrEqual(text!.bottom);
		}
	}
});
