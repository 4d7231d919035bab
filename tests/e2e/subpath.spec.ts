// The site away from the root of a host: a build made for a sub-path (BASE_PATH=/story), and a
// plain copy of the normal build dropped into some folder of another host. Pages, assets, share
// pages, embeds and downloads must all load, with no failed request.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const ROOT = join(import.meta.dirname, '../..');
const SUBPATH_BUILD = process.env.SUBPATH_BUILD_DIR ?? 'build-subpath';
const MAIN_BUILD = process.env.E2E_BUILD_DIR ?? 'build';

const servers: ChildProcess[] = [];

async function serve(dir: string, base: string, port: number) {
	if (!existsSync(join(ROOT, dir, 'index.html'))) {
		throw new Error(`${dir}/ is missing: run \`npm run build:subpath\` (or npm test) first`);
	}
	const child = spawn(
		process.execPath,
		['scripts/serve.mjs', '--dir', dir, '--base', base, '--port', String(port)],
		{
			cwd: ROOT,
			stdio: 'ignore'
		}
	);
	servers.push(child);
	for (let i = 0; i < 50; i++) {
		try {
			if ((await fetch(`http://127.0.0.1:${port}${base}/`)).ok) return;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`the server for ${dir} did not start`);
}

test.afterAll(() => {
	for (const s of servers) s.kill();
});

/** Visits a page and fails on any request that comes back 4xx/5xx. */
async function visit(page: Page, url: string) {
	const failed: string[] = [];
	page.on('response', (r) => {
		if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
	});
	await page.goto(url);
	return failed;
}

const SETUPS = [
	{ name: 'a BASE_PATH=/story build', dir: SUBPATH_BUILD, base: '/story', port: 4176 },
	{
		name: 'a copy of the normal build in another folder',
		dir: MAIN_BUILD,
		base: '/mirror/copy',
		port: 4177
	}
];

for (const setup of SETUPS) {
	test.describe(setup.name, () => {
		test.describe.configure({ mode: 'serial' });
		const origin = `http://127.0.0.1:${setup.port}${setup.base}`;
		test.beforeAll(async () => serve(setup.dir, setup.base, setup.port));

		test('the story loads and draws every graphic', async ({ page }) => {
			const failed = await visit(page, `${origin}/#exile-2`);
			await expect(page.locator('[data-graphic]:not([data-ready])')).toHaveCount(0);
			await expect(page.locator('[data-graphic="exile"]')).toHaveAttribute(
				'data-active-step',
				'exile-2'
			);
			expect(failed).toEqual([]);
		});

		test('a share page sends the reader to the chapter within the folder', async ({ page }) => {
			const failed = await visit(page, `${origin}/s/return/`);
			await expect(page).toHaveURL(`${origin}/#return`);
			await expect(page.locator('[data-graphic="return"]')).toHaveAttribute('data-ready');
			expect(failed).toEqual([]);
		});

		test("every step's still image resolves within the folder", async ({ page, request }) => {
			// The cards are drawn outside SvelteKit's render (a static fragment), so their links
			// do not come from SvelteKit's relative paths: check them here.
			await visit(page, `${origin}/`);
			const stills = await page.$$eval('[data-step] img', (imgs) =>
				imgs.map((img) => (img as HTMLImageElement).src)
			);
			expect(stills.length).toBe(await page.locator('[data-step]').count());
			for (const src of stills) expect(src.startsWith(`${origin}/graphics/`), src).toBe(true);
			expect((await request.get(stills.at(-1)!)).status()).toBe(200);
		});

		test('the share button, embeds, downloads and the data page resolve within the folder', async ({
			page,
			request
		}) => {
			await visit(page, `${origin}/`);
			const links = await page.$$eval('a[href]', (as) =>
				as.map((a) => (a as HTMLAnchorElement).href)
			);
			const own = [
				...new Set(
					links.filter((h) => h.startsWith('http://127.0.0.1')).map((h) => h.split('#')[0]!)
				)
			];
			expect(own).toEqual(expect.arrayContaining([`${origin}/republish/`, `${origin}/data/`]));
			for (const url of own) {
				expect(url.startsWith(origin), url).toBe(true);
				expect((await request.get(url)).status(), url).toBe(200);
			}
			for (const path of [
				'/embed/exile/',
				'/republish/',
				'/data/',
				'/graphics/exile-2.svg',
				'/graphics/exile-2.png',
				'/cards/exile.png',
				'/data/figures.csv'
			]) {
				expect((await request.get(`${origin}${path}`)).status(), path).toBe(200);
			}
			const failed = await visit(page, `${origin}/embed/exile/`);
			await expect(page.locator('[data-graphic]')).toHaveCount(1);
			expect(failed).toEqual([]);
		});
	});
}
