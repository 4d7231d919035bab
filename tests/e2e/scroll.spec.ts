// Scrolling through every step of every chapter, down and back up: each chapter's graphic shows the
// active step (others their first or last step), and the dot chart shows the right marks.
import type { DotsState } from '../../src/lib/graphics/states.ts';
import {
	expect,
	expectActive,
	expectDots,
	graphic,
	open,
	scrollToStep,
	SLUGS,
	stateOf,
	stepsOf,
	test
} from './fixtures.ts';

for (const slug of SLUGS) {
	test(`scrolling through ${slug}, down and up`, async ({ page }) => {
		await open(page);
		await expectActive(page, null);
		const steps = stepsOf(slug);
		expect(steps.length).toBeGreaterThanOrEqual(3);
		for (const id of [...steps, ...steps.slice(0, -1).reverse()]) {
			await test.step(id, async () => {
				await scrollToStep(page, id);
				await expectActive(page, id);
				await expect(graphic(page, slug)).toHaveAttribute('data-ready');
				const state = stateOf(id);
				if (state.chart === 'dots') await expectDots(page, slug, state as DotsState);
				else
					await expect(
						graphic(page, slug).locator('svg').filter({ visible: true }).first()
					).toBeVisible();
			});
		}
	});
}

test('the trigger line is at 0.72 of the height on phones and 0.6 side by side', async ({
	page
}) => {
	await open(page);
	const { trigger, width, height } = await page.evaluate(() => ({
		trigger: parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--trigger')),
		width: window.innerWidth,
		height: window.innerHeight
	}));
	// Side by side: from 1024 px wide, and on a phone held sideways (landscape, 600 px or less).
	const sideBySide = width >= 1024 || (width > height && height <= 600);
	expect(trigger).toBe(sideBySide ? 0.6 : 0.72);
});

test('a step just below the trigger line is not active yet', async ({ page }) => {
	await open(page);
	await scrollToStep(page, 'accusation-3');
	await expectActive(page, 'accusation-3');
	// Move up so that accusation-3's top is 40 px below the line: accusation-2 is active again.
	await page.evaluate(() => window.scrollBy({ top: -45, behavior: 'instant' }));
	await expectActive(page, 'accusation-2');
});

// On a phone the cards pass over the chart. A step must not become active while the card before
// it still covers the top of the graphic (its title, the chart's top): the change would happen
// out of sight, and a link to that step would open on a half-hidden chart.
for (const size of [
	{ width: 390, height: 844 },
	{ width: 320, height: 568 }
])
	test(`at ${size.width}x${size.height} the card before a step has left the graphic when it becomes active`, async ({
		page
	}, info) => {
		test.skip(info.project.name !== 'phone', 'the phone layout: run once');
		await page.setViewportSize(size);
		await open(page);
		const covered: string[] = [];
		for (const slug of SLUGS) {
			const steps = stepsOf(slug);
			for (const [i, id] of steps.entries()) {
				if (i === 0) continue;
				await scrollToStep(page, id);
				await expectActive(page, id);
				const { cardBottom, graphicTop } = await page.evaluate(
					({ prev, slug }) => ({
						cardBottom: document.querySelector(`#${prev} .card`)!.getBoundingClientRect().bottom,
						graphicTop: document.querySelector(`[data-graphic="${slug}"]`)!.getBoundingClientRect()
							.top
					}),
					{ prev: steps[i - 1]!, slug }
				);
				if (cardBottom > graphicTop + 1)
					covered.push(
						`${id}: ${steps[i - 1]}'s card covers ${Math.round(cardBottom - graphicTop)} px`
					);
			}
		}
		expect(covered).toEqual([]);
	});
