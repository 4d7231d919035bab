// The dot charts are drawn by a worker on a transferred canvas, so the page's own thread stays
// free while dots move; a browser that cannot transfer a canvas gets them drawn on the page.
import type { DotsState } from '../../src/lib/graphics/states.ts';
import {
	allowConsoleError,
	expect,
	expectActive,
	expectDots,
	open,
	scrollToStep,
	stateOf,
	test
} from './fixtures.ts';

const workerScripts = () =>
	performance
		.getEntriesByType('resource')
		.map((e) => e.name)
		.filter((name) => /\/dot-worker[^/]*\.js$/.test(name));

test('a worker draws the dots, moving them from step to step', async ({ page }) => {
	await open(page);
	for (const step of ['accusation-3', 'accusation-5', 'eviction-2']) {
		await scrollToStep(page, step);
		await expectActive(page, step);
		await expectDots(page, step.replace(/-\d+$/, ''), stateOf(step) as DotsState);
	}
	expect(await page.evaluate(workerScripts)).toHaveLength(1);
	// The canvas belongs to the worker: the page can no longer draw on it.
	const transferred = await page
		.locator('[data-graphic="accusation"] canvas')
		.evaluate((canvas: HTMLCanvasElement) => {
			try {
				canvas.getContext('2d');
				return false;
			} catch {
				return true;
			}
		});
	expect(transferred).toBe(true);
});

test.describe('where a canvas cannot be handed to a worker', () => {
	test.beforeEach(async ({ context }) => {
		await context.addInitScript(() => {
			// As in a browser without OffscreenCanvas.
			delete (HTMLCanvasElement.prototype as { transferControlToOffscreen?: unknown })
				.transferControlToOffscreen;
		});
	});

	test('the page draws the dots itself', async ({ page }) => {
		await open(page);
		for (const step of ['accusation-3', 'eviction-2']) {
			await scrollToStep(page, step);
			await expectActive(page, step);
			await expectDots(page, step.replace(/-\d+$/, ''), stateOf(step) as DotsState);
		}
		expect(await page.evaluate(workerScripts)).toEqual([]);
	});
});

test('if the worker cannot load, the dots are drawn on the page instead', async ({
	page,
	context
}) => {
	allowConsoleError(context, /dot-worker/);
	await page.route(/\/dot-worker[^/]*\.js$/, (route) => route.fulfill({ status: 404, body: '' }));
	await open(page);
	for (const step of ['accusation-3', 'eviction-2']) {
		await scrollToStep(page, step);
		await expectActive(page, step);
		await expectDots(page, step.replace(/-\d+$/, ''), stateOf(step) as DotsState);
	}
});
