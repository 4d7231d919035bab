// The republish kit's pure functions: the story as clean HTML, the embed codes (the host script is
// run against fake windows), the NewsArticle JSON-LD, the dataset notes and the one credit line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import type { Story } from '../../src/lib/copy/story.ts';
import type { StepId } from '../../src/lib/story/chapters.ts';
import { KEY_STEPS } from '../../src/lib/graphics/registry.ts';
import { formatDate } from '../../src/lib/format.ts';
import { CONTENT_LICENCE, creditLine } from '../../src/lib/licence.ts';
import { loadContent } from '../../src/lib/server/content.ts';
import { datasets, sidecarText } from '../../src/lib/server/datasets.ts';
import { jsonLdText, newsArticle } from '../../src/lib/server/jsonld.ts';
import {
	EMBED_MAX_HEIGHT,
	EMBED_MIN_HEIGHT,
	embedCode,
	embedInfo,
	imageEmbedCode,
	republishFigures,
	republishHtml,
	type RepublishInput
} from '../../src/lib/server/republish.ts';
import { CHAPTER_SLUGS } from '../../src/lib/story/chapters.ts';
import { DATA_DIR, parseTable, ROOT } from '../helpers/data.ts';

const content = loadContent();
const ORIGIN = 'https://stories.example.org';
const absolute = (path: string) => `${ORIGIN}/balkars${path}`;
const STORY_URL = absolute('/');
const input = (story: Story = content.story): RepublishInput => ({
	story,
	sources: content.data.sources,
	estimates: content.data.estimates,
	texts: content.texts,
	states: content.states,
	absolute
});
const credit = creditLine(content.story.meta);

describe('republishHtml: the story as clean HTML', () => {
	const html = republishHtml(input());
	const $ = load(html);

	it('has the headline, byline, date and every chapter title', () => {
		expect($('h1').text()).toBe(content.story.meta.headline);
		expect(html).toContain(content.story.meta.byline);
		expect(html).toContain('22 November 2026');
		expect(
			$('h2')
				.map((_, el) => $(el).text())
				.get()
		).toEqual(expect.arrayContaining(content.story.chapters.map((c) => c.title)));
	});

	it('names the publisher, the licence and the original near the top', () => {
		const first = $('p').slice(0, 4).text();
		expect(first).toContain(`First published by ${content.story.meta.publisher}`);
		expect(first).toContain(credit);
		const top = $('p').slice(0, 4);
		expect(top.find(`a[href="${CONTENT_LICENCE.url}"]`).length).toBeGreaterThan(0);
		expect(top.find(`a[href="${STORY_URL}"]`).length).toBeGreaterThan(0);
		// The canonical-link suggestion, as a comment the editor sees.
		expect(html).toContain(`<link rel="canonical" href="${STORY_URL}">`);
		expect($('link').length).toBe(0);
	});

	it('holds every paragraph of the copy', () => {
		const text = $.root().text().replace(/\s+/g, ' ');
		const plain = (h: string) => load(h).root().text().replace(/\s+/g, ' ').trim();
		for (const p of content.story.intro) expect(text).toContain(plain(p));
		for (const c of content.story.chapters)
			for (const s of c.steps) for (const p of s.paragraphs) expect(text, s.id).toContain(plain(p));
	});

	it('carries the methods note: its paragraphs, its headings and the contested figures', () => {
		const text = $.root().text().replace(/\s+/g, ' ');
		const plain = (h: string) => load(h).root().text().replace(/\s+/g, ' ').trim();
		const methods = content.story.methods;
		expect(methods.some((b) => b.type === 'insert' && b.value === 'contested')).toBe(true);
		for (const b of methods) {
			if (b.type === 'text') expect(text).toContain(plain(b.value));
			if (b.type === 'heading') expect($('h3').text()).toContain(b.value);
		}
		expect($('h2').text()).toContain(content.story.endTitles.methods);
		// The table: a row per estimate, each figure as the source gives it, with who gives it.
		const table = $('table');
		expect(table.length).toBe(1);
		expect(table.find('caption').text()).toBe(content.story.contested.caption);
		const rows = table.find('tbody tr:has(td)');
		expect(rows.length).toBe(content.data.estimates.length);
		for (const e of content.data.estimates) {
			const n = (e.value ?? e.low)!.toLocaleString('en-GB');
			const row = rows.filter((_, tr) => {
				const [figure, who] = $(tr)
					.children('th, td')
					.map((_, td) => $(td).text())
					.get();
				return figure!.includes(n) && who!.replaceAll('\u00a0', ' ').startsWith(e.who);
			});
			expect(row.length, e.id).toBe(1);
			if (e.qualifier)
				expect(row.children('th').first().text(), e.id).toMatch(new RegExp(`^${e.qualifier} `));
		}
		// Plain markup, as the rest: no class or style for a host page to trip on. Each heading
		// cell has its scope (a plain attribute editors keep), so a screen reader ties a figure
		// to its column and its group: a body per group.
		expect(table.find('[class], [style]').length).toBe(0);
		expect(table.find('thead th[scope="col"]').length).toBe(3);
		expect(table.find('tbody').length).toBe(content.story.contested.quantities.length);
		table.find('tbody').each((_, tb) => {
			expect($(tb).find('tr').first().children('th[scope="rowgroup"]').length).toBe(1);
		});
		expect(table.find('th:not([scope])').length).toBe(0);
	});

	it('has nothing that could run, restyle a host page or report a reader', () => {
		// The one comment (the canonical-link suggestion) is inert; check the markup without it.
		expect(html.match(/<!--/g)).toHaveLength(1);
		const markup = html.replace(/<!--[\s\S]*?-->/g, '');
		expect(markup).not.toMatch(/<script|<iframe|<style|<link|<object|<embed|<form|<input/i);
		expect(markup).not.toMatch(/\sclass=|\sid=|\son[a-z]+=/i);
		expect(markup).not.toMatch(/javascript:/i);
		expect($('[srcset], [background], video, audio, source').length).toBe(0);
	});

	it("shows each chapter's key chart as our PNG, with the step's alt text and a real size", () => {
		const imgs = $('img').toArray();
		const srcs = imgs.map((i) => $(i).attr('src'));
		for (const slug of CHAPTER_SLUGS) {
			expect(srcs, slug).toContain(absolute(`/graphics/${KEY_STEPS[slug]}.png`));
		}
		for (const img of imgs) {
			const src = $(img).attr('src')!;
			expect(src).toMatch(new RegExp(`^${absolute('/graphics/')}[a-z]+-\\d\\.png$`));
			const id = src.match(/([a-z]+-\d)\.png$/)![1];
			const step = content.story.chapters.flatMap((c) => c.steps).find((s) => s.id === id)!;
			expect($(img).attr('alt')).toBe(step.alt);
			expect(Number($(img).attr('width'))).toBeGreaterThan(100);
			expect(Number($(img).attr('height'))).toBeGreaterThan(100);
		}
	});

	it('describes each figure on its own: an alt that points back to an earlier picture fails', () => {
		// In the scrolling story a step's alt may build on the one before ("the same map"), but the
		// republished text and the embeds show only some states: the first a reader meets there must
		// stand alone. Each chapter's first republished figure and its key step (where an embed opens).
		const REFERS_BACK =
			/^(the same|the (map|chart|dots|timeline)\b)|\b(same|again|zoomed|rearranged|adds)\b/i;
		const standalone = content.story.chapters.flatMap((c) => [
			republishFigures(c, content.states)[0]!,
			KEY_STEPS[c.slug]
		]);
		const problems = content.story.chapters
			.flatMap((c) => c.steps)
			.filter((s) => standalone.includes(s.id) && REFERS_BACK.test(s.alt))
			.map((s) => `${s.id}: ${s.alt}`);
		expect(problems).toEqual([]);
	});

	it('credits each figure and links it to its interactive chapter', () => {
		for (const c of content.story.chapters) {
			for (const id of republishFigures(c, content.states)) {
				const fig = $(`img[src="${absolute(`/graphics/${id}.png`)}"]`).closest('figure');
				expect(fig.length, id).toBe(1);
				expect(fig.find('figcaption').text()).toContain(credit);
				expect(fig.find(`a[href="${absolute(`/s/${c.slug}/`)}"]`).length, id).toBe(1);
			}
		}
	});

	it('covers every chart a chapter uses, in reading order', () => {
		for (const c of content.story.chapters) {
			const figs = republishFigures(c, content.states);
			const charts = figs.map((id) => content.states[id]!.chart);
			expect(new Set(charts)).toEqual(new Set(c.steps.map((s) => content.states[s.id]!.chart)));
			expect(figs).toContain(KEY_STEPS[c.slug]);
			const order = c.steps.map((s) => s.id);
			expect([...figs].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(figs);
		}
	});

	it('shows the picture that a step describes ("in the chart", "on the timeline")', () => {
		// A republished text that says "in the chart, one ring for every 100 troops" under a picture
		// of the trains would send the reader looking for rings. Guards later copy edits too.
		const POINTS_AT = /\b(in the chart|on the timeline|the map shades|in the map)\b/i;
		const shown = new Set(
			content.story.chapters.flatMap((c) => republishFigures(c, content.states))
		);
		const pointing = content.story.chapters
			.flatMap((c) => c.steps)
			.filter((s) => s.paragraphs.some((p) => POINTS_AT.test(p)))
			.map((s) => s.id);
		expect(pointing.length).toBeGreaterThan(2);
		const same = (a: StepId, b: StepId) =>
			JSON.stringify(content.states[a]) === JSON.stringify(content.states[b]);
		for (const id of pointing) {
			expect(
				[...shown].some((f) => same(f, id)),
				`${id}'s picture`
			).toBe(true);
		}
	});

	it('lists every source, with its link', () => {
		const items = $('ol li');
		const hrefs = $('ol li a')
			.map((_, a) => $(a).attr('href'))
			.get();
		expect(items.length).toBe(content.data.sources.length);
		const cites = $('ol li cite')
			.map((_, c) => $(c).text())
			.get();
		for (const s of content.data.sources) {
			expect(cites, s.id).toContain(s.title);
			if (s.url) expect(hrefs, s.id).toContain(s.url);
		}
	});

	it('marks a title in another language with its language, its English gloss left unmarked', () => {
		const foreign = content.data.sources.filter((s) => s.title_lang);
		expect(foreign.length).toBeGreaterThan(0);
		for (const s of foreign) {
			const span = $(`ol li cite span[lang="${s.title_lang}"]`).filter((_, el) =>
				s.title.startsWith(`${$(el).text()} (`)
			);
			expect(span.length, s.id).toBe(1);
		}
		// Only the original is marked: every other word on the page is in the page's English.
		expect($('[lang]').length).toBe(foreign.length);
	});

	it("links a work's title only to the work; a source known by its site alone links the site", () => {
		for (const s of content.data.sources.filter((x) => x.url)) {
			const li = $('ol li').filter((_, el) => $(el).find(`a[href="${s.url}"]`).length > 0);
			const onTitle = li.find(`a[href="${s.url}"] cite`).length > 0;
			const url = new URL(s.url!);
			expect(onTitle, s.id).toBe(!(url.pathname === '/' && !url.search));
		}
	});

	it('adds a correction note when there is one, and none when there is not', () => {
		const none = load(republishHtml(input({ ...content.story, corrections: [] })));
		expect(none('h2').text()).not.toContain('Corrections');
		const story: Story = {
			...content.story,
			corrections: [{ date: '2026-12-01', html: 'We misdated <em>one</em> event.' }]
		};
		const with$ = load(republishHtml(input(story)));
		expect(with$('h2').text()).toContain('Corrections');
		expect(with$.root().text()).toContain('Correction, 1 December 2026: We misdated one event.');
	});

	it('escapes the copy and makes its relative links absolute', () => {
		const meta = { ...content.story.meta, headline: 'A <script>alert(1)</script> headline' };
		const first = content.story.chapters[0]!;
		const step = {
			...first.steps[0]!,
			paragraphs: ['See <a href="#methods">how</a> and <a href="/data/">data</a>.']
		};
		const story: Story = {
			...content.story,
			meta,
			chapters: [
				{ ...first, steps: [step, ...first.steps.slice(1)] },
				...content.story.chapters.slice(1)
			]
		};
		const out = republishHtml(input(story));
		expect(out).not.toContain('<script>');
		expect(out).toContain('&lt;script&gt;');
		expect(out).toContain(`<a href="${STORY_URL}#methods">how</a>`);
		expect(out).toContain(`<a href="${absolute('/data/')}">data</a>`);
	});
});

/**
 * Runs the host page's script against a fake page holding the given iframes (by default one, of
 * this code's src), as many copies of the script as asked; returns what it did.
 */
function runHostScript(code: string, frameCount = 1, scriptCopies = 1) {
	const script = code.match(/<script>([\s\S]*?)<\/script>/)![1]!;
	const src = code.match(/<iframe[^>]* src="([^"]+)"/)![1]!;
	const frames = Array.from({ length: frameCount }, (_, i) => ({
		contentWindow: { name: `embed ${i}` } as unknown,
		src,
		style: { height: '' }
	}));
	const [iframe] = frames as [(typeof frames)[number]];
	const frameWindow = iframe.contentWindow;
	const listeners: Record<string, ((e: unknown) => void)[]> = {};
	const win = {
		addEventListener: (type: string, fn: (e: unknown) => void) => (listeners[type] ??= []).push(fn)
	};
	const doc = {
		querySelectorAll: (selector: string) => (selector === 'iframe[data-oh-embed]' ? frames : [])
	};
	for (let i = 0; i < scriptCopies; i++) new Function('window', 'document', script)(win, doc);
	const post = (data: unknown, source: unknown = frameWindow, origin = new URL(src).origin) => {
		for (const fn of listeners.message ?? []) fn({ data, source, origin });
		return iframe.style.height;
	};
	return { listeners, iframe, frames, frameWindow, post };
}

describe('embedCode: the iframe and its host script', () => {
	const info = embedInfo(input(), 'exile');
	const code = embedCode(info, absolute);
	const $ = load(code);
	const msg = (height: unknown) => ({ sentinel: 'amp', type: 'embed-size', height });

	it('is an iframe with a title, lazy loading, the permissions, full width and no border', () => {
		const f = $('iframe');
		expect(f.length).toBe(1);
		expect(f.attr('src')).toBe(absolute('/embed/exile/'));
		expect(f.attr('title')).toContain(info.title);
		expect(f.attr('loading')).toBe('lazy');
		// The embed's own copy buttons write to the clipboard; it shares nothing itself.
		expect(f.attr('allow')).toBe('clipboard-write');
		expect(f.attr('width')).toBe('100%');
		expect(Number(f.attr('height'))).toBeGreaterThanOrEqual(EMBED_MIN_HEIGHT);
		expect(f.attr('style')).toMatch(/border:\s*0/);
		expect(f.attr('style')).toMatch(/width:\s*100%/);
	});

	it('has a plain link to the chapter, with the credit line', () => {
		const a = $(`p a[href="${absolute('/s/exile/')}"]`);
		expect(a.length).toBe(1);
		expect($('p').text()).toContain(credit);
		// CC BY asks for a link to the licence, even where the host drops the iframe and script.
		expect($(`p a[rel="license"][href="${CONTENT_LICENCE.url}"]`).length).toBe(1);
	});

	it('listens to messages only, and sets the height from its own iframe', () => {
		const host = runHostScript(code);
		expect(Object.keys(host.listeners)).toEqual(['message']);
		expect(host.post(msg(1234))).toBe('1234px');
		expect(host.post(msg('987'))).toBe('987px');
		expect(host.post(msg(640.2))).toBe('641px');
	});

	it('resizes each of two embeds of one chapter from its own messages, however many copies of the script', () => {
		for (const copies of [1, 2]) {
			const host = runHostScript(code, 2, copies);
			expect(host.listeners.message).toHaveLength(copies);
			const [one, two] = host.frames as [typeof host.iframe, typeof host.iframe];
			host.post(msg(700), one.contentWindow);
			host.post(msg(900), two.contentWindow);
			expect([one.style.height, two.style.height]).toEqual(['700px', '900px']);
		}
		// The iframe is found by the window its messages come from: no id to repeat on the host page.
		expect($('iframe').attr('id')).toBeUndefined();
		expect($('iframe').is('[data-oh-embed]')).toBe(true);
	});

	it('ignores messages from any other window', () => {
		const host = runHostScript(code);
		host.post(msg(900));
		expect(host.post(msg(3000), { name: 'the host page' })).toBe('900px');
		expect(host.post(msg(3000), null)).toBe('900px');
		expect(host.post(msg(3000), {})).toBe('900px');
		// From the iframe's window, but after it navigated to another site.
		expect(host.post(msg(3000), host.frameWindow, 'https://elsewhere.example')).toBe('900px');
		// A detached iframe has no window: a message without a source must not match it.
		host.iframe.contentWindow = null as never;
		expect(host.post(msg(3000), null)).toBe('900px');
	});

	it('ignores other messages and values that are not finite numbers', () => {
		const host = runHostScript(code);
		host.post(msg(900));
		for (const bad of [
			{ sentinel: 'amp', type: 'other', height: 500 },
			{ sentinel: 'pym', type: 'embed-size', height: 500 },
			{ type: 'embed-size', height: 500 },
			msg('tall'),
			msg(Infinity),
			msg(-Infinity),
			msg(NaN),
			msg(undefined),
			msg({}),
			'embed-size 500',
			null,
			42
		]) {
			expect(host.post(bad), JSON.stringify(bad)).toBe('900px');
		}
	});

	it('clamps the height', () => {
		const host = runHostScript(code);
		expect(host.post(msg(1e9))).toBe(`${EMBED_MAX_HEIGHT}px`);
		expect(host.post(msg(-50))).toBe(`${EMBED_MIN_HEIGHT}px`);
		expect(host.post(msg(0))).toBe(`${EMBED_MIN_HEIGHT}px`);
	});

	it('does nothing else: no eval, no DOM writes but the height, no requests', () => {
		const script = code.match(/<script>([\s\S]*?)<\/script>/)![1]!;
		expect(script).not.toMatch(
			/eval|innerHTML|outerHTML|document\.write|fetch|XMLHttpRequest|location|src\s*=|cookie|localStorage|postMessage/
		);
		expect(script.match(/\.style\.height\s*=/g)).toHaveLength(1);
		expect(code.match(/<script/g)).toHaveLength(1);
	});
});

describe('imageEmbedCode: for hosts that allow no script', () => {
	it.each(CHAPTER_SLUGS)(
		'%s: a linked PNG of the key state, with alt text and the credit line',
		(slug) => {
			const info = embedInfo(input(), slug);
			const code = imageEmbedCode(info, absolute);
			const $ = load(code);
			expect(code).not.toMatch(/<script|<iframe|<style|\sclass=/i);
			const img = $('a > img');
			expect(img.length).toBe(1);
			expect(img.attr('src')).toBe(absolute(`/graphics/${KEY_STEPS[slug]}.png`));
			expect(img.attr('alt')).toBe(info.alt);
			expect(img.attr('alt')!.length).toBeGreaterThan(20);
			expect(img.parent().attr('href')).toBe(absolute(`/s/${slug}/`));
			expect($('figcaption').text()).toContain(credit);
			expect($(`a[href="${CONTENT_LICENCE.url}"]`).length).toBe(1);
		}
	);
});

describe('JSON-LD', () => {
	const data = newsArticle({
		meta: content.story.meta,
		sources: content.data.sources,
		absolute
	}) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

	it('is a NewsArticle with the fields search engines read', () => {
		expect(data['@context']).toBe('https://schema.org');
		expect(data['@type']).toBe('NewsArticle');
		expect(data.headline).toBe(content.story.meta.headline);
		expect(data.description).toBe(content.story.meta.description);
		expect(data.datePublished).toBe(content.story.meta.published);
		expect(data.dateModified).toBe(content.story.meta.updated);
		expect(data.author).toEqual([
			expect.objectContaining({ '@type': 'Organization', name: 'Open History Graphics' })
		]);
		expect(data.publisher).toEqual(
			expect.objectContaining({ '@type': 'Organization', name: 'Open History Graphics' })
		);
		expect(data.image[0].url).toBe(absolute('/cards/story.png'));
		expect(data.license).toBe('https://creativecommons.org/licenses/by/4.0/');
		expect(data.isAccessibleForFree).toBe(true);
		expect(data.mainEntityOfPage['@id']).toBe(STORY_URL);
		expect(data.url).toBe(STORY_URL);
		expect(data.inLanguage).toBe('en');
	});

	it('cites every source as a CreativeWork', () => {
		expect(data.citation).toHaveLength(content.data.sources.length);
		for (const [i, s] of content.data.sources.entries()) {
			expect(data.citation[i]).toMatchObject({
				'@type': 'CreativeWork',
				name: s.title,
				author: s.author
			});
			if (s.url) expect(data.citation[i].url).toBe(s.url);
		}
	});

	it('escapes every "<" and still means the same', () => {
		const tricky = { ...data, headline: 'x</script><script>alert(1)</script><!--' };
		const text = jsonLdText(tricky);
		expect(text).not.toContain('<');
		expect(text).toContain('\\u003c/script>');
		expect(JSON.parse(text)).toEqual(tricky);
	});
});

describe('datasets', () => {
	const all = datasets(content);

	it('describes each span as its rows have it', () => {
		const about = (name: string) => all.find((d) => d.name === name)!.description;
		const { data } = content;
		const year = (d: string) => Number(d.slice(0, 4));
		const peoples = data.peoples.map((r) => year(r.date));
		const least = Math.min(...peoples);
		expect(about('peoples')).toContain(`${least}–${String(Math.max(...peoples)).slice(2)}`);
		const settlers = data.settlers.map((r) => r.date).sort();
		const month = (d: string) => formatDate(d, 'month');
		expect(about('settlers')).toContain(`${month(settlers[0]!)} to ${month(settlers.at(-1)!)}`);
		const events = data.events.map((e) => year(e.date));
		expect(about('events')).toContain(`occupation of ${Math.min(...events)}`);
		expect(about('events')).toContain(`archives in ${Math.max(...events)}`);
	});

	it('lists every CSV under data/, with its row count', () => {
		expect(all.map((d) => d.file).sort()).toEqual(
			[
				'sources.csv',
				'figures.csv',
				'estimates.csv',
				'events.csv',
				'settlers.csv',
				'peoples.csv',
				'geo/places.csv',
				'geo/labels.csv'
			].sort()
		);
		for (const d of all) {
			const table = parseTable(readFileSync(join(DATA_DIR, d.file), 'utf8'));
			expect(d.rows, d.file).toBe(table.rows.length);
			expect(d.columns.map((c) => c.name)).toEqual(table.header);
			expect(d.csv).toBe(`/data/${d.name}.csv`);
		}
	});

	it('each sidecar names the licence and every source its rows cite, with its URL', () => {
		for (const d of all) {
			const text = sidecarText(content, d);
			expect(text).toContain(CONTENT_LICENCE.url);
			expect(text).toContain(credit);
			const table = parseTable(readFileSync(join(DATA_DIR, d.file), 'utf8'));
			const col = table.header.indexOf('source_id');
			if (col < 0) continue;
			const ids = new Set(table.rows.flatMap((r) => r[col]!.split(';').map((x) => x.trim())));
			expect(ids.size).toBeGreaterThan(0);
			for (const id of ids) {
				const s = content.data.sources.find((x) => x.id === id)!;
				expect(text, `${d.name}: ${id}`).toContain(`${id}: ${s.author}`);
				if (s.url) expect(text, `${d.name}: ${id}`).toContain(s.url);
			}
		}
	});
});

describe('the credit line', () => {
	it('is the one LICENSE-CONTENT.md gives', () => {
		const md = readFileSync(join(ROOT, 'LICENSE-CONTENT.md'), 'utf8');
		expect(md).toContain(`> ${credit}\n`);
		expect(md).toContain('https://creativecommons.org/licenses/by/4.0/legalcode');
		expect(credit).toBe('Open History Graphics, “Fourteen trains east”, CC BY 4.0');
	});

	it('is the one the downloads carry', async () => {
		const { stepGraphicSvg } = await import('../../src/lib/server/downloads.ts');
		// The footer is wrapped into lines (tspans): read it as text.
		const text = stepGraphicSvg(content, 'exile-2')
			.replace(/<[^>]+>/g, ' ')
			.replace(/\s+/g, ' ');
		expect(text).toContain(`Graphic: ${credit}.`);
	});
});
