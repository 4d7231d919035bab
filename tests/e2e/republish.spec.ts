// Republishing in a browser: a chart embedded in a page on another port (another origin) takes
// the height of its content and ignores forged size messages; the story's republish dialog keeps
// focus, closes on Esc and copies the HTML; without JavaScript the control is a link.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from '@playwright/test';
import { KEY_STEPS } from '../../src/lib/graphics/registry.ts';
import { CHAPTER_SLUGS } from '../../src/lib/story/chapters.ts';
import { loadContent } from '../../src/lib/server/content.ts';
import {
	EMBED_INITIAL_HEIGHT,
	EMBED_MIN_COLUMN,
	embedCode,
	embedInfo,
	type RepublishInput
} from '../../src/lib/server/republish.ts';
import { allowConsoleError, expect, open, stepsOf, test } from './fixtures.ts';

const PORT = Number(process.env.E2E_PORT ?? 4173);
/** Where the built site is served, as a host page would name it. */
const SITE = `http://localhost:${PORT}`;
const SLUG = 'exile';

const content = loadContent();
const input: RepublishInput = {
	story: content.story,
	sources: content.data.sources,
	estimates: content.data.estimates,
	texts: content.texts,
	states: content.states,
	absolute: (path) => `${SITE}${path}`
};
const CODE = embedCode(embedInfo(input, SLUG), input.absolute);
const IFRAME = 'iframe[data-oh-embed] >> nth=0';

/** A host article with our embed code, a second (unrelated) iframe, and a log of messages. */
const HOST_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>A host page</title>
<link rel="icon" href="data:,">
<style>body{margin:0;font:16px/1.5 sans-serif}main{max-width:680px;margin:0 auto;padding:16px}</style>
<script>
window.seen = [];
window.addEventListener('message', function (e) { window.seen.push(e.data); });
</script>
</head>
<body>
<main>
<h1>A host article</h1>
<p>Some of the host's own text, before the chart.</p>
${CODE}
<p>The host's text after the chart.</p>
<iframe name="other" title="Another frame" srcdoc="<p>Another frame</p>" style="height:60px;border:0"></iframe>
</main>
</body>
</html>`;

/** A host page that embeds the same chapter twice, as a live blog might. */
const TWICE_PAGE = HOST_PAGE.replace(CODE, `${CODE}<p>Between the two charts.</p>\n${CODE}`);

let host: Server;
let hostUrl: string;

test.beforeAll(async () => {
	host = createServer((req, res) => {
		if (req.url === '/' || req.url === '/index.html') {
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
			res.end(HOST_PAGE);
		} else if (req.url === '/twice') {
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
			res.end(TWICE_PAGE);
		} else {
			res.writeHead(404).end();
		}
	});
	await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
	hostUrl = `http://localhost:${(host.address() as AddressInfo).port}/`;
});

test.afterAll(async () => {
	await new Promise((done) => host.close(done));
});

const iframeHeight = (page: Page) =>
	page.locator(IFRAME).evaluate((el) => Math.round(el.getBoundingClientRect().height));
const contentHeight = (frame: Frame) =>
	frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

async function embedded(page: Page): Promise<Frame> {
	await page.goto(hostUrl);
	const handle = await page.locator(IFRAME).elementHandle();
	let frame: Frame | null = null;
	await expect
		.poll(async () => (frame = (await handle!.contentFrame()) ?? null) !== null)
		.toBe(true);
	await expect(page.frameLocator(IFRAME).locator('[data-graphic]')).toBeVisible();
	await expect(page.frameLocator(IFRAME).locator('[data-graphic] svg').first()).toBeVisible();
	return frame!;
}

/** Waits until the iframe is exactly as tall as the embed's content. */
async function expectFitted(page: Page, frame: Frame) {
	await expect
		.poll(async () => (await iframeHeight(page)) - (await contentHeight(frame)), {
			message: 'iframe height minus the embed content height'
		})
		.toBe(0);
}

test.describe('a chart embedded in another page', () => {
	test('takes the height of its content, and follows it when it grows', async ({ page }) => {
		const frame = await embedded(page);
		expect(new URL(frame.url()).port).toBe(String(PORT));
		expect(new URL(page.url()).port).not.toBe(String(PORT));
		await expectFitted(page, frame);
		const first = await iframeHeight(page);
		expect(first).not.toBe(EMBED_INITIAL_HEIGHT);
		expect(first).toBeGreaterThan(300);

		// Opening the embed-code disclosure makes the content taller: the iframe grows with it.
		await page.frameLocator(IFRAME).getByText('Embed this chart').click();
		await expect(page.frameLocator(IFRAME).locator('textarea#embed-code')).toBeVisible();
		await expect.poll(() => iframeHeight(page)).toBeGreaterThan(first + 50);
		await expectFitted(page, frame);
		// The whole embed shows: nothing scrolls inside the iframe.
		expect(
			await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1)
		).toBe(true);
	});

	test('two embeds of one chapter on a page each take their own height', async ({ page }) => {
		await page.goto(hostUrl + 'twice');
		const frames = page.locator('iframe[data-oh-embed]');
		await expect(frames).toHaveCount(2);
		const fitted = [];
		for (const i of [0, 1]) {
			const el = frames.nth(i);
			await el.scrollIntoViewIfNeeded();
			const frame = (await (await el.elementHandle())!.contentFrame())!;
			await expect(
				page.frameLocator(`iframe[data-oh-embed] >> nth=${i}`).locator('[data-graphic] svg').first()
			).toBeVisible();
			await expect
				.poll(
					async () => Math.round((await el.boundingBox())!.height) - (await contentHeight(frame))
				)
				.toBe(0);
			fitted.push(Math.round((await el.boundingBox())!.height));
		}
		// Opening the second one's embed code grows the second iframe only.
		const second = page.frameLocator('iframe[data-oh-embed] >> nth=1');
		await second.getByText('Embed this chart').click();
		await expect
			.poll(async () => (await frames.nth(1).boundingBox())!.height)
			.toBeGreaterThan(fitted[1]! + 50);
		expect(Math.round((await frames.nth(0).boundingBox())!.height)).toBe(fitted[0]);
	});

	// Many sites strip a pasted script: the iframe then keeps the height the code gives it, and
	// every chapter's embed (its controls, description, source, credit and links; the numbers are
	// behind a disclosure) must fit in it, from the narrowest column the republish page promises.
	// The narrowest column promised, and the narrowest with the taller chart box (600 px up).
	for (const width of [EMBED_MIN_COLUMN, 600]) {
		test(`without the host's script, every embed fits the iframe's own height in a ${width} px column`, async ({
			page
		}, info) => {
			test.skip(info.project.name !== 'phone', 'sets its own column: run once');
			await page.setViewportSize({ width, height: EMBED_INITIAL_HEIGHT });
			const height = () =>
				page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
			// Each chapter's tallest state: the embed opens on its key step, and a reader can step
			// to any other.
			const heights: Record<string, number> = {};
			for (const slug of CHAPTER_SLUGS) {
				await page.goto(`/embed/${slug}/`);
				await expect(page.locator('[data-graphic] svg').first()).toBeVisible();
				// Started: its controls shown and live, as a reader with JavaScript sees them.
				const previous = page.getByRole('button', { name: 'Previous' });
				const next = page.getByRole('button', { name: 'Next' });
				await expect(previous).not.toHaveAttribute('disabled');
				while ((await previous.getAttribute('aria-disabled')) !== 'true') await previous.click();
				heights[slug] = await height();
				while ((await next.getAttribute('aria-disabled')) !== 'true') {
					const before = await page.locator('#embed-alt').textContent();
					await next.click();
					await expect(page.locator('#embed-alt')).not.toHaveText(before!);
					heights[slug] = Math.max(heights[slug]!, await height());
				}
			}
			for (const slug of CHAPTER_SLUGS)
				expect(heights[slug], `${slug}: ${JSON.stringify(heights)}`).toBeLessThanOrEqual(
					EMBED_INITIAL_HEIGHT
				);
		});
	}

	test('ignores size messages from any other window', async ({ page }) => {
		const frame = await embedded(page);
		await expectFitted(page, frame);
		const before = await iframeHeight(page);
		const forged = { sentinel: 'amp', type: 'embed-size', height: 3333 };
		// From the host page itself, and from a second iframe on it.
		await page.evaluate((data) => window.postMessage(data, '*'), forged);
		const other = page.frame({ name: 'other' })!;
		await other.evaluate((data) => window.parent.postMessage(data, '*'), forged);
		await other.evaluate((data) => window.parent.postMessage(data, '*'), {
			...forged,
			height: '250'
		});
		// Both arrived (the host's own log saw them), and changed nothing.
		await expect
			.poll(() =>
				page.evaluate(
					() =>
						(window as unknown as { seen: { height?: unknown }[] }).seen.filter(
							(d) => d && (d.height === 3333 || d.height === '250')
						).length
				)
			)
			.toBe(3);
		await page.waitForTimeout(200);
		expect(await iframeHeight(page)).toBe(before);
		await expect(page.locator(IFRAME)).not.toHaveCSS('height', '3333px');
	});

	test('steps through its states, starting on the key step', async ({ page }) => {
		await embedded(page);
		const f = page.frameLocator(IFRAME);
		const steps = stepsOf(SLUG);
		const key = KEY_STEPS[SLUG];
		const at = steps.indexOf(key);
		await expect(f.locator('[data-graphic]')).toHaveAttribute('data-active-step', key);
		await expect(f.getByText(`Step ${at + 1} of ${steps.length}`)).toBeVisible();
		await f.getByRole('button', { name: 'Previous' }).click();
		await expect(f.locator('[data-graphic]')).toHaveAttribute('data-active-step', steps[at - 1]!);
		await expect(f.getByText(`Step ${at} of ${steps.length}`)).toBeVisible();
		const alt = content.story.chapters
			.find((c) => c.slug === SLUG)!
			.steps.find((s) => s.id === steps[at - 1])!.alt;
		await expect(f.locator('#embed-alt')).toHaveText(alt);
		// The new description is what a screen reader hears when the reader steps.
		await expect(f.locator('#embed-alt')).toHaveAttribute('aria-live', 'polite');
		const next = f.getByRole('button', { name: 'Next' });
		for (let i = at - 1; i < steps.length - 1; i++) await next.click();
		await expect(next).toHaveAttribute('aria-disabled', 'true');
		await expect(f.locator('[data-graphic]')).toHaveAttribute('data-active-step', steps.at(-1)!);
	});

	test('"Read the full story" opens in the top window', async ({ page }) => {
		await embedded(page);
		const link = page.frameLocator(IFRAME).getByRole('link', { name: 'Read the full story' });
		await expect(link).toHaveAttribute('target', '_top');
		await expect(
			page.frameLocator(IFRAME).getByRole('link', { name: 'Get the data' })
		).toHaveAttribute('target', '_top');
		// The built link's host is the build's SITE_ORIGIN; point it at this server to follow it.
		await page
			.frameLocator(IFRAME)
			.locator('a[target="_top"]', { hasText: 'Read the full story' })
			.evaluate((a, site) => {
				const url = new URL((a as HTMLAnchorElement).href);
				(a as HTMLAnchorElement).href = site + url.pathname;
			}, SITE);
		await link.click();
		await page.waitForURL(new RegExp(`^${SITE}/(s/${SLUG}/|#${SLUG})`));
	});
});

test.describe('the republish dialog', () => {
	test('takes focus, keeps it, closes on Esc and gives it back', async ({ page }) => {
		await open(page);
		const button = page.getByRole('button', { name: 'Republish this story' });
		await button.click();
		const dialog = page.getByRole('dialog', { name: 'Republish this story' });
		await expect(dialog).toBeVisible();
		const inDialog = () =>
			page.evaluate(() => document.activeElement?.closest('dialog[open]') !== null);
		expect(await inDialog()).toBe(true);
		await expect(dialog.getByRole('button', { name: 'Close' })).toBeVisible();
		await expect(dialog.locator('textarea')).toHaveValue(/<article>/);
		for (let i = 0; i < 20; i++) {
			await page.keyboard.press('Tab');
			expect(await inDialog(), `after Tab ${i + 1}`).toBe(true);
		}
		for (let i = 0; i < 6; i++) {
			await page.keyboard.press('Shift+Tab');
			expect(await inDialog(), `after Shift+Tab ${i + 1}`).toBe(true);
		}
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(button).toBeFocused();

		// The Close button closes it too, and focus returns again.
		await button.click();
		await expect(dialog).toBeVisible();
		await dialog.getByRole('button', { name: 'Close' }).click();
		await expect(dialog).toBeHidden();
		await expect(button).toBeFocused();
	});

	test('a keyboard reader on the link before the app starts keeps the focus', async ({ page }) => {
		// Hold the app back until the reader has reached the link.
		let release!: () => void;
		const held = new Promise<void>((done) => (release = done));
		await page.route(/\/_app\/immutable\/entry\/start\./, async (route) => {
			await held;
			await route.continue();
		});
		await page.goto('/', { waitUntil: 'domcontentloaded' });
		const link = page.getByRole('link', { name: 'Republish this story' }).first();
		await link.focus();
		await expect(link).toBeFocused();
		release();
		await expect(page.getByRole('button', { name: 'Republish this story' })).toBeFocused();
	});

	test('a kit that fails to load is announced, with the way to the republish page', async ({
		page,
		context
	}) => {
		allowConsoleError(context, /status of 503 .*\/republish\/kit\.json/);
		await page.route('**/republish/kit.json', (route) =>
			route.fulfill({ status: 503, body: 'Service Unavailable' })
		);
		await open(page);
		await page.getByRole('button', { name: 'Republish this story' }).click();
		const dialog = page.getByRole('dialog', { name: 'Republish this story' });
		// An alert, read out as it appears.
		await expect(dialog.getByRole('alert')).toContainText('could not be loaded');
		await expect(
			dialog.getByRole('alert').getByRole('link', { name: 'Open the republishing page' })
		).toBeVisible();
	});

	test('Copy puts the whole story HTML on the clipboard', async ({ page, context, baseURL }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
		await open(page);
		const expected = await (await page.request.get('/republish/story.html')).text();
		await page.getByRole('button', { name: 'Republish this story' }).click();
		const dialog = page.getByRole('dialog', { name: 'Republish this story' });
		await expect(dialog.locator('textarea')).toHaveValue(expected);
		await dialog.getByRole('button', { name: 'Copy the story’s HTML' }).click();
		await expect(dialog.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
	});
});

test('the republish page copies the same HTML', async ({ page, context, baseURL }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
	await page.goto('/republish/');
	const expected = await (await page.request.get('/republish/story.html')).text();
	await expect(page.locator('textarea#republish-html')).toHaveValue(expected);
	await page.getByRole('button', { name: 'Copy the story’s HTML' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the republish control is a link to the republish page', async ({ page }) => {
		await page.goto('/');
		const link = page.getByRole('link', { name: 'Republish this story' }).first();
		await expect(link).toBeVisible();
		await link.click();
		await expect(page).toHaveURL(/\/republish\/$/);
		await expect(page.locator('textarea#republish-html')).toHaveValue(/<article>/);
	});
});
