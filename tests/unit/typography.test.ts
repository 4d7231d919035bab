import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { typeset, typesetAll } from '../../src/lib/copy/typography.ts';
import { DATA_DIR, parseTable, ROOT } from '../helpers/data.ts';

describe('typeset', () => {
	it('curls double and single quotes and apostrophes', () => {
		expect(typeset('44 "anti-Soviet groups" with 941 members')).toBe(
			'44 “anti-Soviet groups” with 941 members'
		);
		expect(typeset("the Balkars' own accounts; the NKVD's count")).toBe(
			'the Balkars’ own accounts; the NKVD’s count'
		);
		expect(typeset("from NKVD documents: 'nearly 8,000' in four years")).toBe(
			'from NKVD documents: ‘nearly 8,000’ in four years'
		);
		expect(typeset("The cruel March of '44")).toBe('The cruel March of ’44');
	});

	it('leaves web addresses alone, and pairs quotes either side of a link', () => {
		const link = "[Stalin's deportations](https://example.org/a'b\"c)";
		expect(typeset(`"See ${link}", he wrote.`)).toBe(
			`“See [Stalin’s deportations](https://example.org/a'b"c)”, he wrote.`
		);
		expect(typeset("at https://example.org/it's here, it's")).toBe(
			"at https://example.org/it's here, it’s"
		);
	});

	it('returns text without quotes unchanged', () => {
		expect(typeset('37,713 people on 14 trains')).toBe('37,713 people on 14 trains');
	});
});

describe('typesetAll', () => {
	it('typesets every string in plain objects and arrays, but not addresses or ids', () => {
		const out = typesetAll({
			id: "it's",
			url: "https://example.org/it's",
			title: "Beria's report",
			rows: [{ note: '"in transit"', n: 3494, at: null }]
		});
		expect(out).toEqual({
			id: "it's",
			url: "https://example.org/it's",
			title: 'Beria’s report',
			rows: [{ note: '“in transit”', n: 3494, at: null }]
		});
	});
});

// House style: our own words quote with double marks ("gangs"), so a chart label and the sentence
// beside it agree. Single marks are left to the titles of works, as their publishers print them.
describe('quotation marks in data/ and src/content/', () => {
	/** A single mark that opens a quotation: after a space, a bracket or the start of a cell. */
	const SINGLE_QUOTE = /(?:^|[\s(“])'[^'\n]+'(?=[\s,.;:)”]|$)/gm;
	it('are double, except in the titles of the works we cite', () => {
		const found: string[] = [];
		for (const file of readdirSync(DATA_DIR).filter((f) => f.endsWith('.csv'))) {
			const { header, rows } = parseTable(readFileSync(join(DATA_DIR, file), 'utf8'));
			for (const row of rows)
				row.forEach((cell, i) => {
					if (file === 'sources.csv' && header[i] === 'title') return;
					for (const m of cell.matchAll(SINGLE_QUOTE)) found.push(`${file}: ${m[0].trim()}`);
				});
		}
		for (const file of ['story.aml', 'graphics.aml']) {
			const text = readFileSync(join(ROOT, 'src/content', file), 'utf8');
			for (const m of text.matchAll(SINGLE_QUOTE)) found.push(`${file}: ${m[0].trim()}`);
		}
		expect(found).toEqual([]);
	});

	it('finds a quotation in single marks', () => {
		expect("demands 'self-determination'".match(SINGLE_QUOTE)).toHaveLength(1);
		expect("'gangs' in its case".match(SINGLE_QUOTE)).toHaveLength(1);
		expect("the Balkars' land and the NKVD's count, in the '40s".match(SINGLE_QUOTE)).toBeNull();
	});
});
