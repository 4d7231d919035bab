// The story under stress: rotation and resize in the middle of a transition, a fling to the
// bottom and back, and a hundred random jumps between step fragments. Each must end with every
// chapter's graphic in the state of its active step, and no error on the console.
import {
	allowConsoleError,
	expect,
	expectActive,
	graphic,
	listenerCount,
	open,
	scrollToStep,
	STEPS,
	test,
	touchListeners
} from './fixtures.ts';

test('rotation and resize in the middle of a transition', async ({ page }) => {
	await open(page);
	await scrollToStep(page, 'accusation-1');
	await expectActive(page, 'accusation-1');
	await scrollToStep(page, 'accusation-3');
	// Once the step has taken over (so the rotation keeps it, not the one before), and straight
	// away, while its dots are still moving.
	await expect(graphic(page, 'accusation')).toHaveAttribute('data-active-step', 'accusation-3');
	const size = page.viewportSize()!;
	await page.setViewportSize({ width: size.height, height: size.width });
	await page.waitForTimeout(50);
	await page.setViewportSize({ width: Math.round(size.width * 0.8), height: size.height });
	await page.waitForTimeout(50);
	await page.setViewportSize(size);
	await expectActive(page, 'accusation-3');
	await expect(graphic(page, 'accusation').locator('.dot-chart')).toHaveAttribute(
		'data-highlight',
		'gangs'
	);
});

test('a rotation that arrives before a jump is measured keeps the step jumped to', async ({
	page
}) => {
	await open(page);
	await scrollToStep(page, 'accusation-1');
	await expectActive(page, 'accusation-1');
	// On a busy phone the frame that would measure the jump may not have come when the rotation
	// does. Hold every animation frame to make that happen every time.
	await page.evaluate(() => {
		const held: FrameRequestCallback[] = [];
		const w = window as unknown as { releaseFrames: () => void };
		const real = window.requestAnimationFrame;
		window.requestAnimationFrame = (cb) => held.push(cb);
		w.releaseFrames = () => {
			window.requestAnimationFrame = real;
			for (const cb of held.splice(0)) real(cb);
		};
	});
	const scrolled = page.evaluate(
		() =>
			new Promise((done) => addEventListener('scroll', () => setTimeout(done, 50), { once: true }))
	);
	await scrollToStep(page, 'accusation-3');
	await scrolled; // the reader has seen the jump
	const size = page.viewportSize()!;
	await page.setViewportSize({ width: size.height, height: size.width });
	// The engine re-reads the page once the resize settles (200 ms), with frames still held.
	await page.waitForTimeout(400);
	await page.evaluate(() => (window as unknown as { releaseFrames: () => void }).releaseFrames());
	await page.setViewportSize(size);
	await expectActive(page, 'accusation-3');
});

test('no script listens to scrolling, before or after rotations', async ({ page }) => {
	// On a slow phone every scroll listener runs script in each frame of a scroll. The engine waits
	// for scrollend (Chromium has it), and scrollama's own direction listener is left out.
	await open(page);
	await scrollToStep(page, 'eviction-2');
	// Measured before the first rotation: a rotation in the very frame of a jump, before its scroll
	// event, is another case (the test above holds frames for it).
	await expectActive(page, 'eviction-2');
	const scrollListeners = async () =>
		(await listenerCount(page, 'document', 'scroll')) +
		(await listenerCount(page, 'window', 'scroll'));
	expect(await scrollListeners()).toBe(0);
	// What tells the engine a scroll has ended.
	expect(await listenerCount(page, 'window', 'scrollend')).toBe(1);
	const size = page.viewportSize()!;
	for (const next of [{ width: size.height, height: size.width }, size]) {
		await page.setViewportSize(next);
		// Each real resize is handled once it settles (the engine waits 200 ms).
		await page.waitForTimeout(400);
		await expectActive(page, 'eviction-2');
	}
	expect(await scrollListeners()).toBe(0);
	expect(await listenerCount(page, 'window', 'scrollend')).toBe(1);
});

test('once the reader has scrolled, no script listens to touches', async ({ page }) => {
	// While any touch or pointer listener exists, even a passive one, Chromium sends each touch of
	// a scroll to the main thread and hit-tests it there (src/lib/scroll/touch-listeners.ts).
	// SvelteKit's router adds one to <html>; the page's own watch for a first move removes its own.
	await open(page);
	await scrollToStep(page, 'occupation-2');
	await expectActive(page, 'occupation-2');
	expect(await touchListeners(page)).toEqual([]);
	// Charts mounted as the reader goes add none either.
	await scrollToStep(page, 'recognition-4');
	await expectActive(page, 'recognition-4');
	expect(await touchListeners(page)).toEqual([]);
});

test('only the chapters within a screen of the viewport have their steps observed', async ({
	page
}) => {
	// scrollama gives each step an intersection and a resize observer, which the browser works
	// through in every frame of a scroll; the engine keeps them for the chapters near the reader.
	await page.addInitScript(() => {
		const watched = new Map<object, Set<Element>>();
		for (const Observer of [IntersectionObserver, ResizeObserver]) {
			const proto = Observer.prototype as {
				observe(target: Element, options?: unknown): void;
				unobserve(target: Element): void;
				disconnect(): void;
			};
			const { observe, unobserve, disconnect } = proto;
			proto.observe = function (target, options) {
				if (!watched.has(this)) watched.set(this, new Set());
				watched.get(this)!.add(target);
				observe.call(this, target, options);
			};
			proto.unobserve = function (target) {
				watched.get(this)?.delete(target);
				unobserve.call(this, target);
			};
			proto.disconnect = function () {
				watched.delete(this);
				disconnect.call(this);
			};
		}
		(window as unknown as { watchedSteps: () => string[] }).watchedSteps = () =>
			[...new Set([...watched.values()].flatMap((targets) => [...targets]))]
				.filter((el) => el.hasAttribute('data-step'))
				.map((el) => el.id)
				.sort();
	});
	/** What is watched, and what should be: the steps of each chapter within a screen. */
	const observed = () =>
		page.evaluate(() => {
			const h = window.innerHeight;
			const near = [...document.querySelectorAll('section.chapter')].filter((section) => {
				const { top, bottom } = section.getBoundingClientRect();
				return bottom > -h && top < 2 * h;
			});
			return {
				watched: (window as unknown as { watchedSteps: () => string[] }).watchedSteps(),
				near: near.flatMap((s) => [...s.querySelectorAll('[data-step]')].map((el) => el.id)).sort()
			};
		});
	await open(page);
	for (const id of ['occupation-1', 'exile-2', 'recognition-4', 'accusation-3']) {
		await scrollToStep(page, id);
		await expectActive(page, id);
		await expect
			.poll(async () => {
				const { watched, near } = await observed();
				return watched.length > 0 && watched.join() === near.join();
			})
			.toBe(true);
		const { watched } = await observed();
		// Each step has an observer of each kind: a chapter's worth, never the whole story.
		expect(watched.length).toBeLessThan(STEPS.length / 2);
	}
	// A rotation gives the live observers the new trigger line and adds none.
	const size = page.viewportSize()!;
	await page.setViewportSize({ width: size.height, height: size.width });
	await page.setViewportSize(size);
	await expectActive(page, 'accusation-3');
	// The engine puts the reader back on their step 200 ms after a resize: scroll after that.
	await page.waitForTimeout(400);
	await scrollToStep(page, 'accusation-4');
	await expectActive(page, 'accusation-4');
	await expect
		.poll(async () => {
			const { watched, near } = await observed();
			return watched.join() === near.join();
		})
		.toBe(true);
});

test('a fling to the bottom and straight back up to a step', async ({ page }) => {
	await open(page);
	await scrollToStep(page, 'exile-3');
	await expectActive(page, 'exile-3');
	await page.evaluate(() =>
		window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' })
	);
	await page.waitForTimeout(30);
	// Back to a step of another chapter, not to the top, where an engine that stopped would pass.
	await scrollToStep(page, 'accusation-2');
	await expectActive(page, 'accusation-2');
});

test('a malformed fragment is ignored, and the next link still lands', async ({ page }) => {
	await open(page);
	// The fixture fails the test on any uncaught error, such as a URIError from decoding "%".
	await page.evaluate(() => (location.hash = '%'));
	await page.waitForTimeout(100);
	await page.evaluate(() => (location.hash = 'return-2'));
	await expectActive(page, 'return-2');
});

test('a hundred random jumps between step fragments', async ({ page }) => {
	await open(page);
	// A fixed sequence, so a failure can be replayed.
	let seed = 20260308;
	const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
	let last = '';
	for (let i = 0; i < 100; i++) {
		last = STEPS[Math.floor(random() * STEPS.length)]!;
		await page.evaluate((id) => (location.hash = id), last);
		await page.waitForTimeout(Math.floor(random() * 40));
	}
	await expectActive(page, last);
	expect(new URL(page.url()).hash).toBe(`#${last}`);
});

test('a chart data load that fails is tried again, and the chart is drawn', async ({
	page,
	context
}) => {
	// The browser logs the failed requests; those errors are the test's own doing.
	allowConsoleError(context, /status of 503 .*\/graphics\/charts\.json/);
	// Every request fails until the exile chapter's chart has asked and been refused, as on a
	// train going into a tunnel; then the network is back, and nothing but a retry can draw it.
	let failing = true;
	let calls = 0;
	await page.route('**/graphics/charts.json', async (route) => {
		calls += 1;
		if (failing) await route.fulfill({ status: 503, body: 'Service Unavailable' });
		else await route.continue();
	});
	await page.goto('/');
	const before = calls;
	await scrollToStep(page, 'exile-2');
	await expect.poll(() => calls).toBeGreaterThan(before);
	await page.waitForTimeout(1000);
	failing = false;
	await expect(graphic(page, 'exile')).toHaveAttribute('data-drawn', 'true', { timeout: 15_000 });
	await expectActive(page, 'exile-2');
});

test('if the app never starts, the reader gets the still images, not empty panels', async ({
	page,
	context
}) => {
	// The app's scripts blocked (a filtering proxy, a browser too old for them).
	allowConsoleError(context, /Failed to (load resource|fetch dynamically imported module)/);
	await page.route(/\/_app\/immutable\/entry\//, (route) => route.abort());
	await page.clock.install();
	await page.goto('/#exile-2');
	await expect(page.locator('html.static-graphics')).toHaveCount(0);
	await page.clock.runFor(11_000);
	await expect(page.locator('html.static-graphics')).toHaveCount(1);
	await expect(page.locator('html.landing')).toHaveCount(0);
	await expect(graphic(page, 'exile')).toBeHidden();
	const still = page.locator('#exile-2 .step-graphic img');
	await still.scrollIntoViewIfNeeded();
	await expect(still).toBeVisible();
});

test('if the app comes late, after the still images, the scroll-driven graphics come back', async ({
	page
}) => {
	// A very slow network: the app's entry scripts arrive long after the page.
	let release!: () => void;
	const held = new Promise<void>((done) => (release = done));
	await page.route(/\/_app\/immutable\/entry\//, async (route) => {
		await held;
		await route.continue();
	});
	await page.clock.install();
	await page.goto('/', { waitUntil: 'domcontentloaded' });
	await page.waitForLoadState('load');
	await page.clock.runFor(11_000);
	await expect(page.locator('html.static-graphics')).toHaveCount(1);
	release();
	// The reader never chose still images: the app puts the graphics back.
	await expect(page.locator('html[data-app]')).toHaveCount(1);
	await expect(page.locator('html.static-graphics')).toHaveCount(0);
	await expect(page.locator('.story-head .mode')).toHaveAttribute('aria-pressed', 'false');
	expect(await page.evaluate(() => localStorage.getItem('reading-mode'))).toBeNull();
});
