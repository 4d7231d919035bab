// No sentence of the three source texts is copied into anything a reader gets from the site: the
// pages (their text, alt texts, labels and meta descriptions), the republish kit's story and the
// data downloads. The sources are kept here only as hashes of their runs of seven words
// (tests/fixtures/source-runs.json, made by scripts/own-words.mjs); each run of ours is hashed
// the same way. The titles of cited works and the republic's full name are the exceptions.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { load } from 'cheerio';
import { expect, it } from 'vitest';
import { FINGERPRINT_FILE, RUN, runs, words } from '../../scripts/own-words.mjs';
import { ROOT } from '../helpers/data.ts';
import { visibleText } from '../helpers/html-text.ts';

const BUILD = resolve(ROOT, process.env.BUILD_DIR ?? 'build');
const fingerprint = JSON.parse(readFileSync(FINGERPRINT_FILE, 'utf8')) as {
	run: number;
	hashes: string[];
};
const sourceRuns = new Set(fingerprint.hashes);

/** Names and titles we must write as they are, whoever else wrote them first. */
const NAMES = [
	'Kabardino-Balkar Autonomous Soviet Socialist Republic',
	"Punished Peoples of the Soviet Union: The Continuing Legacy of Stalin's Deportations"
].map(words);

/** `list` cut wherever one of NAMES stands in it. */
function withoutNames(list: string[]): string[][] {
	const parts: string[][] = [[]];
	for (let i = 0; i < list.length;) {
		const name = NAMES.find((n) => n.every((w, j) => list[i + j] === w));
		if (name) {
			parts.push([]);
			i += name.length;
		} else parts.at(-1)!.push(list[i++]!);
	}
	return parts;
}

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === '_app' ? [] : files(path);
		return /\.(html|csv|txt)$/.test(name) ? [path] : [];
	});
}

/** What a reader reads in a file, in pieces a run of words must not cross. */
function pieces(path: string): string[] {
	const text = readFileSync(path, 'utf8');
	if (!path.endsWith('.html')) return [text];
	const $ = load(text);
	$('cite').remove(); // titles of works, quoted as published
	const attributes = $('[alt], [aria-label], [title], meta[content]')
		.toArray()
		.flatMap((el) => ['alt', 'aria-label', 'title', 'content'].map((a) => $(el).attr(a) ?? ''));
	return [visibleText($('body')), visibleText($('head title')), ...attributes];
}

/** Runs of our words that a source also has, each once. */
function copiedRuns(text: string): string[] {
	const found = new Set<string>();
	for (const part of withoutNames(words(text)))
		for (const { run, hash } of runs(part, fingerprint.run))
			if (sourceRuns.has(hash)) found.add(run);
	return [...found];
}

it(`the fingerprint is of runs of ${RUN} words, and holds the sources' runs`, () => {
	expect(fingerprint.run).toBe(RUN);
	expect(sourceRuns.size).toBeGreaterThan(3000);
	// A sentence of the RFE/RL article, as it stands there: the check must see it.
	expect(
		copiedRuns('Kazakh officials said that more than 300,000 people who were convicted')
	).not.toEqual([]);
});

it('no run of seven words in any built page, the kit or the downloads comes from a source text', () => {
	// A build with the story, the kit and the downloads in it, or the check would pass on nothing.
	const read = files(BUILD);
	for (const page of ['index.html', 'republish/story.html', 'data/index.html', 'data/sources.csv'])
		expect(read.map((f) => relative(BUILD, f))).toContain(page);
	const words = read
		.flatMap((f) => pieces(f))
		.join(' ')
		.split(/\s+/).length;
	expect(words).toBeGreaterThan(20_000);
	const copied = read.flatMap((f) =>
		pieces(f).flatMap((p) => copiedRuns(p).map((run) => `${relative(BUILD, f)}: "${run}"`))
	);
	expect([...new Set(copied)]).toEqual([]);
});
