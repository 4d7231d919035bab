// Share pages and social cards in the build: every chapter's /s/<slug>/ carries its own title,
// description, absolute og:url and og:image (with size and alt), a Twitter large card and a
// canonical link to the story; every card is a 1200×630 PNG that exists.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { readSiteConfig } from '../../src/lib/site-config.js';
import { ROOT } from '../helpers/data.ts';

const BUILD = resolve(ROOT, process.env.BUILD_DIR ?? 'build');
const SLUGS = ['occupation', 'accusation', 'eviction', 'exile', 'return', 'recognition'];
// The origin and base path this build was made with (the same environment as the build).
const site = readSiteConfig(process.env);
const abs = (path: string) => `${site.origin}${site.base}${path}`;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
	const b = readFileSync(file);
	expect(b.subarray(1, 4).toString('ascii'), `${file} is a PNG`).toBe('PNG');
	return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

function head(path: string) {
	const file = join(BUILD, path, 'index.html');
	expect(existsSync(file), `${file} exists`).toBe(true);
	const $ = load(readFileSync(file, 'utf8'));
	const meta = (key: string) =>
		$(`meta[property="${key}"], meta[name="${key}"]`).attr('content') ?? '';
	return { $, meta };
}

describe('the story page', () => {
	it('has its own card, absolute URLs and a canonical link', () => {
		const { $, meta } = head('');
		expect(meta('og:url')).toBe(abs('/'));
		expect(meta('og:image')).toBe(abs('/cards/story.png'));
		expect($('link[rel="canonical"]').attr('href')).toBe(abs('/'));
		expect(pngSize(join(BUILD, 'cards/story.png'))).toEqual([1200, 630]);
	});
});

describe.each(SLUGS)('the share page for %s', (slug) => {
	const { $, meta } = head(`s/${slug}`);
	const story = load(readFileSync(join(BUILD, 'index.html'), 'utf8'));
	const chapterTitle = story(`#${slug}-title`).text().trim();

	it('has its own title and description', () => {
		expect($('title').text()).toContain(chapterTitle);
		expect(meta('og:title')).toContain(chapterTitle);
		expect(meta('description').length).toBeGreaterThan(40);
		expect(meta('og:description')).toBe(meta('description'));
		expect(meta('og:title')).not.toBe(story('meta[property="og:title"]').attr('content'));
	});

	it('has absolute og:url and og:image, with size and alt, and a large Twitter card', () => {
		expect(meta('og:url')).toBe(abs(`/s/${slug}/`));
		expect(meta('og:image')).toBe(abs(`/cards/${slug}.png`));
		expect(meta('og:image:width')).toBe('1200');
		expect(meta('og:image:height')).toBe('630');
		expect(meta('og:image:alt')).toContain(chapterTitle);
		expect(meta('twitter:card')).toBe('summary_large_image');
		expect(meta('twitter:image')).toBe(meta('og:image'));
		for (const url of [meta('og:url'), meta('og:image')])
			expect(new URL(url).origin).toBe(site.origin);
	});

	it('points its canonical link to the story', () => {
		expect($('link[rel="canonical"]').attr('href')).toBe(abs('/'));
	});

	it('has its card as a 1200×630 PNG', () => {
		expect(pngSize(join(BUILD, `cards/${slug}.png`))).toEqual([1200, 630]);
	});

	it("shows a reader without JavaScript the chapter's key graphic, not the heavy card", () => {
		const img = $('main img');
		expect(img.length).toBe(1);
		const src = img.attr('src')!;
		// The still image of the step the card shows, small and legible at phone width.
		expect(src).toMatch(new RegExp(`graphics/${slug}-\\d+\\.svg$`));
		const file = join(BUILD, 'graphics', src.split('/graphics/')[1]!);
		expect(existsSync(file), file).toBe(true);
		expect(readFileSync(file).length).toBeLessThan(100_000);
		expect(img.attr('alt')!.length).toBeGreaterThan(20);
		expect($('main img[src*="/cards/"]').length).toBe(0);
	});

	it('sends readers on to the chapter: a landing target for the script, a link without it', () => {
		const target = $('meta[name="story-landing"]').attr('content');
		expect(target).toMatch(new RegExp(`#${slug}$`));
		expect($(`main a[href$="#${slug}"]`).length).toBeGreaterThan(0);
	});
});

describe('unknown chapters', () => {
	it('get no share page, and the site has a 404 page for them', () => {
		expect(existsSync(join(BUILD, 's/nowhere/index.html'))).toBe(false);
		const notFound = readFileSync(join(BUILD, '404.html'), 'utf8');
		expect(notFound).toContain('Page not found');
		expect(notFound).not.toMatch(/<script/i);
	});
});
