// Without JavaScript the story is still all there: every chapter title, every step's text, and
// each chapter's graphic drawn (in its first state) as SVG.
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
		const g = graphic(page, chapter.slug);
		await expect(g).toBeVisible();
		await expect(g).toHaveAttribute('data-active-step', `${chapter.slug}-1`);
		await expect(
			g.locator('svg').filter({ visible: true }).first(),
			`${chapter.slug}: a visible <svg>`
		).toBeVisible();
	}
});

test('the end matter is visible without JavaScript', async ({ page }) => {
	await page.goto('/');
	for (const id of ['methods', 'credits', 'licence', 'corrections']) {
		await expect(page.locator(`#${id}`)).toBeVisible();
		await expect(page.locator(`#${id} h2`)).toBeVisible();
	}
});
