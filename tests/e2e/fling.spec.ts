// Fast flings: instant jumps from the top to the bottom and back, and several jumps a frame apart,
// must all settle on the right states.
import type { Page } from '@playwright/test';
import type { DotsState } from '../../src/lib/graphics/states.ts';
import {
	expect,
	expectActive,
	expectDots,
	listenerCount,
	open,
	scrollToStep,
	stateOf,
	STEPS,
	test
} from './fixtures.ts';

/** Scrolls to each position in turn, one animation frame apart. */
async function fling(page: Page, targets: (string | 'top' | 'bottom')[]) {
	await page.evaluate(async (targets) => {
		const trigger = parseFloat(
			getComputedStyle(document.documentElement).getPropertyValue('--trigger')
		);
		for (const t of targets) {
			let top: number;
			if (t === 'top') top = 0;
			else if (t === 'bottom') top = document.documentElement.scrollHeight;
			else
				top =
					document.getElementById(t)!.getBoundingClientRect().top +
					window.scrollY -
					trigger * window.innerHeight +
					5;
			window.scrollTo({ top, behavior: 'instant' });
			await new Promise((r) => requestAnimationFrame(() => r(null)));
		}
	}, targets);
}

test('top to bottom and back', async ({ page }) => {
	await open(page);
	await fling(page, ['bottom']);
	await expectActive(page, STEPS.at(-1)!);
	await fling(page, ['top']);
	await expectActive(page, null);
	// Charts are drawn when they come into view: check the drawing there.
	await scrollToStep(page, 'accusation-1');
	await expectDots(page, 'accusation', stateOf('accusation-1') as DotsState);
	await scrollToStep(page, 'eviction-1');
	await expectDots(page, 'eviction', stateOf('eviction-1') as DotsState);
});

test('a fling through the whole story lands on the last target', async ({ page }) => {
	await open(page);
	await fling(page, [
		'bottom',
		'top',
		'bottom',
		'accusation-2',
		'recognition-2',
		'top',
		'eviction-4'
	]);
	// Every graphic names its state (expectActive); the one in view is drawn in it.
	await expectActive(page, 'eviction-4');
	await expectDots(page, 'eviction', stateOf('eviction-4') as DotsState);
	await fling(page, ['bottom', 'occupation-1', 'accusation-3']);
	await expectActive(page, 'accusation-3');
	await expectDots(page, 'accusation', stateOf('accusation-3') as DotsState);
});

test('a fling to the bottom and straight back to the top in the same frame', async ({ page }) => {
	await open(page);
	await scrollToStep(page, 'exile-3');
	await expectActive(page, 'exile-3');
	await page.evaluate(() => {
		window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' });
		window.scrollTo({ top: 0, behavior: 'instant' });
	});
	await expectActive(page, null);
});

test.describe('in a browser without scrollend', () => {
	// Safari before 26.2 (December 2025): the engine falls back to a scroll listener and a settle timer.
	test.beforeEach(async ({ page }) => {
		await page.addInitScript(() => {
			// Wherever along the window's prototype chain the handler attribute is defined.
			for (let o: object | null = window; o; o = Object.getPrototypeOf(o))
				delete (o as { onscrollend?: unknown }).onscrollend;
		});
	});

	test('a fling still lands on the last target', async ({ page }) => {
		await open(page);
		expect(await page.evaluate(() => 'onscrollend' in window)).toBe(false);
		await fling(page, ['bottom', 'top', 'accusation-2', 'recognition-2', 'eviction-4']);
		await expectActive(page, 'eviction-4');
		await expectDots(page, 'eviction', stateOf('eviction-4') as DotsState);
		// The engine's fallback (the reader is engaged, so only the engine listens): one scroll
		// listener on the window.
		expect(await listenerCount(page, 'window', 'scroll')).toBe(1);
		await fling(page, ['bottom', 'top']);
		await expectActive(page, null);
	});
});
