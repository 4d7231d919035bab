// Our words, not the sources': the desk's rule is that no sentence of the three source texts is
// copied into the copy. The texts themselves stay outside this repository (one of them is
// RFE/RL's, all rights reserved), so what is kept here is a fingerprint of them: a short hash of
// every run of RUN words in them. tests/output/own-words.test.ts hashes the built pages' runs
// the same way and fails on any match. Facts and figures may carry over; a run of seven words
// rarely does by chance. Regenerate after the sources change:
//   node scripts/own-words.mjs ../shared/sources
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export const RUN = 7;
export const FINGERPRINT_FILE = new URL('../tests/fixtures/source-runs.json', import.meta.url);

/** Words as the comparison sees them: lower case, letters and digits, curly apostrophes made
 * straight ("37,713" is two words, "37" and "713").
 * @param {string} text
 * @returns {string[]} */
export const words = (text) =>
	text
		.toLowerCase()
		.replace(/[\u2018\u2019]/g, "'")
		.match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu) ?? [];

/** @param {string[]} run */
const hash = (run) => createHash('sha1').update(run.join(' ')).digest('hex').slice(0, 12);

/** Each run of `n` consecutive words in `list`, with its hash.
 * @param {string[]} list
 * @returns {{ run: string, hash: string }[]} */
export function runs(list, n = RUN) {
	const out = [];
	for (let i = 0; i + n <= list.length; i++) {
		const run = list.slice(i, i + n);
		out.push({ run: run.join(' '), hash: hash(run) });
	}
	return out;
}

if (process.argv[1] && basename(process.argv[1]) === 'own-words.mjs') {
	const dir = process.argv[2];
	if (!dir) throw new Error('usage: node scripts/own-words.mjs <folder of source texts>');
	const files = readdirSync(dir)
		.filter((f) => f.endsWith('.txt'))
		.sort();
	if (files.length === 0) throw new Error(`no .txt source text in ${dir}`);
	const hashes = new Set();
	for (const f of files)
		for (const r of runs(words(readFileSync(join(dir, f), 'utf8')))) hashes.add(r.hash);
	const out = {
		why: `Hashes of every run of ${RUN} words in the source texts (scripts/own-words.mjs). Not the texts: they are not ours to copy.`,
		run: RUN,
		sources: files,
		hashes: [...hashes].sort()
	};
	writeFileSync(FINGERPRINT_FILE, JSON.stringify(out, null, '\t') + '\n');
	console.log(
		`${hashes.size} runs of ${RUN} words from ${files.length} texts -> ${FINGERPRINT_FILE.pathname}`
	);
}
