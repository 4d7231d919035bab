// The republish kit, embeds, downloads, footer and JSON-LD as built in build/ (run after
// `npm run build`): the clean HTML, every embed page, every graphic and dataset download with its
// source and licence, and the story's structured data.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { KEY_STEPS, STEP_STATES } from '../../src/lib/graphics/registry.ts';
import { CONTENT_LICENCE, creditLine } from '../../src/lib/licence.ts';
import { loadContent } from '../../src/lib/server/content.ts';
import { TABLES } from '../../src/lib/data/schema.ts';
import { DATA_DIR, ROOT } from '../helpers/data.ts';

const BUILD = resolve(ROOT, process.env.BUILD_DIR ?? 'build');
const content = loadContent();
const SLUGS = content.story.chapters.map((c) => c.slug);
const STEPS = Object.keys(STEP_STATES) as (keyof typeof STEP_STATES)[];
const CREDIT = creditLine(content.story.meta);
const LICENCE = CONTENT_LICENCE.url;
const steps = content.story.chapters.flatMap((c) => c.steps);

const read = (path: string) => readFileSync(join(BUILD, path), 'utf8');
const page = (path: string) => load(read(path));

/** The site's absolute URL for a path, from the build's own canonical link. */
let site: string;
const abs = (path: string) => `${site}${path}`;
let index: CheerioAPI;

beforeAll(() => {
	if (!existsSync(join(BUILD, 'index.html')))
		throw new Error('build/index.html is missing: run `npm run build` first');
	index = page('index.html');
	site = index('link[rel="canonical"]').attr('href')!.replace(/\/$/, '');
});

/** Checks republish HTML: content, credit, links, and nothing that runs, restyles or tracks. */
function expectCleanStory(html: string) {
	const $ = load(html);
	for (const c of content.story.chapters) expect($('h2').text(), c.slug).toContain(c.title);
	expect(html).toContain(CREDIT);
	expect($(`a[href="${LICENCE}"]`).length).toBeGreaterThan(0);
	// The original, linked, and the canonical-link suggestion.
	expect($(`a[href="${abs('/')}"]`).length).toBeGreaterThan(0);
	expect(html).toContain(`<link rel="canonical" href="${abs('/')}">`);
	for (const c of content.story.chapters)
		expect($(`a[href="${abs(`/s/${c.slug}/`)}"]`).length, c.slug).toBeGreaterThan(0);

	const markup = html.replace(/<!--[\s\S]*?-->/g, '');
	expect(markup).not.toMatch(/<script|<iframe|<style|<link|<object|<embed|<frame|<meta/i);
	expect(markup).not.toMatch(/\sclass\s*=/i);
	expect(markup).not.toMatch(/\son[a-z]+\s*=/i);
	expect($('[srcset], [background], video, audio, source').length).toBe(0);

	// Images: only our chart PNGs, at a real size, each described; every one exists in build/.
	const imgs = $('img').toArray();
	expect(imgs.length).toBeGreaterThanOrEqual(SLUGS.length);
	for (const img of imgs) {
		const src = $(img).attr('src')!;
		expect(src).toMatch(new RegExp(`^${abs('/graphics/')}[a-z]+-\\d+\\.png$`));
		expect(existsSync(join(BUILD, src.slice(site.length))), src).toBe(true);
		expect(Number($(img).attr('width'))).toBeGreaterThan(1);
		expect(Number($(img).attr('height'))).toBeGreaterThan(1);
		expect($(img).attr('alt')!.length).toBeGreaterThan(20);
	}
	for (const slug of SLUGS)
		expect(imgs.map((i) => $(i).attr('src'))).toContain(abs(`/graphics/${KEY_STEPS[slug]}.png`));
	// Nothing else in the markup names a URL that a browser would fetch.
	const fetched = [...markup.matchAll(/\s(src|data|poster|formaction|action)\s*=\s*"([^"]*)"/gi)];
	expect(fetched.filter((m) => !m[2]!.startsWith(abs('/graphics/')))).toEqual([]);
	expect(markup).not.toMatch(/url\(/i);
}

describe('build/: the republish HTML', () => {
	it('republish/story.html is clean, complete and credited', () => {
		expectCleanStory(read('republish/story.html'));
	});

	it('the field on /republish/ holds the same HTML', () => {
		const $ = page('republish/index.html');
		const text = $('textarea#republish-html').text();
		expect(text).toBe(read('republish/story.html'));
		expectCleanStory(text);
	});

	it('/republish/ gives the rules, the credit line and the original near the top', () => {
		const $ = page('republish/index.html');
		const top = $('main').children().slice(0, 4);
		expect(top.text()).toContain(CREDIT);
		expect(top.find(`a[href="${abs('/')}"]`).length).toBeGreaterThan(0);
		expect($('main').text()).toMatch(/Translations are welcome/);
		// The licence's own conditions, and our requests worded as requests: CC BY 4.0 allows
		// adaptation and forbids adding restrictions to it.
		expect($('main').text()).toMatch(/say if you changed it/);
		expect($('main').text()).toMatch(/We also ask you to keep its meaning/);
		expect($('main').text()).toMatch(/Please keep the links/);
		expect($('main').text()).not.toMatch(/Do not change/);
		expect($('main').text()).toMatch(/download them/);
		expect($('a[href$="story.html"][download]').length).toBe(1);
	});

	it('/republish/ has an embed code and an image-only code for every chapter', () => {
		const $ = page('republish/index.html');
		for (const slug of SLUGS) {
			const code = $(`textarea#embed-code-${slug}`).text();
			expect(code).toContain(`src="${abs(`/embed/${slug}/`)}"`);
			expect(code).toContain('event.source');
			const image = $(`textarea#image-code-${slug}`).text();
			expect(image).toContain(abs(`/graphics/${KEY_STEPS[slug]}.png`));
			expect(image).toContain(CREDIT);
			expect(image).not.toMatch(/<script|<iframe/);
		}
	});

	it('kit.json (for the story page dialog) holds the same HTML', () => {
		const kit = JSON.parse(read('republish/kit.json'));
		expect(kit.html).toBe(read('republish/story.html'));
		expect(kit.credit).toBe(CREDIT);
		expect(kit.storyUrl).toBe(abs('/'));
	});

	it("/republish/ lists the images the story's HTML shows, each to download under a name of its own", () => {
		const html = load(read('republish/story.html'));
		const used = html('img')
			.map((_, img) => new URL(html(img).attr('src')!).pathname)
			.get();
		expect(used.length).toBeGreaterThan(0);
		const $ = page('republish/index.html');
		const links = $('ul.images a[download]');
		// Relative links on the page, resolved as a browser would from /republish/.
		const listed = links
			.map((_, a) => new URL($(a).attr('href')!, abs('/republish/')).pathname)
			.get();
		expect(listed).toEqual(used);
		links.each((_, a) => {
			expect($(a).attr('download')).toMatch(/^balkars-1944-[a-z]+-\d\.png$/);
			const path = new URL($(a).attr('href')!, abs('/republish/')).pathname;
			expect(existsSync(join(BUILD, path.slice(new URL(abs('/')).pathname.length)))).toBe(true);
		});
	});

	it('/republish/ and kit.json say which version the HTML is, and where corrections are listed', () => {
		const { published, updated } = content.story.meta;
		const kit = JSON.parse(read('republish/kit.json'));
		expect([kit.published, kit.updated]).toEqual([published, updated]);
		expect(kit.correctionsUrl).toBe(abs('/#corrections'));
		const $ = page('republish/index.html');
		const version = $(`#html ~ p:has(time[datetime="${updated}"])`);
		expect(version.length).toBe(1);
		expect(version.find('a[href$="#corrections"]').length).toBe(1);
	});
});

describe('build/: the embeds', () => {
	it.each(SLUGS)('embed/%s/ exists, is not indexed and is canonical to its chapter', (slug) => {
		const $ = page(`embed/${slug}/index.html`);
		expect($('meta[name="robots"]').attr('content')).toMatch(/noindex/);
		expect($('link[rel="canonical"]').attr('href')).toBe(abs(`/s/${slug}/`));
		const g = $('[data-graphic]');
		expect(g.length).toBe(1);
		expect(g.attr('data-graphic')).toBe(slug);
		expect(g.attr('data-active-step')).toBe(KEY_STEPS[slug]);
		expect(g.find('svg').length).toBeGreaterThan(0);
	});

	it.each(SLUGS)(
		'embed/%s/ names its source, credit and licence, and links out to the top',
		(slug) => {
			const $ = page(`embed/${slug}/index.html`);
			const key = KEY_STEPS[slug];
			const state = STEP_STATES[key];
			// A day and its month are joined by a no-break space on the page.
			const text = $('main').text().replaceAll('\u00a0', ' ');
			expect(text).toContain(content.texts[state.chart].source);
			expect(text).toContain(CREDIT);
			expect(text).toContain(steps.find((s) => s.id === key)!.alt);
			expect(text).toMatch(
				new RegExp(`Step \\d+ of ${steps.filter((s) => s.id.startsWith(`${slug}-`)).length}`)
			);
			expect($(`main a[href="${LICENCE}"]`).length).toBe(1);
			expect($('main table').length).toBe(1);
			const story = $('a').filter((_, a) => $(a).text().trim() === 'Read the full story');
			expect(story.attr('href')).toBe(abs(`/s/${slug}/`));
			expect(story.attr('target')).toBe('_top');
			const data = $('a').filter((_, a) => $(a).text().trim() === 'Get the data');
			expect(data.attr('href')).toBe(abs('/data/'));
			// No story chrome.
			expect($('section.chapter, [data-step], header.story-head').length).toBe(0);
			// Its own embed code, under a disclosure.
			expect($('details textarea#embed-code').text()).toContain(`src="${abs(`/embed/${slug}/`)}"`);
		}
	);
});

describe('build/: downloads', () => {
	it.each(STEPS)('graphics/%s.svg and .png exist and name source and licence', (id) => {
		const svg = read(`graphics/${id}.svg`);
		// The footer line is wrapped into tspans: join them back.
		const $ = load(svg, { xml: true });
		const footer = $('svg > text')
			.last()
			.find('tspan')
			.map((_, t) => $(t).text())
			.get()
			.join(' ');
		expect(footer).toContain(content.texts[STEP_STATES[id].chart].source);
		expect(footer).toContain(CREDIT);
		const png = readFileSync(join(BUILD, `graphics/${id}.png`));
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		// 2×: the PNG is twice the SVG's size.
		const width = png.readUInt32BE(16);
		expect(width).toBe(2 * Number(/<svg[^>]* width="(\d+)"/.exec(svg)![1]));
	});

	const tables = Object.values(TABLES);
	it.each(tables.map((t) => t.file))('data: %s is served unchanged, with a sidecar', (file) => {
		const name = file.replace(/^.*\//, '').replace(/\.csv$/, '');
		const served = readFileSync(join(BUILD, `data/${name}.csv`));
		expect(served.equals(readFileSync(join(DATA_DIR, file)))).toBe(true);
		const note = read(`data/${name}.csv.txt`);
		expect(note).toContain(LICENCE);
		expect(note).toContain(CREDIT);
		expect(note).toMatch(/Sources/);
		expect(note).toMatch(/https?:\/\//);
	});

	it('/data/ lists every dataset with its row count, sources and licence', () => {
		const $ = page('data/index.html');
		for (const t of tables) {
			const name = t.file.replace(/^.*\//, '').replace(/\.csv$/, '');
			const section = $(`#dataset-${name}`).closest('section');
			expect(section.find(`a[href$="${name}.csv"]`).length, name).toBe(1);
			expect(section.find(`a[href$="${name}.csv.txt"]`).length, name).toBe(1);
			const rows = (content.data as unknown as Record<string, unknown[]>)[
				Object.keys(TABLES).find((k) => TABLES[k as keyof typeof TABLES] === t)!
			]!.length;
			expect(section.text()).toContain(`${rows} rows`);
			expect(section.text()).toContain('CC BY 4.0');
		}
	});

	it('/data/ lists every graphic download by chapter, with its alt text', () => {
		const $ = page('data/index.html');
		for (const c of content.story.chapters) {
			const section = $(`#graphics-${c.slug}`).closest('section');
			for (const s of c.steps) {
				const item = section.find(`#graphic-${s.id}`);
				// The page keeps a day with its month (a no-break space): the words are the same.
				expect(item.text().replaceAll('\u00a0', ' '), s.id).toContain(s.alt);
				expect(item.find(`a[href$="graphics/${s.id}.png"]`).length, s.id).toBe(1);
				expect(item.find(`a[href$="graphics/${s.id}.svg"]`).length, s.id).toBe(1);
			}
		}
	});
});

describe('build/index.html: licence and metadata', () => {
	it('the footer names the licence and the credit line and links to /republish/ and /data/', () => {
		const footer = index('footer.site-footer');
		expect(footer.text()).toContain(CREDIT);
		expect(footer.find(`a[href="${LICENCE}"]`).length).toBe(1);
		expect(footer.find('a[href$="republish/"]').length).toBe(1);
		expect(footer.find('a[href$="data/"]').length).toBe(1);
	});

	it('the republish control is a plain link to /republish/ in the prerendered page', () => {
		const link = index('header a.republish-button');
		expect(link.length).toBe(1);
		expect(link.attr('href')).toMatch(/(^|\/)republish\/$/);
		expect(link.text().replace(/\s+/g, ' ').trim()).toBe('Republish this story');
	});

	it('has NewsArticle JSON-LD with every field, and no raw "<" in the script', () => {
		const scripts = index('script[type="application/ld+json"]');
		expect(scripts.length).toBe(1);
		const raw = scripts.html()!;
		expect(raw).not.toContain('<');
		const data = JSON.parse(raw);
		const m = content.story.meta;
		expect(data).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'NewsArticle',
			headline: m.headline,
			description: m.description,
			datePublished: m.published,
			dateModified: m.updated,
			license: LICENCE,
			isAccessibleForFree: true,
			url: abs('/'),
			inLanguage: 'en',
			mainEntityOfPage: { '@id': abs('/') },
			publisher: { '@type': 'Organization', name: 'Open History Graphics' }
		});
		expect(data.author).toEqual([
			expect.objectContaining({ '@type': 'Organization', name: 'Open History Graphics' })
		]);
		expect(data.image[0].url).toBe(abs('/cards/story.png'));
		expect(existsSync(join(BUILD, 'cards/story.png'))).toBe(true);
		expect(data.citation).toHaveLength(content.data.sources.length);
		for (const c of data.citation) {
			expect(c['@type']).toBe('CreativeWork');
			expect(c.name).toBeTruthy();
			expect(c.author).toBeTruthy();
		}
		const withUrl = content.data.sources.filter((s) => s.url);
		expect(data.citation.filter((c: { url?: string }) => c.url)).toHaveLength(withUrl.length);
	});
});
