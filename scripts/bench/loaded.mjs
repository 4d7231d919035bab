// The JS and CSS a page fetches by itself after it starts (dynamic imports such as lazily loaded
// chart code), beyond what its HTML names: a phone-sized page is opened, left alone until the
// network has been quiet for a while, and every _app/ script and stylesheet it fetched is listed.
import { chromium } from '@playwright/test';
import { chromiumLaunch } from '../chromium.mjs';

const QUIET_MS = 2000;

/**
 * Paths (from '_app/') of the scripts and stylesheets that the document at `origin + route`
 * fetched without any input, and the URL it ended on. A page that navigates away by itself (a
 * share page's redirect) reports what the page it landed on fetched, with `redirected` set.
 */
export async function fetchedAssets(origin, routes) {
	const browser = await chromium.launch(chromiumLaunch);
	const out = {};
	try {
		for (const route of routes) {
			const context = await browser.newContext({
				viewport: { width: 390, height: 844 },
				isMobile: true,
				hasTouch: true,
				deviceScaleFactor: 2
			});
			const page = await context.newPage();
			await page.goto(origin + route, { waitUntil: 'load', timeout: 60_000 });
			// Wait until no request has started for QUIET_MS (at most 15 s).
			let last = Date.now();
			page.on('request', () => (last = Date.now()));
			const started = Date.now();
			while (Date.now() - last < QUIET_MS && Date.now() - started < 15_000)
				await new Promise((r) => setTimeout(r, 200));
			const finalUrl = new URL(page.url());
			const files = await page.evaluate(() =>
				performance
					.getEntriesByType('resource')
					.map((e) => new URL(e.name).pathname)
					.filter((p) => /\/_app\/.*\.(m?js|css)$/.test(p))
			);
			out[route] = {
				finalUrl: finalUrl.pathname + finalUrl.hash,
				redirected: finalUrl.pathname !== new URL(origin + route).pathname,
				files: [...new Set(files.map((p) => p.replace(/^.*?\/_app\//, '_app/')))]
			};
			await context.close();
		}
	} finally {
		await browser.close();
	}
	return out;
}
