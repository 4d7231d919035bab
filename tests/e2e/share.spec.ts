// Sharing one section: deep links that land in the right state without showing another first,
// share pages that send readers on (with and without JavaScript), the URL fragment following the
// chapter while reading, and the share button.
import {
	expect,
	expectActive,
	graphic,
	open,
	scrollToStep,
	SLUGS,
	stepsOf,
	test
} from './fixtures.ts';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

/**
 * Records, from before the page's first script, every state the chapter's graphic shows while
 * visible with a chart drawn (data-drawn). An empty or hidden graphic while the app loads its
 * chart is fine; showing another state is not.
 */
function recordVisibleStates(slug: string) {
	const seen: string[] = [];
	(window as unknown as { __seen: string[] }).__seen = seen;
	const check = () => {
		const g = document.querySelector(`[data-graphic="${slug}"]`);
		const body = g?.querySelector('.graphic-body');
		if (!g || !body) return;
		if (!g.hasAttribute('data-drawn')) return;
		const style = getComputedStyle(body);
		if (style.visibility !== 'visible' || style.opacity === '0') return;
		const step = g.getAttribute('data-active-step') ?? '';
		if (seen[seen.length - 1] !== step) seen.push(step);
	};
	new MutationObserver(check).observe(document, {
		subtree: true,
		childList: true,
		attributes: true,
		attributeFilter: ['data-active-step', 'data-ready', 'data-drawn', 'class']
	});
	document.addEventListener('DOMContentLoaded', check);
}

const landings = ['exile-2', ...SLUGS.map((s) => stepsOf(s).at(-1)!)];

for (const step of landings) {
	test(`a fresh open of /#${step} shows that state and never another`, async ({ page }) => {
		const slug = step.replace(/-\d+$/, '');
		await page.addInitScript(recordVisibleStates, slug);
		await open(page, `/#${step}`);
		await expect(graphic(page, slug)).toHaveAttribute('data-active-step', step);
		await expect(graphic(page, slug)).toHaveAttribute('data-drawn');
		await page.waitForTimeout(600);
		expect(await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen)).toEqual([
			step
		]);
		// The fragment stays as the reader sent it.
		expect(new URL(page.url()).hash).toBe(`#${step}`);
	});
}

test('back and forward between two fragments land in the right states', async ({ page }) => {
	await open(page, '/#exile-3');
	await page.goto('/#accusation-2');
	await expect(graphic(page, 'accusation')).toHaveAttribute('data-active-step', 'accusation-2');
	await page.goBack();
	await expect(graphic(page, 'exile')).toHaveAttribute('data-active-step', 'exile-3');
	await page.goForward();
	await expect(graphic(page, 'accusation')).toHaveAttribute('data-active-step', 'accusation-2');
});

test('an unknown fragment leaves the reader at the top, with no error', async ({ page }) => {
	await open(page, '/#nowhere-9');
	expect(await page.evaluate(() => scrollY)).toBe(0);
	await expect(page.locator('[data-graphic]:not([data-ready])')).toHaveCount(0);
});

test('/s/return/ lands at the return chapter in its first state, with JavaScript', async ({
	page
}) => {
	await page.goto('/s/return/');
	await expect(page).toHaveURL(/\/#return$/);
	await expect(page.locator('[data-graphic]:not([data-ready])')).toHaveCount(0);
	await expect(graphic(page, 'return')).toHaveAttribute('data-active-step', 'return-1');
	const top = await page.evaluate(
		() => document.getElementById('return')!.getBoundingClientRect().top
	);
	expect(Math.abs(top)).toBeLessThan(5);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('/s/return/ links on to the return chapter in its first state', async ({ page }) => {
		await page.goto('/s/return/');
		await expect(page.locator('h1')).toContainText('Return');
		await page.locator('main a[href$="#return"]').first().click();
		await expect(page).toHaveURL(/\/#return$/);
		await expect(graphic(page, 'return')).toHaveAttribute('data-active-step', 'return-1');
		// The URL changes when the new page commits; the browser scrolls to the fragment once the
		// page has loaded enough to lay it out, so wait for that rather than read it at once.
		await expect
			.poll(() =>
				page.evaluate(() =>
					Math.abs(document.getElementById('return')!.getBoundingClientRect().top)
				)
			)
			.toBeLessThan(5);
	});
});

test('while reading, the fragment follows the chapter, not every pixel', async ({ page }) => {
	await page.addInitScript(() => {
		const calls: string[] = [];
		(window as unknown as { __calls: string[] }).__calls = calls;
		const replace = history.replaceState.bind(history);
		history.replaceState = (state, unused, url) => {
			if (url !== undefined && url !== null) calls.push(new URL(String(url), location.href).hash);
			return replace(state, unused, url);
		};
	});
	await open(page);
	await page.evaluate(() => ((window as unknown as { __calls: string[] }).__calls.length = 0));
	const height = await page.evaluate(
		() => document.getElementById('recognition')!.getBoundingClientRect().bottom + scrollY
	);
	// Scroll the whole story in small steps, as a reader would.
	for (let y = 0; y < height; y += 300) {
		await page.evaluate((y) => window.scrollTo(0, y), y);
		await page.waitForTimeout(40);
	}
	await page.waitForTimeout(1800);
	const calls = await page.evaluate(() => (window as unknown as { __calls: string[] }).__calls);
	// At most one update per chapter boundary (plus leaving the top), never a step or a repeat.
	expect(calls.length).toBeGreaterThan(0);
	expect(calls.length).toBeLessThanOrEqual(SLUGS.length + 1);
	for (const hash of calls) expect(['', ...SLUGS.map((s) => `#${s}`)]).toContain(hash);
	for (let i = 1; i < calls.length; i++) expect(calls[i]).not.toBe(calls[i - 1]);
	expect(new URL(page.url()).hash).toBe('#recognition');
	// Quietly: SvelteKit's live region, which reads a new page's title aloud, has said nothing.
	await expect(page.locator('#svelte-announcer')).toHaveCount(1);
	await expect(page.locator('#svelte-announcer')).toHaveText('');
});

test('after a link to the step the reader is already on, the fragment still follows the chapter', async ({
	page
}) => {
	await open(page);
	await scrollToStep(page, 'exile-3');
	await expectActive(page, 'exile-3');
	// A link to this very step: the page barely moves, and the step stays the same.
	await page.evaluate(() => (location.hash = '#exile-3'));
	await expectActive(page, 'exile-3');
	await scrollToStep(page, 'return-1');
	await expectActive(page, 'return-1');
	await expect.poll(() => new URL(page.url()).hash, { timeout: 5000 }).toBe('#return');
});

test('a new chapter in the address bar fetches nothing, not even the icon again', async ({
	page
}) => {
	// Chromium fetches and decodes a page's icon again at every change of its URL. With the icon
	// a file, each chapter the reader entered cost a request, and an SVG parsed on the main thread.
	// The browser makes that request itself, so only the DevTools protocol sees it.
	await open(page);
	const cdp = await page.context().newCDPSession(page);
	const requests: string[] = [];
	cdp.on('Network.requestWillBeSent', (e) => requests.push(e.request.url));
	await cdp.send('Network.enable');
	// The chart code and data come with the reader's first move; let them arrive first.
	await scrollToStep(page, 'occupation-2');
	await page.waitForLoadState('networkidle');
	requests.length = 0;
	for (const slug of ['accusation', 'eviction', 'exile'] as const) {
		await scrollToStep(page, stepsOf(slug)[0]!);
		await expect(page).toHaveURL(new RegExp(`#${slug}$`));
	}
	await page.waitForTimeout(500);
	expect(requests.filter((url) => !url.includes('/_app/'))).toEqual([]);
	await cdp.detach();
});

test.describe('the share button', () => {
	test('copies the chapter share URL when there is no share sheet, and says so', async ({
		page,
		context,
		baseURL
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.addInitScript(() => {
			// Chromium on some platforms has a share sheet; take it away for this test.
			delete (Navigator.prototype as unknown as { share?: unknown }).share;
		});
		await open(page);
		const button = page.getByRole('button', { name: 'Share chapter 4, Exile' });
		const box = (await button.boundingBox())!;
		expect(box.width).toBeGreaterThanOrEqual(44);
		expect(box.height).toBeGreaterThanOrEqual(44);
		const next = page.locator('#exile .intro').first();
		const docTop = () => next.evaluate((el) => el.getBoundingClientRect().top + scrollY);
		await button.focus();
		const before = await docTop();
		await page.keyboard.press('Enter');
		const width = box.width;
		await expect(page.locator('#exile [role="status"]')).toHaveText('Link copied');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/s/exile/`);
		// The button itself says so, in the room it had: nothing around it moved or is covered.
		await expect(button.getByText('Copied')).toBeVisible();
		await expect(button.getByText('Share', { exact: true })).toBeHidden();
		expect((await button.boundingBox())!.width).toBe(width);
		expect(await docTop()).toBe(before);
		const overlaps = await page.locator('#exile').evaluate((section) => {
			const boxes = [...section.querySelectorAll('button, a, [role="status"]')]
				.map((el) => el.getBoundingClientRect())
				.filter((r) => r.width > 1 && r.height > 1);
			return boxes.filter((a, i) =>
				boxes.some(
					(b, j) =>
						i < j && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
				)
			).length;
		});
		expect(overlaps).toBe(0);
		// After a while the button reads Share again.
		await expect(button.getByText('Share', { exact: true })).toBeVisible({ timeout: 6000 });
	});

	test('hands the share sheet the chapter URL, in `url` only', async ({ page, baseURL }) => {
		await page.addInitScript(() => {
			const calls: ShareData[] = [];
			(window as unknown as { __shares: ShareData[] }).__shares = calls;
			Object.defineProperty(navigator, 'share', {
				configurable: true,
				value: async (data: ShareData) => {
					calls.push(data);
				}
			});
		});
		await open(page);
		await page.getByRole('button', { name: 'Share chapter 5, Return' }).click();
		const shares = await page.evaluate(
			() => (window as unknown as { __shares: ShareData[] }).__shares
		);
		expect(shares).toHaveLength(1);
		expect(shares[0]!.url).toBe(`${baseURL}/s/return/`);
		expect(JSON.stringify({ ...shares[0], url: undefined })).not.toContain('/s/return/');
		await page.getByRole('button', { name: 'Share this story' }).click();
		expect(
			await page.evaluate(() => (window as unknown as { __shares: ShareData[] }).__shares[1]!.url)
		).toBe(`${baseURL}/`);
	});

	test('treats a cancelled share sheet as no error', async ({ page }) => {
		await page.addInitScript(() => {
			Object.defineProperty(navigator, 'share', {
				configurable: true,
				value: async () => {
					throw new DOMException('Share canceled', 'AbortError');
				}
			});
		});
		await open(page);
		await page.getByRole('button', { name: 'Share chapter 1, Occupation' }).click();
		await page.waitForTimeout(300);
		await expect(page.locator('#occupation [role="status"]')).toHaveText('');
		await expect(page.locator('#occupation input[readonly]')).toHaveCount(0);
	});
});
