// Accessibility: axe-core finds nothing at every step of every chapter (phone and desktop), on a
// share page, an embed and the republish page; and the structure a screen reader and a keyboard
// rely on: one h1, headings in order, lang, named controls, tap targets, skip links, focus; and in
// a contrast theme (forced colours), charts that stay legible.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, graphic, open, scrollToStep, settled, SLUGS, STEPS, test } from './fixtures.ts';

/** axe-core's violations on the page, or within the elements `include` selects. */
async function axe(page: Page, ...include: string[]) {
	let builder = new AxeBuilder({ page })
		// axe.run in the page itself. By default each run is finished in a blank page opened for
		// it, which doubled the time of each of the story's 30 runs; what that buys, results from
		// frames of other origins, these pages have no use for: they have no frames. (Deprecated
		// for @axe-core/playwright 5: drop this line then.)
		.setLegacyMode(true)
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']);
	for (const selector of include) builder = builder.include(selector);
	const { violations } = await builder.analyze();
	return violations.map(
		(v) =>
			`${v.id}: ${v.help} (${v.nodes
				.map((n) => n.target.join(' '))
				.slice(0, 3)
				.join('; ')})`
	);
}

test('no axe violation on the whole story, then at every step of every chapter', async ({
	page
}) => {
	test.setTimeout(240_000);
	// Each step is judged where it ends: snapped there, not after a transition's wait.
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await open(page);
	expect(await axe(page)).toEqual([]);
	for (const step of STEPS) {
		await scrollToStep(page, step);
		const slug = step.replace(/-\d+$/, '');
		// Judge the state itself, not a mark half-way through fading in.
		await expect(graphic(page, slug)).toHaveAttribute('data-active-step', step);
		await expect(graphic(page, slug)).toHaveAttribute('data-drawn');
		await settled(page, `[data-graphic="${slug}"]`);
		// What changed: this step's card and the chapter's graphic in this step's state.
		expect(await axe(page, `#${step}`, `[data-graphic="${slug}"]`), step).toEqual([]);
	}
});

test('no axe violation in the still-images reading mode', async ({ page }) => {
	await open(page);
	await page.locator('.story-head .mode').click();
	await expect(page.locator('html.static-graphics')).toHaveCount(1);
	expect(await axe(page)).toEqual([]);
});

test.describe('other pages', () => {
	test('a share page, as crawlers and readers without JavaScript see it', async ({ page }) => {
		// axe needs JavaScript, and with it the page moves on to the story at once: serve it
		// without the landing target so it stays, exactly as it is otherwise.
		await page.route('**/s/exile/', async (route) => {
			const response = await route.fetch();
			const html = (await response.text()).replace(/<meta name="story-landing"[^>]*>/, '');
			await route.fulfill({ response, body: html });
		});
		await page.goto('/s/exile/');
		await expect(page.locator('h1')).toHaveText('Exile');
		expect(await axe(page)).toEqual([]);
	});

	test('an embed', async ({ page }) => {
		await page.goto('/embed/exile/');
		await expect(page.locator('[data-graphic]')).toHaveCount(1);
		expect(await axe(page)).toEqual([]);
	});

	test('the republish page', async ({ page }) => {
		await page.goto('/republish/');
		expect(await axe(page)).toEqual([]);
	});

	test('the data page', async ({ page }) => {
		await page.goto('/data/');
		expect(await axe(page)).toEqual([]);
	});
});

/** lang, one h1, headings in order, and every visible control named and big enough to tap:
 * 24×24 px, 44 for the primary ones (share, still images, the embed's steps, copy). */
async function checkStructure(page: Page) {
	expect(await page.getAttribute('html', 'lang')).toBe('en');
	await expect(page.locator('h1')).toHaveCount(1);
	const levels = await page.$$eval('h1, h2, h3, h4, h5, h6', (hs) =>
		hs
			.filter((h) => h.checkVisibility({ visibilityProperty: true }))
			.map((h) => Number(h.tagName[1]))
	);
	for (let i = 1; i < levels.length; i++)
		expect(levels[i]! - levels[i - 1]!, `heading ${i}`).toBeLessThanOrEqual(1);
	const controls = await page.$$eval(
		'button, summary, a[href], input, textarea, [role="button"]',
		(els) =>
			els
				.filter(
					(e) =>
						e.checkVisibility({ visibilityProperty: true }) && e.getBoundingClientRect().width > 0
				)
				.map((e) => {
					const r = e.getBoundingClientRect();
					const inline = e.tagName === 'A' && getComputedStyle(e).display === 'inline';
					const label = (e as HTMLInputElement).labels?.[0]?.textContent ?? '';
					return {
						name: (e.getAttribute('aria-label') ?? (e.textContent || label)).trim(),
						w: r.width,
						h: r.height,
						primary: e.matches('.share-button, .mode, .controls button, .copy-button'),
						inline
					};
				})
	);
	expect(controls.length).toBeGreaterThan(0);
	for (const c of controls) {
		expect(c.name, 'a control without a name').not.toBe('');
		// Links inside running text are exempt from the target size (WCAG 2.5.8, "inline").
		if (c.inline) continue;
		expect(Math.min(c.w, c.h), `${c.name} is ${c.w}×${c.h}`).toBeGreaterThanOrEqual(
			c.primary ? 44 : 24
		);
	}
}

test('structure: lang, one h1, headings in order, named controls, tap targets', async ({
	page
}) => {
	await open(page);
	await checkStructure(page);
});

for (const path of ['/embed/exile/', '/republish/', '/data/', '/404.html'])
	test(`structure of ${path}: lang, one h1, headings in order, named controls, tap targets`, async ({
		page
	}) => {
		await page.goto(path);
		if (path.startsWith('/embed/'))
			await expect(page.locator('.controls button').first()).toBeEnabled();
		// The primary controls the size check holds to 44 px are there to check.
		if (path === '/embed/exile/' || path === '/republish/')
			expect(await page.locator('.controls button, .copy-button').count()).toBeGreaterThan(0);
		await checkStructure(page);
	});

test('keyboard: skip links work, and focus is visible', async ({ page }) => {
	await open(page);
	await page.keyboard.press('Tab');
	const first = page.locator(':focus');
	await expect(first).toHaveText('Skip to the first chapter');
	expect(await first.evaluate((e) => getComputedStyle(e).outlineStyle)).not.toBe('none');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#occupation$/);
	await page.keyboard.press('Tab');
	await expect(page.locator(':focus')).toBeVisible();
});

test('keyboard alone: Tab reaches every step, in view, uncovered and ringed, with its graphic in step', async ({
	page
}) => {
	await open(page);
	const seen = new Set<string>();
	// Forward, until every step has had focus (or far past the last one).
	for (let i = 0; i < 400 && seen.size < STEPS.length; i++) {
		await page.keyboard.press('Tab');
		const focus = await page.evaluate(() => {
			const el = document.activeElement;
			if (!el || el === document.body) return null;
			const box = el.getBoundingClientRect();
			// What a sighted keyboard user sees at the focused control: the control, not the
			// sticky graphic or another card over it.
			const hit = document.elementFromPoint(
				box.left + Math.min(box.width, 40) / 2,
				box.top + box.height / 2
			);
			return {
				name: `${el.tagName} "${(el.textContent ?? '').trim().slice(0, 40)}"`,
				inView: box.bottom > 0 && box.top < innerHeight,
				uncovered: Boolean(hit && (hit === el || el.contains(hit))),
				// A focus ring: an outline or a box shadow.
				ring: (() => {
					const cs = getComputedStyle(el);
					return (
						(cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0) ||
						cs.boxShadow !== 'none'
					);
				})(),
				step: el.closest('[data-step]')?.id ?? null
			};
		});
		if (!focus) continue;
		expect(focus.inView, `${focus.name} is off screen`).toBe(true);
		expect(focus.uncovered, `${focus.name} is covered`).toBe(true);
		expect(focus.ring, `${focus.name} shows no focus`).toBe(true);
		if (focus.step) {
			seen.add(focus.step);
			await expect(graphic(page, focus.step.replace(/-\d+$/, ''))).toHaveAttribute(
				'data-active-step',
				focus.step
			);
		}
	}
	// Every step has a control (its numbers), so Tab alone walks the reader through all of them.
	expect([...seen].sort()).toEqual([...STEPS].sort());
});

// At 200% zoom (a 1280x800 window is 640x400 CSS px), Tab from the last source to what follows
// it: the end sections it passes were laid out late, taller than their placeholders, and the
// focused link was left off screen.
test('keyboard at 200% zoom: Tab past the end sections leaves the focused link on screen', async ({
	page
}, info) => {
	test.skip(info.project.name !== 'desktop', 'a zoomed desktop window: run once');
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.setViewportSize({ width: 640, height: 400 });
	await page.goto('/');
	// Tab by Tab, as a keyboard reader goes, to the last source and on.
	const last = page.locator('#methods ol.sources a').last();
	for (let i = 0; i < 200 && !(await last.evaluate((a) => a === document.activeElement)); i++)
		await page.keyboard.press('Tab');
	await expect(last).toBeFocused();
	await page.keyboard.press('Tab');
	const focused = page.locator(':focus');
	await expect(focused).toHaveCount(1);
	// Give late layout its chance to push the link away, then look.
	await page.waitForTimeout(500);
	const box = await focused.evaluate((el) => {
		const r = el.getBoundingClientRect();
		return { top: r.top, bottom: r.bottom, text: el.textContent };
	});
	expect(box.top, `${box.text} at ${box.top}`).toBeGreaterThanOrEqual(0);
	expect(box.bottom, `${box.text} at ${box.bottom}`).toBeLessThanOrEqual(400);
});

// A reader who sets a large default text size (here 32 px, twice the usual): the tables grow
// wider than a phone's column, and scroll sideways in their own box, which ends within the
// screen: nothing cut off out of reach, and the page not pushed sideways by a table.
test('large default text: tables scroll in their own box, not the page', async ({ page }, info) => {
	test.skip(info.project.name !== 'phone', 'a phone with large text: run once');
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 32 } });
	await open(page);
	const width = page.viewportSize()!.width;
	await scrollToStep(page, 'return-4');
	await page.locator('#return-4 details.numbers summary').click();
	await page.locator('#methods').scrollIntoViewIfNeeded();
	await page.locator('#methods table').first().scrollIntoViewIfNeeded();
	const boxes = await page.evaluate(() =>
		['#return-4 details.numbers table', '#methods table'].map((selector) => {
			const table = document.querySelector(selector)!;
			const box = table.parentElement!;
			return {
				selector,
				table: table.getBoundingClientRect().width,
				box: box.clientWidth,
				right: box.getBoundingClientRect().right,
				scrolls: box.scrollWidth > box.clientWidth && getComputedStyle(box).overflowX === 'auto'
			};
		})
	);
	for (const b of boxes) {
		// The test means something only if the text has made the table wider than its column.
		expect(b.table, b.selector).toBeGreaterThan(b.box);
		expect(b.scrolls, `${b.selector} scrolls in its own box`).toBe(true);
		expect(b.right, `${b.selector}: its box ends within the screen`).toBeLessThanOrEqual(width);
	}
});

test('screen readers get each step, then what its graphic shows; the drawing itself is hidden', async ({
	page
}) => {
	await open(page);
	for (const slug of SLUGS) {
		await expect(page.locator(`[data-graphic="${slug}"] .graphic-body`)).toHaveAttribute(
			'aria-hidden',
			'true'
		);
	}
	const order = await page.$eval('#exile-2 .card', (card) =>
		[...card.querySelectorAll('p, figure, details')].map((c) =>
			c.classList.contains('alt') ? 'alt' : c.tagName.toLowerCase()
		)
	);
	expect(order.indexOf('p')).toBeGreaterThanOrEqual(0);
	expect(order.indexOf('p')).toBeLessThan(order.indexOf('alt'));
	expect(order.indexOf('alt')).toBeLessThan(order.indexOf('details'));

	// Each step's disclosure of its numbers has a name of its own in the accessibility tree, which
	// says which step it belongs to, and the triangle drawn before it is not read out.
	const cdp = await page.context().newCDPSession(page);
	const { nodes } = await cdp.send('Accessibility.getFullAXTree');
	await cdp.detach();
	const names = nodes
		.filter((n) => n.role?.value === 'DisclosureTriangle')
		.map((n) => String(n.name?.value ?? ''));
	expect(names).toHaveLength(STEPS.length);
	expect(new Set(names).size).toBe(STEPS.length);
	expect(names).toContain('The numbers for Exile, step 2');
	for (const name of names) expect(name).toMatch(/^The numbers for \S.*, step \d$/);
});

/**
 * How a step change moves the marks, sampled just after it: the SVG animations still running in
 * the chapter's graphic, and how many different pictures the dot canvas shows over half a second.
 */
async function motionAfterStepChange(page: Page, slug: string, from: string, to: string) {
	await scrollToStep(page, from);
	await expect(graphic(page, slug)).toHaveAttribute('data-drawn');
	await settled(page, `[data-graphic="${slug}"]`);
	await page.waitForTimeout(800);
	await scrollToStep(page, to);
	await expect(graphic(page, slug)).toHaveAttribute('data-active-step', to);
	const snapshot = () =>
		page.evaluate((slug) => {
			const g = document.querySelector(`[data-graphic="${slug}"]`)!;
			const canvas = g.querySelector<HTMLCanvasElement>('.layer.shown canvas');
			let pixels = '';
			if (canvas && canvas.clientWidth > 0) {
				// The canvas belongs to the dot worker: copy what it shows.
				const copy = document.createElement('canvas');
				copy.width = canvas.clientWidth;
				copy.height = canvas.clientHeight;
				const ctx = copy.getContext('2d')!;
				ctx.drawImage(canvas, 0, 0, copy.width, copy.height);
				const px = ctx.getImageData(0, 0, copy.width, copy.height).data;
				let hash = 0;
				for (let i = 0; i < px.length; i++) hash = (hash * 31 + px[i]!) | 0;
				pixels = String(hash);
			}
			const running = g
				.getAnimations({ subtree: true })
				.filter((a) => a.playState === 'running').length;
			return { running, pixels };
		}, slug);
	// Six looks, 100 ms apart: a tween (700 ms) shows a new picture at nearly every look; a snap
	// shows at most two, the state before and after it.
	const looks = [];
	for (let i = 0; i < 6; i++) {
		looks.push(await snapshot());
		await page.waitForTimeout(100);
	}
	return {
		svgRunning: Math.max(...looks.map((l) => l.running)),
		canvasPictures: new Set(looks.map((l) => l.pixels)).size
	};
}

/** The same step change on an SVG chart (the timeline) and on the dot canvas (eviction). */
async function motionOfBothCharts(page: Page) {
	await open(page);
	return {
		timeline: await motionAfterStepChange(page, 'recognition', 'recognition-1', 'recognition-2'),
		dots: await motionAfterStepChange(page, 'eviction', 'eviction-1', 'eviction-2')
	};
}

test.describe('reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });
	test('moves nothing: a step change snaps the SVG marks and the dot canvas', async ({ page }) => {
		const { timeline, dots } = await motionOfBothCharts(page);
		const motion = await page.evaluate(() =>
			getComputedStyle(document.documentElement).getPropertyValue('--motion').trim()
		);
		expect(parseFloat(motion)).toBe(0);
		expect(timeline.svgRunning).toBe(0);
		expect(dots.svgRunning).toBe(0);
		expect(dots.canvasPictures).toBeLessThanOrEqual(2);
	});
});

// The control for the test above: the same samples do see the motion when it is allowed.
test.describe('motion allowed', () => {
	test.use({ reducedMotion: 'no-preference' });
	test('a step change animates the SVG marks and the dot canvas', async ({ page }) => {
		const { timeline, dots } = await motionOfBothCharts(page);
		expect(timeline.svgRunning).toBeGreaterThan(0);
		expect(dots.canvasPictures).toBeGreaterThanOrEqual(3);
	});
});

test.describe('a contrast theme (forced colours)', () => {
	test.use({ forcedColors: 'active', colorScheme: 'dark' });
	test('every chart keeps its own paper and colours, and its labels are legible on it', async ({
		page
	}) => {
		await open(page);
		for (const slug of SLUGS) {
			const step = STEPS.find((id) => id.startsWith(`${slug}-`))!;
			await scrollToStep(page, step);
			await expect(graphic(page, slug)).toHaveAttribute('data-drawn');
			const found = await page.evaluate((slug) => {
				const box = document.querySelector(
					`[data-graphic="${slug}"] .layer.shown .layercake-container`
				)!;
				const style = getComputedStyle(box);
				// Relative luminance and contrast, as WCAG defines them.
				const rgb = (c: string) =>
					c
						.match(/[\d.]+/g)!
						.slice(0, 3)
						.map(Number);
				const lum = (c: string) => {
					const [r, g, b] = rgb(c).map((v) => {
						const s = v / 255;
						return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
					});
					return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
				};
				const contrast = (a: string, b: string) => {
					const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
					return (hi! + 0.05) / (lo! + 0.05);
				};
				const faint = [...box.querySelectorAll('text')]
					.filter((t) => t.textContent!.trim() && getComputedStyle(t).opacity !== '0')
					.map((t) => ({
						text: t.textContent!.trim(),
						ratio: contrast(getComputedStyle(t).fill, style.backgroundColor)
					}))
					.filter((t) => t.ratio < 4.5);
				return { adjust: style.forcedColorAdjust, background: style.backgroundColor, faint };
			}, slug);
			expect(found, slug).toEqual({
				adjust: 'none',
				background: 'rgb(247, 245, 240)',
				faint: []
			});
		}
	});
});
