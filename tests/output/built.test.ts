// The prerendered page in build/ (run after `npm run build`): the page contract, the end matter,
// no placeholder or hand-typed count in the text, and no resource from another host.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { findPlaceholders, resolvePlaceholders } from '../../src/lib/copy/placeholders.ts';
import { formatCount, formatOneDecimal } from '../../src/lib/format.ts';
import { STEP_STATES } from '../../src/lib/graphics/registry.ts';
import type { DotsState } from '../../src/lib/graphics/states.ts';
import { tableFor } from '../../src/lib/graphics/tables.ts';
import { loadContent } from '../../src/lib/server/content.ts';
import { DATA_DIR, parseTable, ROOT } from '../helpers/data.ts';
import { visibleText } from '../helpers/html-text.ts';
import { expectedDots } from '../helpers/dots.ts';

// BUILD_DIR lets the same checks run over another build (a BASE_PATH build, or a tampered copy).
const BUILD = resolve(ROOT, process.env.BUILD_DIR ?? 'build');
const SLUGS = ['occupation', 'accusation', 'eviction', 'exile', 'return', 'recognition'];
const END = ['methods', 'credits', 'licence', 'corrections'];
const STEPS = Object.keys(STEP_STATES);
const stepsOf = (slug: string) => STEPS.filter((id) => id.startsWith(`${slug}-`));

let $: CheerioAPI;
beforeAll(() => {
	const index = join(BUILD, 'index.html');
	if (!existsSync(index)) throw new Error('build/index.html is missing: run `npm run build` first');
	$ = load(readFileSync(index, 'utf8'));
});

describe('build/index.html: the page contract', () => {
	it('is in English, with exactly one h1', () => {
		expect($('html').attr('lang')).toBe('en');
		expect($('h1').length).toBe(1);
		expect($('h1').text().trim()).not.toBe('');
		expect($('title').text().trim()).not.toBe('');
	});

	it('has every chapter as section#<slug>, in order', () => {
		const ids = $('section[id]')
			.toArray()
			.map((s) => $(s).attr('id'))
			.filter((id) => SLUGS.includes(id!));
		expect(ids).toEqual(SLUGS);
		for (const slug of SLUGS) {
			expect($(`section#${slug}`).length, slug).toBe(1);
			expect($(`section#${slug} h2`).first().text().trim(), `${slug} title`).not.toBe('');
		}
	});

	it.each(SLUGS)('chapter %s has every step, with id = data-step = <slug>-<n>', (slug) => {
		const steps = $(`section#${slug} [data-step]`)
			.toArray()
			.map((el) => ({
				id: $(el).attr('id'),
				step: $(el).attr('data-step'),
				text: $(el).text().trim()
			}));
		expect(steps.map((s) => s.step)).toEqual(stepsOf(slug));
		for (const s of steps) {
			expect(s.id, `${s.step}: id`).toBe(s.step);
			expect(s.text.length, `${s.step}: text`).toBeGreaterThan(20);
		}
		expect(
			$(`[id]`).filter((_, el) => $(el).attr('id')?.startsWith(`${slug}-`) === true).length
		).toBeGreaterThanOrEqual(stepsOf(slug).length);
	});

	it("names each step's table by its chapter and step in the text itself, spaces included", () => {
		const names = $('[data-step] details summary')
			.toArray()
			.map((el) => $(el).text());
		expect(names).toHaveLength(STEPS.length);
		// Read as text, as every screen reader does, not through one browser's spacing rules.
		for (const name of names) expect(name).toMatch(/^The numbers for \S.*, step \d$/);
	});

	it('every step id appears exactly once', () => {
		for (const id of STEPS) expect($(`[id="${id}"]`).length, id).toBe(1);
		expect($('[data-step]').length).toBe(STEPS.length);
	});

	it('has the end matter: #methods, #credits, #licence, #corrections', () => {
		for (const id of END) {
			expect($(`#${id}`).length, id).toBe(1);
			expect(visibleText($(`#${id}`)).trim().length, `${id} text`).toBeGreaterThan(20);
		}
	});

	it('lists every source once, by author, numbered on without a gap across its several lists', () => {
		const sources = loadContent().data.sources;
		const lists = $('#methods ol.sources').toArray();
		expect(lists.length).toBeGreaterThan(1);
		let next = 1;
		const ids: string[] = [];
		for (const ol of lists) {
			expect(Number($(ol).attr('start') ?? 1), 'each list starts where the last ended').toBe(next);
			const items = $(ol).children('li').toArray();
			expect(items.length).toBeGreaterThan(0);
			next += items.length;
			ids.push(...items.map((li) => $(li).attr('id') ?? ''));
		}
		const byAuthor = [...sources].sort((a, b) => a.author.localeCompare(b.author));
		expect(ids).toEqual(byAuthor.map((s) => `source-${s.id}`));
	});

	it("links a work's title only to the work: a link to a site's home page is given as the site's", () => {
		const sources = loadContent().data.sources.filter((s) => s.url);
		const home = sources.filter((s) => {
			const url = new URL(s.url!);
			return url.pathname === '/' && !url.search;
		});
		expect(home.length, 'some sources are known only by their site').toBeGreaterThan(0);
		expect(home.length).toBeLessThan(sources.length);
		for (const s of sources) {
			const li = $(`#source-${s.id}`);
			const titleLink = li.find('a').filter((_, a) => $(a).find('cite').length > 0);
			const siteLink = li.find('a').filter((_, a) => $(a).find('cite').length === 0);
			if (home.includes(s)) {
				expect(titleLink.length, s.id).toBe(0);
				expect(siteLink.attr('href'), s.id).toBe(s.url);
				expect(siteLink.text(), s.id).toBe(new URL(s.url!).host.replace(/^www\./, ''));
			} else {
				expect(titleLink.attr('href'), s.id).toBe(s.url);
			}
		}
	});

	it('sets out the contested figures in three columns: figure, who says (and what kind), share', () => {
		const table = $('#methods table').first();
		expect(table.find('caption').text()).toMatch(/contested figures/i);
		expect(
			table
				.find('thead th')
				.map((_, th) => $(th).text().trim())
				.get()
		).toEqual(['Figure', 'Who says', 'Share of 37,713']);
		const rows = table.find('tbody tr:has(td)');
		expect(rows.length).toBeGreaterThanOrEqual(8);
		rows.each((_, tr) => {
			// The figure heads its row; who says and the share follow.
			expect($(tr).children('th[scope="row"]').length).toBe(1);
			expect($(tr).children('td').length).toBe(2);
			// A row with no share says so to a screen reader, not "blank".
			const share = $(tr).children('td').last();
			if (!/\d/.test(share.text())) expect(share.find('.sr-only').text()).toBe('not applicable');
			expect($(tr).find('.kind').text()).toMatch(/^Kind: \S/);
		});
		const community = rows.filter((_, tr) => $(tr).text().includes('Balkar community'));
		expect(community.children('td').last().text()).toBe('48–64%');
		// A source's hedge stays with its figure: Pohl wrote "nearly 8,000".
		const pohl = rows.filter((_, tr) => $(tr).text().includes('Pohl, for'));
		expect(pohl.children('th').first().text()).toBe('nearly 8,000');
		expect(pohl.children('td').last().text()).toBe('nearly 21%');
	});

	it.each(SLUGS)(
		'the %s graphic names its first step and is not yet ready: the browser draws it',
		(slug) => {
			const graphics = $(`section#${slug} [data-graphic]`);
			expect(graphics.length).toBe(1);
			expect(graphics.attr('data-graphic')).toBe(slug);
			expect(graphics.attr('data-active-step')).toBe(`${slug}-1`);
			expect(graphics.attr('data-ready')).toBeUndefined();
			expect(graphics.attr('data-drawn')).toBeUndefined();
			// No chart markup in the page: its first view is text (see graphics/lazy.ts).
			expect(graphics.find('svg, canvas').length, `${slug}: no chart in the HTML`).toBe(0);
		}
	);

	it.each(STEPS)('step %s carries its still image, a prerendered SVG that exists', (step) => {
		const img = $(`[data-step="${step}"] img`);
		expect(img.length).toBe(1);
		const src = img.attr('src')!;
		expect(src).toMatch(new RegExp(`graphics/${step}\\.svg$`));
		expect(img.attr('alt')?.length, `${step}: alt text`).toBeGreaterThan(20);
		expect(existsSync(join(BUILD, 'graphics', `${step}.svg`))).toBe(true);
	});

	it("the deaths chart's alt texts call each untraced figure untraced, in its own clause", () => {
		const estimates = parseTable(readFileSync(join(DATA_DIR, 'estimates.csv'), 'utf8'));
		const cell = (row: string[], field: string) => row[estimates.header.indexOf(field)]!;
		const untraced = estimates.rows
			.filter((r) => cell(r, 'quantity').endsWith('_deaths'))
			.flatMap((r) =>
				cell(r, 'kind') === 'untraced'
					? [cell(r, 'value')]
					: cell(r, 'untraced_end')
						? [cell(r, cell(r, 'untraced_end'))]
						: []
			)
			.map((n) => formatCount(Number(n)));
		expect(untraced.length).toBeGreaterThanOrEqual(2);
		const steps = Object.entries(STEP_STATES).filter(([, s]) => s.chart === 'deaths');
		const alts = steps.map(([step]) => $(`[data-step="${step}"] img`).attr('alt') ?? '').join(' ');
		for (const figure of untraced) {
			const clause = alts.split(/[;:]|, /).find((c) => c.includes(figure));
			expect(clause, figure).toMatch(/\b(untraced|not traced|could not trace)\b/);
		}
	});

	it("titles the end matter's sections with the copy's words", () => {
		const titles = loadContent().story.endTitles;
		expect($('#methods-title').text()).toBe(titles.methods);
		expect($('#credits-title').text()).toBe(titles.credits);
		expect($('#licence-title').text()).toBe(titles.licence);
		expect($('#corrections-title').text()).toBe(titles.corrections);
	});

	it('there are six graphics in all', () => {
		expect($('[data-graphic]').length).toBe(SLUGS.length);
	});

	it('serves the chart data the browser fetches, equal to what the build drew from', () => {
		const file = join(BUILD, 'graphics', 'charts.json');
		expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(
			JSON.parse(JSON.stringify(loadContent().charts))
		);
	});

	// Embeds draw their chart on the server: the story's chart components, first state.
	it.each(['accusation', 'eviction'])(
		"the %s embed draws its dot chart in its step's state",
		(slug) => {
			const svg = load(readFileSync(join(BUILD, 'embed', slug, 'index.html'), 'utf8'));
			const step = svg('[data-graphic]').attr('data-active-step') as keyof typeof STEP_STATES;
			const want = expectedDots(STEP_STATES[step] as DotsState);
			const people = svg('g.people').first();
			expect(people.find('circle').length).toBe(want.people);
			expect(people.find('circle.tone-accent').length).toBe(want.accent);
			expect(people.find('circle.tone-second').length).toBe(want.second);
			expect(people.find('circle.tone-ghost').length).toBe(want.ghost);
			const forces = svg('g.forces').first().children('g');
			expect(forces.not('.off').length).toBe(want.forcesShown);
		}
	);
});

describe('build/index.html: the text', () => {
	it('has no placeholder, brace, NaN or undefined left in the visible text', () => {
		const text = visibleText($('title').add('body'));
		expect(findPlaceholders(text)).toEqual([]);
		expect(text.match(/.{0,40}[{}].{0,40}/g) ?? []).toEqual([]);
		expect(text.match(/.{0,40}\b(NaN|undefined|null|\[object Object\])\b.{0,40}/g) ?? []).toEqual(
			[]
		);
	});

	it('has no count of three or more digits that does not come from data/', () => {
		const allowed = numbersFromData();
		const text = visibleText($('title').add('body'), ['svg']);
		const stray: string[] = [];
		for (const m of text.matchAll(/\d[\d,.]*\d|\d/g)) {
			const token = m[0];
			if (token.replace(/\D/g, '').length < 3) continue;
			if (/^(18|19|20)\d\d$/.test(token)) continue; // a year
			if (allowed.has(token)) continue;
			stray.push(
				`"${token}" in …${text.slice(Math.max(0, m.index - 50), m.index + token.length + 30)}…`
			);
		}
		expect(stray).toEqual([]);
	});
});

describe('build/index.html: the app starts after the first paint', () => {
	const bootScript = () =>
		$('script:not([src])')
			.toArray()
			.map((el) => $(el).text())
			.find((code) => code.includes('kit.start('));
	const preloadsOf = (boot: string) =>
		JSON.parse(boot.match(/for \(const href of (\[[^\]]*\])\)/)![1]!) as string[];

	// See src/lib/server/defer-start.ts: nothing competes with the document before it is painted.
	it('has no module preload in the head; the boot script waits for a paint, then preloads', () => {
		expect($('link[rel="modulepreload"]').length).toBe(0);
		const boot = bootScript();
		expect(boot).toBeDefined();
		expect(boot).toMatch(/type: 'paint'[\s\S]*modulepreload[\s\S]*import\(/);
		const preloads = preloadsOf(boot!);
		expect(preloads.length).toBeGreaterThan(2);
		for (const href of preloads) expect(existsSync(join(BUILD, href)), href).toBe(true);
	});

	// A module the page's own components import once pulled LayerCake in with it (16 kB gzipped).
	it('starts without chart code: LayerCake is only in a chunk loaded when a chart is needed', () => {
		const marker = 'layercake-container';
		for (const href of preloadsOf(bootScript()!))
			expect(readFileSync(join(BUILD, href), 'utf8').includes(marker), href).toBe(false);
		const chunks = join(BUILD, '_app/immutable/chunks');
		const lazy = readdirSync(chunks).filter((f) =>
			readFileSync(join(chunks, f), 'utf8').includes(marker)
		);
		expect(lazy.length).toBeGreaterThan(0);
	});
});

describe('build/index.html: what the app hydrates', () => {
	// See $lib/fragments.ts: the step cards never change once drawn, so the server draws them
	// into marked elements the app never walks, and their alt texts stay out of the page's data.
	it.each(SLUGS)("chapter %s's steps are a filled static fragment", (slug) => {
		const list = $(`section#${slug} .scrolly > [data-fragment="steps:${slug}"] > ol.steps`);
		expect(list.length).toBe(1);
		expect(
			list
				.children('li[data-step]')
				.toArray()
				.map((li) => $(li).attr('id'))
		).toEqual(stepsOf(slug));
	});

	it('leaves no marked element empty, nested ones included', () => {
		const empty = $('[data-fragment]')
			.toArray()
			.filter((el) => $(el).children().length === 0)
			.map((el) => $(el).attr('data-fragment'));
		expect(empty).toEqual([]);
		expect($('[data-step] [data-fragment^="table:"]').length).toBe(STEPS.length);
	});

	it("keeps the steps' alt texts out of the boot script's data", () => {
		const boot = $('script:not([src])')
			.toArray()
			.map((el) => $(el).text())
			.find((code) => code.includes('kit.start('))!;
		const alts = $('[data-step] img')
			.toArray()
			.map((img) => $(img).attr('alt') ?? '');
		expect(alts.length).toBe(STEPS.length);
		// As a step's own field; the story's card may still quote one inside its own alt text.
		for (const alt of alts) {
			expect(alt.length).toBeGreaterThan(20);
			expect(boot.includes(`alt:${JSON.stringify(alt)}`), alt).toBe(false);
		}
	});
});

describe('build/: buttons before the app starts', () => {
	// A button only works once the page is hydrated: until then it is disabled, so a tap on a slow
	// phone is refused visibly rather than lost (and a test cannot click it too early).
	it.each(['index.html', 'republish/index.html', 'embed/exile/index.html'])(
		'every button in %s is disabled in the prerendered HTML',
		(file) => {
			const page = load(readFileSync(join(BUILD, file), 'utf8'));
			const buttons = page('button').toArray();
			expect(buttons.length).toBeGreaterThan(0);
			expect(
				buttons.filter((b) => page(b).attr('disabled') === undefined).map((b) => page.html(b))
			).toEqual([]);
		}
	);
});

describe('build/: nothing is loaded from another host', () => {
	it('every script, stylesheet, image and preload in index.html is local', () => {
		const urls = [
			...$('script[src]')
				.map((_, el) => $(el).attr('src'))
				.get(),
			...$('link[href]')
				.not(
					'[rel~="canonical"], [rel~="alternate"], [rel~="author"], [rel~="license"], [rel~="me"]'
				)
				.map((_, el) => $(el).attr('href'))
				.get(),
			...$('img[src], source[src], video[src], audio[src], iframe[src], embed[src]')
				.map((_, el) => $(el).attr('src'))
				.get(),
			...$('[srcset]')
				.map((_, el) => $(el).attr('srcset'))
				.get(),
			...$('object[data]')
				.map((_, el) => $(el).attr('data'))
				.get()
		];
		expect(urls.length).toBeGreaterThan(0);
		expect(
			urls.filter((u) => /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(u) && !u.startsWith('data:'))
		).toEqual([]);
	});

	it('every local file the page loads exists in build/', () => {
		const refs = [
			...$('script[src]')
				.map((_, el) => $(el).attr('src'))
				.get(),
			...$('link[href]')
				.filter((_, el) =>
					/\b(stylesheet|modulepreload|preload|icon|manifest)\b/.test($(el).attr('rel') ?? '')
				)
				.map((_, el) => $(el).attr('href'))
				.get(),
			...$('img[src]')
				.map((_, el) => $(el).attr('src'))
				.get()
		];
		// Social cards are absolute URLs on the site's origin: their path must exist too.
		const origin = new URL($('link[rel="canonical"]').attr('href') ?? 'http://localhost:4173/');
		const cards = $('meta[property="og:image"], meta[name="twitter:image"]')
			.map((_, el) => $(el).attr('content'))
			.get()
			.filter((u) => new URL(u).origin === origin.origin)
			.map((u) => '.' + new URL(u).pathname.slice(origin.pathname.length - 1));
		const missing = [...refs, ...cards]
			.filter((u) => !/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(u))
			.map((u) => u.split(/[?#]/)[0]!)
			.filter((u) => !existsSync(join(BUILD, u)));
		expect(refs.length).toBeGreaterThan(0);
		expect(missing).toEqual([]);
	});

	it('no CSS or JS file fetches from another host', () => {
		const files: string[] = [];
		const walk = (dir: string) => {
			for (const name of readdirSync(dir)) {
				const p = join(dir, name);
				if (statSync(p).isDirectory()) walk(p);
				else if (/\.(css|js)$/.test(name)) files.push(p);
			}
		};
		walk(join(BUILD, '_app'));
		expect(files.length).toBeGreaterThan(0);
		const offenders: string[] = [];
		for (const file of files) {
			const text = readFileSync(file, 'utf8');
			const hits = [
				...text.matchAll(/url\(\s*['"]?(https?:)?\/\/[^)]*\)/g),
				...text.matchAll(/@import\s+(url\()?['"]?(https?:)?\/\//g),
				...text.matchAll(/fetch\(\s*['"`]https?:\/\//g)
			];
			for (const h of hits) offenders.push(`${relative(BUILD, file)}: ${h[0].slice(0, 80)}`);
		}
		expect(offenders).toEqual([]);
	});
});

/**
 * Every number text the build may show that comes from data/: each numeric cell of every CSV as
 * formatted by the story, numbers written inside text cells (source notes are shown verbatim), every
 * value a placeholder in the copy resolves to, and every string the chart data and tables hold.
 */
function numbersFromData(): Set<string> {
	const out = new Set<string>();
	const tokens = (s: string) => {
		for (const m of s.matchAll(/\d[\d,.]*\d|\d/g)) out.add(m[0]);
	};
	const number = (n: number) => {
		out.add(formatCount(n));
		out.add(formatOneDecimal(n));
	};
	const csvs: string[] = [];
	const walkDir = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const p = join(dir, name);
			if (statSync(p).isDirectory()) walkDir(p);
			else if (name.endsWith('.csv')) csvs.push(p);
		}
	};
	walkDir(DATA_DIR);
	for (const file of csvs) {
		const table = parseTable(readFileSync(file, 'utf8'));
		for (const row of table.rows) {
			for (const cell of row) {
				if (/^-?\d+(\.\d+)?$/.test(cell.trim())) number(Number(cell));
				else tokens(cell);
			}
		}
	}
	const content = loadContent();
	// Every placeholder in the copy, resolved.
	for (const name of ['story.aml', 'graphics.aml']) {
		const aml = readFileSync(join(ROOT, 'src/content', name), 'utf8');
		for (const line of aml.split('\n')) {
			if (line.trimStart().startsWith('#')) continue;
			for (const m of line.matchAll(/\{[^{}]+\}/g)) {
				try {
					tokens(resolvePlaceholders(m[0], content.lookup, `build test: ${name}`));
				} catch {
					// ArchieML scope lines ({dots}) and anything the copy tests report.
				}
			}
		}
	}
	// Text the charts and their tables are built with (not geometry: path data is skipped).
	const walk = (v: unknown, key = '') => {
		if (typeof v === 'string' && key !== 'd') tokens(v);
		else if (Array.isArray(v)) v.forEach((x) => walk(x));
		else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
	};
	walk(content.texts);
	walk(content.charts);
	for (const state of Object.values(content.states)) walk(tableFor(state, content.charts));
	return out;
}

describe('build/: titles in other languages', () => {
	const content = loadContent();
	const foreign = content.data.sources.filter((s) => s.title_lang);

	// A screen reader speaks a Russian title in a Russian voice only if the page says it is one.
	it.each(['index.html', 'data/index.html'])(
		'%s marks each title not in English with its language, and nothing else',
		(file) => {
			const $ = load(readFileSync(join(BUILD, file), 'utf8'));
			expect(foreign.length).toBeGreaterThan(0);
			for (const s of foreign) {
				const marked = $(`cite span[lang="${s.title_lang}"]`).filter((_, el) =>
					s.title.startsWith(`${$(el).text()} (`)
				);
				expect(marked.length, s.id).toBeGreaterThanOrEqual(1);
			}
			// Only those: the rest of the page is in its own language, English.
			const originals = new Set(foreign.map((s) => s.title.slice(0, s.title.lastIndexOf(' ('))));
			$('body [lang]').each((_, el) => {
				expect(el.tagName, $(el).text()).toBe('span');
				expect(originals.has($(el).text()), $(el).text()).toBe(true);
			});
		}
	);
});

describe('build/: landmarks', () => {
	// Inside <main> a footer is no landmark; outside it, it is the page's contentinfo, which a
	// screen reader's list of landmarks offers.
	it.each(['index.html', 'data/index.html', 'republish/index.html'])(
		'%s has its site footer outside <main>',
		(file) => {
			const $ = load(readFileSync(join(BUILD, file), 'utf8'));
			expect($('footer.site-footer').length).toBe(1);
			expect($('main footer.site-footer').length).toBe(0);
		}
	);
});
