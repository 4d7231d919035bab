// Phone-size screenshots of every step, for reading the story as a reader does before a release.
// Usage: node scripts/screenshots.mjs [--url http://localhost:4173/] [--out screenshots] [--width 390 --height 844] [--only exile-2,exile-3]
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? args[i + 1] : fallback;
};
const url = opt('url', 'http://localhost:4173/');
const out = opt('out', 'screenshots');
const width = Number(opt('width', 390));
const height = Number(opt('height', 844));
const only = opt('only', '')?.split(',').filter(Boolean);
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update']
});
const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 2, isMobile: width < 800, hasTouch: width < 800 });
await page.goto(url, { waitUntil: 'networkidle' });
await page.screenshot({ path: `${out}/00-top-${width}.png` });
const steps = await page.$$eval('[data-step]', (els) => els.map((e) => e.id));
for (const id of steps) {
	if (only.length && !only.includes(id)) continue;
	await page.evaluate((id) => {
		const el = document.getElementById(id);
		const margin = parseFloat(getComputedStyle(el).scrollMarginTop) || 0;
		window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY - margin, behavior: 'instant' });
	}, id);
	await page.waitForTimeout(1200);
	await page.screenshot({ path: `${out}/${id}-${width}.png` });
}
await browser.close();
console.log(`Wrote ${steps.length} screenshots to ${out}/`);
