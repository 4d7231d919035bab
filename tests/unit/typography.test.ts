import { describe, expect, it } from 'vitest';
import { typeset, typesetAll } from '../../src/lib/copy/typography.ts';

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
