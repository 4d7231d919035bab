// Without JavaScript the story is still all there: every chapter title, every step's text, and
// every step's graphic as its prerendered still image (the sticky graphics need JavaScript).
import { loadContent } from '../../src/lib/server/content.ts';
import { expect, graphic, SLUGS, stepsOf, test } from './fixtures.ts';

test.use({ javaScriptEnabled: false });

const story = loadContent().story;
/** The first words of a paragraph of resolved copy, as the reader sees them. */
const plain = (html: string) =>
	html
		.replace(/<[^>]+>/g, '')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ')
		.trim();

test('every chapter, step and graphic is visible without JavaScript', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('h1')).toBeVisible();
	expect(story.chapters.map((c) => c.slug)).toEqual([...SLUGS]);
	for (const chapter of story.chapters) {
		const section = page.locator(`section#${chapter.slug}`);
		await expect(section.locator('h2').first()).toBeVisible();
		await expect(section.locator('h2').first()).toContainText(chapter.title);
		expect(chapter.steps.map((s) => s.id)).toEqual(stepsOf(chapter.slug));
		for (const step of chapter.steps) {
			const el = page.locator(`[data-step="${step.id}"]`);
			await expect(el).toBeVisible();
			for (const [i, paragraph] of step.paragraphs.entries()) {
				const p = el.locator('p').nth(i);
				await expect(p, `${step.id} paragraph ${i + 1}`).toBeVisible();
				await expect(p, `${step.id} paragraph ${i + 1}`).toHaveText(plain(paragraph));
			}
		}
		await expect(graphic(page, chapter.slug)).toBeHidden();
		for (const step of chapter.steps) {
			const img = page.locator(`[data-step="${step.id}"] img`);
			await img.scrollIntoViewIfNeeded();
			await expect(img, `${step.id}: its still image`).toBeVisible();
			await expect(img).toHaveAttribute('alt', step.alt);
			await expect
				.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth), {
					message: `${step.id}: the image loads`
				})
				.toBeGreaterThan(0);
		}
	}
});

test('the end matter is visible without JavaScript', async ({ page }) => {
	await page.goto('/');
	for (const id of ['methods', 'credits', 'licence', 'corrections']) {
		await expect(page.locator(`#${id}`)).toBeVisible();
		await expect(page.locator(`#${id} h2`)).toBeVisible();
	}
});

test('an embed without JavaScript shows its chart, words and credit, and no dead step controls', async ({
	page
}) => {
	await page.goto('/embed/exile/');
	await expect(page.locator('#embed-alt')).toBeVisible();
	await expect(page.locator('#embed-alt')).not.toBeEmpty();
	await expect(page.getByText('Open History Graphics').first()).toBeVisible();
	// Buttons that cannot work, and the step count they would change: the whole row is gone.
	await expect(page.locator('.controls')).toBeHidden();
	await expect(page.getByText(/^Step \d+ of \d+$/)).toBeHidden();
});

test('every share link leads somewhere new: none reloads the page the reader is on', async ({
	page
}) => {
	await page.goto('/');
	const shares = page.getByRole('link', { name: /^Share/ });
	// One for each chapter; the story's own address is the page's, so the header offers none.
	await expect(shares).toHaveCount(SLUGS.length);
	for (const href of await shares.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href)))
		expect(new URL(href).pathname).toMatch(/\/s\/[a-z]+\/$/);
});
