// The copy in src/content/: every placeholder resolves, no count is typed by hand, the chapters are
// the six fixed ones with 3–6 steps each, and the prose is of the planned length.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLookup } from '../../src/lib/copy/lookup.ts';
import {
	CopyError,
	findPlaceholders,
	findTypedCounts,
	resolvePlaceholders
} from '../../src/lib/copy/placeholders.ts';
import { inlineHtml, keepTogether, plainTextHtml } from '../../src/lib/copy/markup.ts';
import { contestedGroups } from '../../src/lib/copy/contested.ts';
import { buildStory, parseCopy } from '../../src/lib/copy/story.ts';
import { loadData } from '../../src/lib/data/load.ts';
import { STEP_STATES } from '../../src/lib/graphics/registry.ts';
import type { ChartState } from '../../src/lib/graphics/states.ts';
import { CHAPTER_SLUGS } from '../../src/lib/story/chapters.ts';
import { editedRead, readReal, ROOT } from '../helpers/data.ts';

const SLUGS = ['occupation', 'accusation', 'eviction', 'exile', 'return', 'recognition'];
const FILES = ['story.aml', 'graphics.aml'] as const;
const read = (name: string) => readFileSync(join(ROOT, 'src/content', name), 'utf8');
const lookup = buildLookup(loadData(readReal));

/** Lines of an .aml file that carry copy: not comments, not ArchieML's {scope} and [list] lines. */
function copyLines(file: string) {
	return read(file)
		.split('\n')
		.map((text, i) => ({ text, line: i + 1 }))
		.filter(({ text }) => !text.trimStart().startsWith('#'))
		.filter(({ text }) => !/^\s*(\{[A-Za-z0-9_.-]*\}|\[[.+]?[A-Za-z0-9_.-]*\])\s*$/.test(text));
}

describe.each(FILES)('src/content/%s', (file) => {
	it('has no placeholder that data/ cannot fill', () => {
		const problems: string[] = [];
		for (const { text, line } of copyLines(file)) {
			for (const placeholder of findPlaceholders(text)) {
				try {
					resolvePlaceholders(placeholder, lookup, `${file} line ${line}`);
				} catch (e) {
					problems.push((e as Error).message);
				}
			}
		}
		expect(problems).toEqual([]);
	});

	it('has no count typed by hand (three or more digits outside a placeholder, years allowed)', () => {
		const problems: string[] = [];
		for (const { text, line } of copyLines(file)) {
			for (const count of findTypedCounts(text))
				problems.push(`${file} line ${line}: "${count}" in: ${text.trim()}`);
		}
		expect(problems).toEqual([]);
	});

	it('has no unbalanced braces', () => {
		const problems = copyLines(file)
			.filter(({ text }) => text.replace(/\{[^{}]*\}/g, '').match(/[{}]/))
			.map(({ text, line }) => `${file} line ${line}: ${text.trim()}`);
		expect(problems).toEqual([]);
	});
});

describe('the story', () => {
	const raw = parseCopy(read('story.aml'));
	const story = buildStory(raw, lookup);

	it('has the six chapters, in order', () => {
		expect(raw.chapters.map((c) => c.slug)).toEqual(SLUGS);
		expect([...CHAPTER_SLUGS]).toEqual(SLUGS);
		expect(story.chapters.map((c) => c.n)).toEqual([1, 2, 3, 4, 5, 6]);
	});

	it.each(SLUGS)('chapter %s has 3–6 steps, numbered from 1', (slug) => {
		const chapter = story.chapters.find((c) => c.slug === slug)!;
		expect(chapter.steps.length).toBeGreaterThanOrEqual(3);
		expect(chapter.steps.length).toBeLessThanOrEqual(6);
		expect(chapter.steps.map((s) => s.id)).toEqual(chapter.steps.map((_, i) => `${slug}-${i + 1}`));
		for (const step of chapter.steps) {
			expect(step.paragraphs.length, step.id).toBeGreaterThan(0);
			expect(step.alt.trim(), step.id).not.toBe('');
		}
	});

	it('leaves no placeholder and no raw markup in the built story', () => {
		const left: string[] = [];
		const walk = (v: unknown, path: string) => {
			if (typeof v === 'string') {
				for (const p of findPlaceholders(v)) left.push(`${path}: ${p}`);
				if (/[{}]/.test(v)) left.push(`${path}: stray brace in ${v}`);
			} else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
			else if (v && typeof v === 'object')
				for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
		};
		walk(story, 'story');
		expect(left).toEqual([]);
	});

	// A source's hedge ("nearly 8,000") is data (estimates.csv, qualifier): the charts and tables
	// write it from there, and the copy, which words its sentences itself, must write it too.
	it("writes a source's hedge before its figure wherever the copy gives it", () => {
		const hedged = loadData(readReal).estimates.filter((e) => e.qualifier);
		expect(hedged.length).toBeGreaterThan(0);
		for (const file of FILES) {
			const text = read(file);
			for (const e of hedged) {
				const uses = [...text.matchAll(new RegExp(`(\\S+) \\{${e.id}(\\|[^}]*)?\\}`, 'g'))];
				for (const [use, before] of uses)
					expect(before!.toLowerCase(), `${file}: ${use}`).toBe(e.qualifier!.split(' ').at(-1));
			}
		}
	});

	// Years in an alt text that say what span a chart shows are typed in the copy, as years may be;
	// they must still agree with the chart: the timeline's view in the registry, the register's
	// first and last dates in settlers.csv.
	it('names in each alt text the span its chart shows, not another', () => {
		const yearsIn = (text: string) =>
			[...text.matchAll(/\b(1[89]\d\d|20\d\d)(?:–(\d\d))?\b/g)].flatMap((m) =>
				m[2] ? [Number(m[1]), Number(m[1]!.slice(0, 2) + m[2])] : [Number(m[1])]
			);
		for (const chapter of story.chapters)
			for (const step of chapter.steps) {
				const state = STEP_STATES[step.id as keyof typeof STEP_STATES] as ChartState | undefined;
				if (state?.chart === 'timeline') {
					// The span comes before the first colon: "Timeline zoomed to 1987–90: …".
					const named = yearsIn(step.alt.split(':')[0]!);
					expect(named.length, step.id).toBeGreaterThan(0);
					expect(Math.min(...named), step.id).toBeGreaterThanOrEqual(Math.floor(state.from));
					expect(Math.min(...named), step.id).toBeLessThanOrEqual(state.from + 0.5);
					expect(Math.max(...named), step.id).toBeLessThanOrEqual(Math.ceil(state.to));
					// A year named runs to its end: "zoomed to 1991" covers a view to early 1992.
					expect(Math.max(...named) + 1, step.id).toBeGreaterThanOrEqual(state.to - 0.5);
				}
				const register = /register[^,:]* from (\d{4}) to (\d{4})/.exec(step.alt);
				if (register) {
					const dates = loadData(readReal).settlers.map((r) => Number(r.date.slice(0, 4)));
					expect([Number(register[1]), Number(register[2])], step.id).toEqual([
						Math.min(...dates),
						Math.max(...dates)
					]);
				}
			}
	});

	// Spans typed as years in chart titles agree with the rows they cover (the datasets'
	// descriptions: republish.test.ts).
	it('gives the spans of its charts as the data has them', () => {
		const data = loadData(readReal);
		const graphics = read('graphics.aml');
		const year = (d: string) => Number(d.slice(0, 4));
		const span = (a: number, b: number) => `${a}–${String(b).slice(2)}`;
		const peoples = data.peoples.map((r) => year(r.date));
		expect(graphics).toContain(
			`whole peoples, ${span(Math.min(...peoples), Math.max(...peoples))}`
		);
		const first = Math.min(...data.settlers.map((r) => year(r.date)));
		const census = year(data.events.find((e) => e.id === 'census_1959_held')!.date);
		expect(graphics).toContain(`in numbers, ${span(first, census)}`);
	});

	it('has 2,000–3,500 words of prose (intro, chapter intros, steps, methods)', () => {
		const text = [
			...story.intro,
			...story.chapters.flatMap((c) => [...c.intro, ...c.steps.flatMap((s) => s.paragraphs)]),
			...story.methods.filter((b) => b.type !== 'insert').map((b) => b.value)
		]
			.join(' ')
			.replace(/<[^>]+>/g, ' ')
			.replace(/&[a-z]+;/g, ' ');
		const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
		expect(words).toBeGreaterThanOrEqual(2000);
		expect(words).toBeLessThanOrEqual(3500);
	});
});

describe('counts the copy reads from the shape of data/', () => {
	it('{peoples_shown} is the number of deportations data/peoples.csv compares', () => {
		const rows = readReal('peoples.csv').trim().split('\n').length - 1;
		expect(lookup.get('peoples_shown')).toMatchObject({ value: rows });
		// One row fewer, and the chart's title and the text that counts its bars follow.
		const fewer = buildLookup(
			loadData(editedRead({ 'peoples.csv': (t) => void t.rows.splice(0, 1) }))
		);
		expect(resolvePlaceholders('{peoples_shown|Words}', fewer, 'the test')).not.toBe(
			resolvePlaceholders('{peoples_shown|Words}', lookup, 'the test')
		);
		expect(fewer.get('peoples_shown')).toMatchObject({ value: rows - 1 });
	});
});

describe('parseCopy rejects a malformed story', () => {
	/** A minimal valid copy with the given chapters and step counts. */
	function aml(chapters: [string, number][]) {
		const head = [
			'headline: H',
			'title: T',
			'dek: D',
			'description: Desc',
			'published: 2026-11-22',
			'updated: 2026-11-22',
			'byline: B',
			'publisher: P',
			'shortName: S',
			'[+intro]',
			'Intro.',
			'[]',
			'[chapters]'
		];
		const body = chapters.flatMap(([slug, n]) => [
			`slug: ${slug}`,
			'kicker: K',
			'title: T',
			'description: D',
			'[.steps]',
			...Array.from({ length: n }, (_, i) => [`text: Step ${i + 1}.`, `alt: Alt ${i + 1}.`]).flat(),
			'[]'
		]);
		const tail = [
			'[]',
			'[+methods]',
			'M.',
			'[]',
			'[+credits]',
			'C.',
			'[]',
			'[+licence]',
			'L.',
			'[]',
			'{contested}',
			'caption: Cap',
			'figure: F',
			'who: W',
			'kind: K',
			'share: S',
			'noShare: N',
			'{contested.quantities}',
			'deported: People deported',
			'{contested.kinds}',
			'record: R',
			'estimate: E',
			'community: C',
			'untraced: U',
			'{}',
			'{endTitles}',
			'methods: How',
			'credits: Cr',
			'licence: Li',
			'corrections: Co',
			'noCorrections: None.',
			'{}',
			'[corrections]',
			'[]'
		];
		return [...head, ...body, ...tail].join('\n');
	}
	const six = (n = 3): [string, number][] => SLUGS.map((s) => [s, n]);

	it('accepts a well-formed copy (the fixture is sound)', () => {
		expect(parseCopy(aml(six())).chapters).toHaveLength(6);
		expect(parseCopy(aml(six(6))).chapters[0]!.steps).toHaveLength(6);
	});
	it('a chapter with two steps', () => {
		const chapters = six();
		chapters[2] = ['eviction', 2];
		expect(() => parseCopy(aml(chapters))).toThrow(CopyError);
		expect(() => parseCopy(aml(chapters))).toThrow(/at least 3 steps/);
	});
	it('a chapter with seven steps', () => {
		const chapters = six();
		chapters[4] = ['return', 7];
		expect(() => parseCopy(aml(chapters))).toThrow(/at most 6 steps/);
	});
	it('chapters out of order', () => {
		const chapters = six();
		[chapters[0], chapters[1]] = [chapters[1]!, chapters[0]!];
		expect(() => parseCopy(aml(chapters))).toThrow(
			/occupation, accusation, eviction, exile, return, recognition/
		);
	});
	it('a missing chapter', () => {
		expect(() => parseCopy(aml(six().slice(0, 5)))).toThrow(CopyError);
	});
	it('an unknown chapter slug', () => {
		const chapters = six();
		chapters[3] = ['banishment', 3];
		expect(() => parseCopy(aml(chapters))).toThrow(/banishment/);
	});
	it('a kind of figure the contested table cannot name, or one the data has not', () => {
		expect(() => parseCopy(aml(six()).replace('untraced: U\n', ''))).toThrow(
			/contested › kinds.*record, estimate, community, untraced/
		);
		expect(() => parseCopy(aml(six()).replace('untraced: U', 'untraced: U\nrumour: X'))).toThrow(
			/contested › kinds/
		);
		expect(() => parseCopy(aml(six()).replace('community: C', 'community:'))).toThrow(
			/contested › kinds › community: kind "community" is empty/
		);
	});
	it('an insert that names nothing the end matter can place', () => {
		const src = read('story.aml').replace('insert: contested', 'insert: contestd');
		expect(() => buildStory(parseCopy(src), lookup)).toThrow(
			/"insert: contestd" names nothing; expected contested or sources/
		);
	});
	it('an end-matter title left empty', () => {
		expect(() => parseCopy(aml(six()).replace('credits: Cr', 'credits:'))).toThrow(
			/endTitles › credits: credits is empty/
		);
	});
	it('a bad publication date', () => {
		expect(() =>
			parseCopy(aml(six()).replace('published: 2026-11-22', 'published: 22 Nov'))
		).toThrow(/published/);
	});
});

describe('buildStory', () => {
	it('names the step of an unknown placeholder', () => {
		// Put an unknown placeholder into the first step of chapter 2.
		const src = read('story.aml');
		const steps = src.indexOf('[.steps]', src.indexOf('slug: accusation'));
		const at = src.indexOf('\ntext: ', steps) + '\ntext: '.length;
		const text = src.slice(0, at) + '{no_such_figure} ' + src.slice(at);
		expect(() => buildStory(parseCopy(text), lookup)).toThrow(CopyError);
		expect(() => buildStory(parseCopy(text), lookup)).toThrow(
			/no_such_figure.*chapter accusation, step 1/
		);
	});
	it('escapes HTML typed into the copy', () => {
		const src = read('story.aml');
		const at = src.indexOf('[+intro]\n') + '[+intro]\n'.length;
		const text = src.slice(0, at) + 'The <script>alert(1)</script> ' + src.slice(at);
		const story = buildStory(parseCopy(text), lookup);
		expect(story.intro.join('')).not.toContain('<script>');
		expect(story.intro.join('')).toContain('&lt;script&gt;');
	});
	it('keeps hyphenated names and ranges on one line, in text only', () => {
		const nw = (w: string) => `<span class="nowrap">${w}</span>`;
		expect(keepTogether('from Nalchik to Alma-Ata, 18,000–24,000 dead')).toBe(
			`from Nalchik to ${nw('Alma-Ata')}, ${nw('18,000–24,000')} dead`
		);
		expect(keepTogether('<a href="https://en.wikipedia.org/wiki/Alma-Ata">the city</a>')).toBe(
			'<a href="https://en.wikipedia.org/wiki/Alma-Ata">the city</a>'
		);
		expect(keepTogether('a state-of-the-art-and-far-too-long compound')).toBe(
			'a state-of-the-art-and-far-too-long compound'
		);
	});
	it("sets a graphic's plain description as the copy is set: escaped, dates and ranges whole", () => {
		expect(plainTextHtml('On 8 April 1944 <b> 18,000–24,000 & more')).toBe(
			'On 8\u00a0April 1944 &lt;b&gt; <span class="nowrap">18,000–24,000</span> &amp; more'
		);
	});
	it('keeps an initial with its name in a link text, and leaves the address alone', () => {
		// Only the words get the no-break space; the address keeps its dots as they are.
		expect(inlineHtml('[J. Otto Pohl](https://example.org/H.R/a.b)')).toBe(
			'<a href="https://example.org/H.R/a.b">J.\u00a0Otto Pohl</a>'
		);
		expect(inlineHtml('[J. Otto Pohl](https://example.org/a.b)')).toBe(
			'<a href="https://example.org/a.b">J.\u00a0Otto Pohl</a>'
		);
	});
	it('keeps an initial with the name after it, in the copy and in the contested table', () => {
		const story = buildStory(parseCopy(read('story.aml')), lookup);
		const html = story.chapters.flatMap((c) => c.steps.flatMap((s) => s.paragraphs)).join(' ');
		expect(html).toContain('J.\u00a0Otto Pohl');
		expect(html).not.toMatch(/\b\p{Lu}\. \p{Lu}/u);
		expect(inlineHtml('Z. D. Kumekhov. A new sentence')).toBe(
			'Z.\u00a0D.\u00a0Kumekhov. A new sentence'
		);
		const rows = contestedGroups(story.contested, loadData(readReal).estimates).flatMap(
			(g) => g.rows
		);
		expect(rows.some((r) => r.who.includes('J.\u00a0Otto Pohl'))).toBe(true);
	});
	it('keeps a day and its month on one line', () => {
		const story = buildStory(parseCopy(read('story.aml')), lookup);
		const html = story.chapters.flatMap((c) => c.steps.flatMap((s) => s.paragraphs)).join(' ');
		expect(html).toContain('8\u00a0April 1944');
		expect(html).not.toMatch(
			/\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December)\b/
		);
	});
});
