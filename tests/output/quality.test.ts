// Every built HTML page: valid HTML (html-validate, with only the purely stylistic rules that
// fight Svelte's serialiser turned off in .htmlvalidate.json), a Content-Security-Policy with no
// inline script and no other origin, nothing loaded from another host, and no broken internal
// link, asset or fragment.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { load } from 'cheerio';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { readSiteConfig } from '../../src/lib/site-config.js';
import { ROOT } from '../helpers/data.ts';
import { visibleText } from '../helpers/html-text.ts';

const BUILD = resolve(ROOT, process.env.BUILD_DIR ?? 'build');
const site = readSiteConfig(process.env);

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === '_app' ? [] : htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

// Whole pages only: republish/story.html is an HTML fragment to paste into another page.
const PAGES = htmlFiles(BUILD).filter((f) => !f.endsWith(join('republish', 'story.html')));
const rel = (f: string) => relative(BUILD, f);

it('builds the pages we expect', () => {
	const names = PAGES.map(rel);
	for (const page of [
		'index.html',
		'404.html',
		'republish/index.html',
		'data/index.html',
		's/exile/index.html',
		'embed/exile/index.html'
	]) {
		expect(names).toContain(page);
	}
});

// The icon is written into each page: Chromium fetches and decodes it again at every change of
// the URL, and the story's URL follows the chapter (src/lib/server/favicon.ts). The 404 page
// has it too: its own strict CSP allows a data: image, and nothing else.
describe('the icon', () => {
	it.each(PAGES.map(rel))('%s carries its icon inline, a 32-pixel PNG', (page) => {
		const $ = load(readFileSync(join(BUILD, page), 'utf8'));
		const icons = $('link[rel~="icon"]');
		expect(icons.length).toBe(1);
		const href = icons.attr('href') ?? '';
		expect(href).toMatch(/^data:image\/png;base64,/);
		const png = Buffer.from(href.split(',')[1]!, 'base64');
		expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([32, 32]);
	});
});

describe('HTML validity', () => {
	const validator = new HtmlValidate(new FileSystemConfigLoader());
	it.each(PAGES.map(rel))('%s is valid HTML', async (page) => {
		const report = await validator.validateFile(join(BUILD, page));
		const messages = report.results.flatMap((r) =>
			r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`)
		);
		expect(messages).toEqual([]);
	});
});

// A count in the text is written 37,713, never 37713: in the copy (format.ts does it) and in
// what comes straight from data/, such as the notes on each source. Years, and the numbers of a
// law or an archive fond, are names, not counts.
describe('numbers in the text', () => {
	it.each(PAGES.map(rel))(
		'%s writes every count of four or more digits with a separator',
		(page) => {
			const $ = load(readFileSync(join(BUILD, page), 'utf8'));
			// Code to copy (the republishing kit) and chart internals are not prose.
			const text = visibleText($('title').add('body'), ['textarea', 'pre', 'code', 'svg']).replace(
				/\S+:\/\/\S+/g,
				' '
			);
			const bare = [...text.matchAll(/(?<![\d,.])\d{4,}(?![\d,.]\d)/g)]
				.filter((m) => !/^(18|19|20)\d\d$/.test(m[0]))
				.filter((m) => !/(No\.|fond) $/.test(text.slice(Math.max(0, m.index - 6), m.index)))
				.map((m) => `…${text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 20)}…`);
			expect(bare).toEqual([]);
		}
	);
});

// Quotes and apostrophes are typographic (“ ” ‘ ’) wherever a reader meets text: the page, its
// images' and controls' names, its link previews and the still images (src/lib/copy/typography.ts).
// Straight ones are left only in code to copy; primes (′ ″) would be a quote gone wrong.
describe('quotes and apostrophes', () => {
	const STRAIGHT = /['"′″]/g;
	const around = (text: string) =>
		[...text.matchAll(STRAIGHT)].map(
			(m) => `…${text.slice(Math.max(0, m.index - 30), m.index + 20)}…`
		);
	it.each(PAGES.map(rel))('%s uses typographic quotes', (page) => {
		const $ = load(readFileSync(join(BUILD, page), 'utf8'));
		const names = $('[alt], [aria-label], meta[name="description"], meta[property^="og:"]')
			.add('meta[name^="twitter:"]')
			.map((_, e) => ['alt', 'aria-label', 'content'].map((a) => $(e).attr(a) ?? '').join(' '))
			.get()
			.filter((t) => !/^\S+:\/\/\S+$/.test(t.trim()));
		const text = [visibleText($('title').add('body'), ['textarea', 'pre', 'code']), ...names].join(
			' ¶ '
		);
		expect(around(text)).toEqual([]);
	});

	it('the still images use typographic quotes', () => {
		const dir = join(BUILD, 'graphics');
		const svgs = readdirSync(dir).filter((f) => f.endsWith('.svg'));
		expect(svgs.length).toBeGreaterThan(20);
		const stray = svgs.flatMap((f) => {
			const $ = load(readFileSync(join(dir, f), 'utf8'), { xmlMode: true });
			return around($('text, title, desc').text()).map((t) => `${f}: ${t}`);
		});
		expect(stray).toEqual([]);
	});
});

describe('Content-Security-Policy and third parties', () => {
	it.each(PAGES.map(rel))(
		'%s has a strict policy and loads nothing from another origin',
		(page) => {
			const $ = load(readFileSync(join(BUILD, page), 'utf8'));
			const csp = $('meta[http-equiv="content-security-policy" i]').attr('content') ?? '';
			expect(csp, 'a CSP meta tag').not.toBe('');
			const directives: Record<string, string[]> = Object.fromEntries(
				csp.split(';').map((d) => {
					const [name, ...values] = d.trim().split(/\s+/);
					return [name, values];
				})
			);
			expect(directives['default-src']).toBeDefined();
			for (const [name, values] of Object.entries(directives)) {
				expect(values, name).not.toContain("'unsafe-eval'");
				for (const v of values)
					expect(v, `${name} names another origin`).not.toMatch(/^(https?:|\*|\/\/)/);
			}
			const scripts = directives['script-src'] ?? directives['default-src'];
			expect(scripts).not.toContain("'unsafe-inline'");
			// Every inline script may run: its hash is in the policy (the boot script is rewritten
			// after SvelteKit hashed it, see src/lib/server/defer-start.ts).
			for (const el of $('script:not([src]):not([type="application/ld+json"])').toArray()) {
				const hash = createHash('sha256').update($(el).text()).digest('base64');
				expect(scripts, `${page}: an inline script's hash`).toContain(`'sha256-${hash}'`);
			}
			expect($('meta[name="referrer"]').attr('content')).toBe('no-referrer');
			// Everything the page loads is its own: scripts, styles, icons, images, preloads.
			const loaded = [
				...$('script[src]')
					.map((_, e) => $(e).attr('src'))
					.get(),
				...$('link[href]:not([rel="canonical"]):not([rel="alternate"])')
					.map((_, e) => $(e).attr('href'))
					.get(),
				...$('img[src], source[src], iframe[src]')
					.map((_, e) => $(e).attr('src'))
					.get()
			];
			for (const url of loaded) expect(url, `${page} loads ${url}`).not.toMatch(/^(https?:)?\/\//);
		}
	);
});

/** The file a site path points to in the build, or undefined. */
function fileFor(path: string): string | undefined {
	const clean = decodeURIComponent(path.split(/[?#]/)[0]!);
	const candidate = join(BUILD, clean);
	if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	const index = join(candidate, 'index.html');
	return existsSync(index) ? index : undefined;
}

describe('internal links and assets', () => {
	const ids = new Map<string, Set<string>>();
	const idsOf = (file: string) => {
		if (!ids.has(file)) {
			const $ = load(readFileSync(file, 'utf8'));
			ids.set(
				file,
				new Set(
					$('[id]')
						.map((_, e) => $(e).attr('id'))
						.get()
				)
			);
		}
		return ids.get(file)!;
	};

	it.each(PAGES.map(rel))('%s links only to pages, files and fragments that exist', (page) => {
		const file = join(BUILD, page);
		const $ = load(readFileSync(file, 'utf8'));
		// The page's path on the site: relative links resolve against it.
		const pagePath = '/' + page.replace(/index\.html$/, '');
		const urls = [
			...$('a[href]')
				.map((_, e) => $(e).attr('href'))
				.get(),
			...$('link[href], script[src], img[src]')
				.map((_, e) => $(e).attr('href') ?? $(e).attr('src'))
				.get(),
			...$('meta[property="og:image"], meta[name="twitter:image"], meta[property="og:url"]')
				.map((_, e) => $(e).attr('content'))
				.get(),
			...$('meta[name="story-landing"]')
				.map((_, e) => $(e).attr('content'))
				.get()
		];
		const broken: string[] = [];
		for (const raw of urls) {
			if (/^(mailto:|data:)/.test(raw)) continue;
			let url: URL;
			try {
				url = new URL(raw, `${site.origin}${site.base}${pagePath}`);
			} catch {
				broken.push(`${raw} (not a URL)`);
				continue;
			}
			if (url.origin !== site.origin) continue; // a source, or the licence: links, not loads
			if (!url.pathname.startsWith(site.base)) {
				broken.push(`${raw} (outside the site)`);
				continue;
			}
			const target = fileFor(url.pathname.slice(site.base.length) || '/');
			if (!target) {
				broken.push(`${raw} (no such file)`);
				continue;
			}
			if (
				url.hash &&
				target.endsWith('.html') &&
				!idsOf(target).has(decodeURIComponent(url.hash.slice(1)))
			) {
				broken.push(`${raw} (no element ${url.hash} in ${rel(target)})`);
			}
		}
		expect(broken).toEqual([]);
	});

	it('has a not-found page', () => {
		expect(existsSync(join(BUILD, '404.html'))).toBe(true);
		expect(dirname(rel(join(BUILD, '404.html')))).toBe('.');
	});
});

// A browser from before 2022 has no svh: a length in it is dropped, and a custom property holding
// one leaves the sticky graphic with no height. Lengths in svh go through the --svh token, which
// falls back to vh (src/app.css).
describe('viewport units', () => {
	it('uses svh only to define the --svh token', () => {
		const assets = join(BUILD, '_app', 'immutable', 'assets');
		const css = [
			...readdirSync(assets)
				.filter((f) => f.endsWith('.css'))
				.map((f) => readFileSync(join(assets, f), 'utf8')),
			...PAGES.map((f) => readFileSync(f, 'utf8'))
		].join('\n');
		// Each length in svh, with what comes before it in its declaration.
		const uses = [...css.matchAll(/\d+(?:\.\d+)?svh/g)].map((m) =>
			css
				.slice(Math.max(0, m.index - 40), m.index + m[0].length)
				.split(/[;{}]/)
				.pop()!
				.trim()
		);
		expect(uses.length).toBeGreaterThan(0);
		expect(uses.filter((u) => !/^(?:--svh:\s*1svh|@supports \(height:\s*1svh)$/.test(u))).toEqual(
			[]
		);
	});
});
