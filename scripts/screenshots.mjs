// Phone-size screenshots of every step, for reading the story as a reader does before a release.
// Usage: node scripts/screenshots.mjs [--url http://localhost:4173/] [--out screenshots] [--width 390 --height 844] [--only exile-2,exile-3]
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunch } from './chromium.mjs';

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

const browser = await chromium.launch(chromiumLaunch);
const page = await browser.newPage({
	viewport: { width, height },
	deviceScaleFactor: 2,
	isMobile: width < 800,
	hasTouch: width < 800
});
await page.goto(url, { waitUntil: 'networkidle' });
await page.screenshot({ path: `${out}/00-top-${width}.png` });
const steps = await page.$$eval('[data-step]', (els) => els.map((e) => e.id));
for (const id of steps) {
	if (only.length && !only.includes(id)) continue;
	await page.evaluate((id) => {
		const el = document.getElementById(id);
		const margin = parseFloat(getComputedStyle(el).scrollMarginTop) || 0;
		window.scrollTo({
			top: el.getBoundingClientRect().top + window.scrollY - margin,
			behavior: 'instant'
		});
	}, id);
	await page.waitForTimeout(1200);
	await page.screenshot({ path: `${out}/${id}-${width}.png` });
}
await browser.close();
console.log(`Wrote screenshots to ${out}/`);

// Contact sheets: each chapter's steps side by side, for reviewing a whole sequence at once.
if (args.includes('--sheets')) {
	const { readdirSync, readFileSync } = await import('node:fs');
	const { resolve } = await import('node:path');
	const files = readdirSync(out).filter(
		(f) => f.endsWith(`-${width}.png`) && !f.startsWith('sheet')
	);
	const groups = new Map();
	for (const f of files) {
		const chapter = f.replace(/-\d+-\d+\.png$/, '').replace(/^00-top-\d+\.png$/, 'top');
		groups.set(chapter, [...(groups.get(chapter) ?? []), f]);
	}
	const sheetBrowser = await chromium.launch(chromiumLaunch);
	for (const [chapter, list] of groups) {
		list.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
		for (let i = 0; i < list.length; i += 3) {
			const chunk = list.slice(i, i + 3);
			const p = await sheetBrowser.newPage({
				viewport: { width: width * chunk.length + 8 * (chunk.length - 1), height },
				deviceScaleFactor: 1.5
			});
			await p.setContent(
				`<body style="margin:0;display:flex;gap:8px;background:#333">${chunk
					.map(
						(f) =>
							`<img style="width:${width}px" src="data:image/png;base64,${readFileSync(resolve(out, f)).toString('base64')}">`
					)
					.join('')}</body>`
			);
			await p.waitForTimeout(200);
			await p.screenshot({ path: `${out}/sheet-${chapter}-${i / 3 + 1}.png` });
			await p.close();
		}
	}
	await sheetBrowser.close();
}
