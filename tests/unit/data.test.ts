// data/ validation: the real data passes, and each kind of broken file fails with one message that
// names the file, the row (and its line) and the field.
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/lib/data/load.ts';
import { DataError } from '../../src/lib/data/errors.ts';
import {
	dropColumn,
	editedRead,
	readReal,
	rowNumber,
	setCell,
	type Edits,
	type Table
} from '../helpers/data.ts';

/** Runs loadData over edited data and returns the DataError it throws (fails if none). */
function failure(edits: Edits, raw?: Record<string, (text: string) => string>): DataError {
	try {
		loadData(editedRead(edits, raw));
	} catch (e) {
		expect(e).toBeInstanceOf(DataError);
		return e as DataError;
	}
	throw new Error('loadData accepted broken data');
}

/** The "where" part of a DataError message. */
const at = (file: string, row: number, field: string) =>
	`Invalid data in data/${file}, row ${row} (line ${row + 1}), field "${field}": `;

describe('the real data/', () => {
	it('passes validation', () => {
		const data = loadData(readReal);
		expect(data.sources.length).toBeGreaterThan(0);
		expect(data.figures.length).toBeGreaterThan(0);
		expect(data.estimates.find((e) => e.id === 'deported_total')?.value).toBe(37713);
		expect(Object.keys(data.geo).sort()).toEqual([
			'centralAsia',
			'context',
			'locator',
			'northCaucasus'
		]);
	});

	it('agrees with itself: the planned date is "days ahead" after the actual start', () => {
		const data = loadData(readReal);
		const day = (id: string) => Date.parse(data.events.find((e) => e.id === id)!.date);
		const ahead = data.figures.find((f) => f.id === 'days_ahead')!.value!;
		expect((day('deportation_planned') - day('deportation_start')) / 86_400_000).toBe(ahead);
	});

	it('is read the same way the in-memory fixtures are (a no-op edit still passes)', () => {
		expect(() =>
			loadData(editedRead({ 'figures.csv': () => {}, 'geo/places.csv': () => {} }))
		).not.toThrow();
	});
});

describe('DataError', () => {
	it('formats file, row, line and field', () => {
		const e = new DataError(
			'figures.csv',
			'expected a number, got "12x" (row id "foo")',
			5,
			'value'
		);
		expect(e.message).toBe(
			'Invalid data in data/figures.csv, row 5 (line 6), field "value": expected a number, got "12x" (row id "foo")'
		);
		expect(e.name).toBe('DataError');
		expect(e).toBeInstanceOf(Error);
	});

	it('names the line it is given, when blank lines make it differ from the row', () => {
		expect(new DataError('figures.csv', 'bad', 5, 'value', 8).message).toBe(
			'Invalid data in data/figures.csv, row 5 (line 8), field "value": bad'
		);
	});

	it('leaves out the row and field when there are none', () => {
		expect(new DataError('geo/places.csv', 'has no rows').message).toBe(
			'Invalid data in data/geo/places.csv: has no rows'
		);
	});
});

describe('a broken data file fails with a clear message', () => {
	it('missing column', () => {
		const e = failure({ 'figures.csv': (t) => dropColumn(t, 'unit') });
		expect(e.message).toContain('Invalid data in data/figures.csv');
		expect(e.message).toMatch(/missing column "unit"/);
	});

	it('missing column in a nested file (geo/places.csv)', () => {
		const e = failure({ 'geo/places.csv': (t) => dropColumn(t, 'lat') });
		expect(e.message).toContain('Invalid data in data/geo/places.csv');
		expect(e.message).toContain('"lat"');
	});

	it('unknown column', () => {
		const e = failure({
			'events.csv': (t) => {
				t.header.push('colour');
				for (const r of t.rows) r.push('red');
			}
		});
		expect(e.message).toContain('Invalid data in data/events.csv');
		expect(e.message).toContain('unknown column "colour"');
	});

	it('non-numeric value', () => {
		let row = 0;
		const e = failure({
			'figures.csv': (t) => (row = setCell(t, 'gang_members', 'value', '17x37'))
		});
		expect(e.message).toContain(at('figures.csv', row, 'value'));
		expect(e.message).toContain('"17x37"');
		expect(e.message).toContain('gang_members');
		expect(e.row).toBe(row);
		expect(e.field).toBe('value');
	});

	it('non-numeric required number (peoples.csv count)', () => {
		let row = 0;
		const e = failure({ 'peoples.csv': (t) => (row = setCell(t, 'kalmyks', 'count', 'ninety')) });
		expect(e.message).toContain(at('peoples.csv', row, 'count'));
		expect(e.message).toContain('expected a number, got "ninety"');
	});

	it('non-numeric coordinate (geo/places.csv lon)', () => {
		let row = 0;
		const e = failure({ 'geo/places.csv': (t) => (row = setCell(t, 'almaty', 'lon', '76,9')) });
		expect(e.message).toContain(at('geo/places.csv', row, 'lon'));
		expect(e.message).toContain('"76,9"');
	});

	it('unknown source id', () => {
		let row = 0;
		const e = failure({
			'estimates.csv': (t) =>
				(row = setCell(t, 'exile_deaths_pohl', 'source_id', 'pohl_blog;no_such_source'))
		});
		expect(e.message).toContain(at('estimates.csv', row, 'source_id'));
		expect(e.message).toContain('unknown source id "no_such_source"');
		expect(e.message).toContain('exile_deaths_pohl');
	});

	it('unknown source id in geo/labels.csv', () => {
		let row = 0;
		const e = failure({
			'geo/labels.csv': (t) => (row = setCell(t, 'ex_rsfsr', 'source_id', 'nowhere'))
		});
		expect(e.message).toContain(at('geo/labels.csv', row, 'source_id'));
		expect(e.message).toContain('"nowhere"');
	});

	it('duplicate id across tables', () => {
		let row = 0;
		const e = failure({
			'events.csv': (t) => (row = setCell(t, 'rally_2010', 'id', 'gang_members'))
		});
		expect(e.message).toContain(at('events.csv', row, 'id'));
		expect(e.message).toContain('duplicate id "gang_members"');
		expect(e.message).toContain('data/figures.csv');
	});

	it('duplicate id within one table', () => {
		let row = 0;
		const e = failure({
			'figures.csv': (t) => (row = setCell(t, 'horses_left', 'id', 'sheep_left'))
		});
		expect(e.message).toContain(at('figures.csv', row, 'id'));
		expect(e.message).toContain('duplicate id "sheep_left"');
	});

	it('duplicate source id', () => {
		let row = 0;
		const e = failure({ 'sources.csv': (t) => (row = setCell(t, 'pohl_blog', 'id', 'pohl1999')) });
		expect(e.message).toContain(at('sources.csv', row, 'id'));
		expect(e.message).toContain('duplicate id "pohl1999"');
	});

	it('low greater than high', () => {
		let row = 0;
		const e = failure({
			'estimates.csv': (t) => (row = setCell(t, 'exile_deaths_archive', 'low', '12000'))
		});
		expect(e.message).toContain(at('estimates.csv', row, 'low'));
		expect(e.message).toContain('low (12000) is greater than high (11000)');
		expect(e.message).toContain('exile_deaths_archive');
	});

	it('a count of people that is not whole', () => {
		let row = 0;
		const e = failure({
			'estimates.csv': (t) => (row = setCell(t, 'deported_total', 'value', '37713.5'))
		});
		expect(e.message).toContain(at('estimates.csv', row, 'value'));
		expect(e.message).toContain('a count of people must be a whole number, got 37713.5');
	});

	it('an untraced end on a row with no range, or one that is neither low nor high', () => {
		let row = 0;
		let e = failure({
			'estimates.csv': (t) => (row = setCell(t, 'exile_deaths_pohl', 'untraced_end', 'high'))
		});
		expect(e.message).toContain(at('estimates.csv', row, 'untraced_end'));
		expect(e.message).toContain('marks one end of a range, but the row has no range');
		e = failure({
			'estimates.csv': (t) => (row = setCell(t, 'exile_deaths_archive', 'untraced_end', 'top'))
		});
		expect(e.message).toContain(at('estimates.csv', row, 'untraced_end'));
		expect(e.message).toContain('expected low, high or nothing, got "top"');
	});

	it("a title's language that is not a code, or a foreign title with no English gloss", () => {
		let row = 0;
		let e = failure({
			'sources.csv': (t) => (row = setCell(t, 'nekrich1978', 'title_lang', 'Russian'))
		});
		expect(e.message).toContain(at('sources.csv', row, 'title_lang'));
		expect(e.message).toContain('expected a two- or three-letter language code such as ru');
		e = failure({
			'sources.csv': (t) => (row = setCell(t, 'nekrich1978', 'title', 'Наказанные народы'))
		});
		expect(e.message).toContain(at('sources.csv', row, 'title'));
		expect(e.message).toContain('is in "ru" but has no English gloss');
	});

	it('a hedge on a range, or one the charts cannot write', () => {
		let row = 0;
		let e = failure({
			'estimates.csv': (t) => (row = setCell(t, 'exile_deaths_community', 'qualifier', 'about'))
		});
		expect(e.message).toContain(at('estimates.csv', row, 'qualifier'));
		expect(e.message).toContain('qualifies a single value, but the row has a range');
		e = failure({
			'estimates.csv': (t) => (row = setCell(t, 'exile_deaths_pohl', 'qualifier', 'roughly'))
		});
		expect(e.message).toContain(at('estimates.csv', row, 'qualifier'));
		expect(e.message).toContain('expected about, nearly, more than or nothing, got "roughly"');
	});

	it('low without high', () => {
		let row = 0;
		const e = failure({ 'figures.csv': (t) => (row = setCell(t, 'partisan_unit', 'low', '100')) });
		expect(e.message).toContain(at('figures.csv', row, 'high'));
		expect(e.message).toContain('low and high must be given together');
	});

	it('a range with one end missing and no value', () => {
		let row = 0;
		const e = failure({ 'figures.csv': (t) => (row = setCell(t, 'rally_size', 'high', '')) });
		expect(e.message).toContain(at('figures.csv', row, 'value'));
		expect(e.message).toContain('rally_size');
	});

	it('neither a value nor a range', () => {
		let row = 0;
		const e = failure({ 'figures.csv': (t) => (row = setCell(t, 'trains_total', 'value', '')) });
		expect(e.message).toContain(at('figures.csv', row, 'value'));
	});

	it('malformed date', () => {
		let row = 0;
		const e = failure({
			'events.csv': (t) => (row = setCell(t, 'rally_2010', 'date', '8 March 2010'))
		});
		expect(e.message).toContain(at('events.csv', row, 'date'));
		expect(e.message).toContain('"8 March 2010"');
	});

	it('value outside a fixed list', () => {
		let row = 0;
		const e = failure({
			'estimates.csv': (t) => (row = setCell(t, 'deported_ediev', 'kind', 'guess'))
		});
		expect(e.message).toContain(at('estimates.csv', row, 'kind'));
		expect(e.message).toContain('"guess"');
	});

	it('an id that is not id-like', () => {
		let row = 0;
		const e = failure({
			'figures.csv': (t) => (row = setCell(t, 'partisan_unit', 'id', 'Partisan Unit'))
		});
		expect(e.message).toContain(at('figures.csv', row, 'id'));
	});

	it('a row with the wrong number of cells', () => {
		let row = 0;
		const e = failure({
			'settlers.csv': (t) => {
				row = rowNumber(t, 'settlers_1949_01');
				t.rows[row - 1]!.push('extra');
			}
		});
		expect(e.message).toContain(`Invalid data in data/settlers.csv, row ${row} (line ${row + 1})`);
	});

	it('the Balkar count in peoples.csv differs from deported_total', () => {
		let row = 0;
		const e = failure({ 'peoples.csv': (t) => (row = setCell(t, 'balkars', 'count', '37714')) });
		expect(e.message).toContain(at('peoples.csv', row, 'count'));
		expect(e.message).toContain('deported_total');
	});

	it('a file that is not a TopoJSON topology', () => {
		const e = failure({}, { 'geo/locator.topo.json': () => '{"type":"FeatureCollection"}' });
		expect(e.message).toContain('data/geo/locator.topo.json');
	});

	it('a file that is not JSON', () => {
		const e = failure({}, { 'geo/north-caucasus.topo.json': (t) => t.slice(0, 100) });
		expect(e.message).toContain('data/geo/north-caucasus.topo.json');
		expect(e.message).toContain('not valid JSON');
	});

	it('a missing file', () => {
		const e = failure(
			{},
			{
				'settlers.csv': () => {
					throw new Error('ENOENT');
				}
			}
		);
		expect(e.message).toContain('data/settlers.csv');
		expect(e.message).toContain('missing');
	});
});

describe('quantities', () => {
	it('a value and a range in one row', () => {
		let row = 0;
		const e = failure({
			'estimates.csv': (t) => {
				row = setCell(t, 'deported_total', 'low', '37000');
				setCell(t, 'deported_total', 'high', '38000');
			}
		});
		expect(e.message).toContain(at('estimates.csv', row, 'value'));
		expect(e.message).toContain(
			'has a value and a low/high range; give a value, or low and high, not both'
		);
		expect(e.message).toContain('deported_total');
	});

	it('a value and a range in settlers.csv (the chart would draw one, the table print the other)', () => {
		let row = 0;
		const e = failure({
			'settlers.csv': (t) => {
				row = setCell(t, 'settlers_1944_03', 'value', '37.7');
			}
		});
		expect(e.message).toContain(at('settlers.csv', row, 'value'));
		expect(e.message).toContain('not both');
	});

	it('a negative figure', () => {
		let row = 0;
		const e = failure({
			'figures.csv': (t) => (row = setCell(t, 'nkvd_troops', 'value', '-17000'))
		});
		expect(e.message).toContain(at('figures.csv', row, 'value'));
		expect(e.message).toContain('expected a number 0 or more, got "-17000"');
	});

	it('a negative end of a range', () => {
		let row = 0;
		const e = failure({
			'estimates.csv': (t) => (row = setCell(t, 'exile_deaths_archive', 'low', '-7600'))
		});
		expect(e.message).toContain(at('estimates.csv', row, 'low'));
		expect(e.message).toContain('expected a number 0 or more, got "-7600"');
	});

	it('a negative count of people (peoples.csv)', () => {
		let row = 0;
		const e = failure({ 'peoples.csv': (t) => (row = setCell(t, 'kalmyks', 'count', '-93139')) });
		expect(e.message).toContain(at('peoples.csv', row, 'count'));
		expect(e.message).toContain('expected a number 0 or more, got "-93139"');
	});

	it('a count of people that is not whole (peoples.csv)', () => {
		let row = 0;
		const e = failure({ 'peoples.csv': (t) => (row = setCell(t, 'kalmyks', 'count', '93139.5')) });
		expect(e.message).toContain(at('peoples.csv', row, 'count'));
		expect(e.message).toContain('expected a whole number, got "93139.5"');
	});
});

describe('the register (settlers.csv)', () => {
	it('rows out of date order', () => {
		let row = 0;
		const e = failure({
			'settlers.csv': (t) => {
				row = rowNumber(t, 'settlers_1945_10');
				const [moved] = t.rows.splice(row - 1, 1);
				t.rows.splice(row, 0, moved!);
				row = rowNumber(t, 'settlers_1945_10');
			}
		});
		expect(e.message).toContain(at('settlers.csv', row, 'date'));
		expect(e.message).toContain(
			'"1945-10" is not after the row before ("1946-10", row id "settlers_1946_10"); expected rows in date order'
		);
	});

	it('two rows with the same date', () => {
		let row = 0;
		const e = failure({
			'settlers.csv': (t) => (row = setCell(t, 'settlers_1949_06', 'date', '1949-01'))
		});
		expect(e.message).toContain(at('settlers.csv', row, 'date'));
		expect(e.message).toContain('expected rows in date order');
	});

	it('a unit other than thousand people', () => {
		let row = 0;
		const e = failure({
			'settlers.csv': (t) => (row = setCell(t, 'settlers_1944_12', 'unit', 'people'))
		});
		expect(e.message).toContain(at('settlers.csv', row, 'unit'));
		expect(e.message).toContain('expected "thousand people"');
		expect(e.message).toContain('got "people"');
	});
});

describe('dates', () => {
	it('a day that the month does not have', () => {
		let row = 0;
		const e = failure({
			'events.csv': (t) => (row = setCell(t, 'beria_in_nalchik', 'date', '1944-02-31'))
		});
		expect(e.message).toContain(at('events.csv', row, 'date'));
		expect(e.message).toContain('expected a real date, got "1944-02-31" (1944-02 has 29 days)');
	});

	it('29 February outside a leap year', () => {
		let row = 0;
		const e = failure({
			'peoples.csv': (t) => (row = setCell(t, 'chechens_ingush', 'date', '1943-02-29'))
		});
		expect(e.message).toContain(at('peoples.csv', row, 'date'));
		expect(e.message).toContain('(1943-02 has 28 days)');
	});

	it('an impossible end date', () => {
		let row = 0;
		const e = failure({
			'events.csv': (t) => (row = setCell(t, 'deportation_days', 'end_date', '1944-04-31'))
		});
		expect(e.message).toContain(at('events.csv', row, 'end_date'));
		expect(e.message).toContain('"1944-04-31"');
	});

	it('accepts 29 February in a leap year', () => {
		expect(() =>
			loadData(
				editedRead({
					'events.csv': (t) => void setCell(t, 'beria_in_nalchik', 'date', '1944-02-29')
				})
			)
		).not.toThrow();
	});

	it('an end date before the start', () => {
		let row = 0;
		const e = failure({
			'events.csv': (t) => (row = setCell(t, 'deportation_days', 'end_date', '1944-03-07'))
		});
		expect(e.message).toContain(at('events.csv', row, 'end_date'));
		expect(e.message).toContain(
			'"1944-03-07" is not after the date "1944-03-08"; expected a later end date, or nothing'
		);
		expect(e.message).toContain('deportation_days');
	});

	it('an end date equal to the start', () => {
		let row = 0;
		const e = failure({
			'events.csv': (t) => (row = setCell(t, 'return_years', 'end_date', '1957'))
		});
		expect(e.message).toContain(at('events.csv', row, 'end_date'));
		expect(e.message).toContain('is not after the date "1957"');
	});

	it('a precision finer than the date (events.csv)', () => {
		let row = 0;
		const e = failure({
			'events.csv': (t) => (row = setCell(t, 'deportation_start', 'date', '1944-03'))
		});
		expect(e.message).toContain(at('events.csv', row, 'date'));
		expect(e.message).toContain(
			'"1944-03" is coarser than its precision "day"; expected YYYY-MM-DD or a coarser precision'
		);
	});

	it('a month precision on a year', () => {
		let row = 0;
		const e = failure({
			'events.csv': (t) => (row = setCell(t, 'nalchik_falls', 'date', '1942'))
		});
		expect(e.message).toContain(at('events.csv', row, 'date'));
		expect(e.message).toContain('precision "late-month"; expected YYYY-MM');
	});

	it('an end date coarser than the precision', () => {
		let row = 0;
		const e = failure({
			'events.csv': (t) => (row = setCell(t, 'deportation_days', 'end_date', '1944-04'))
		});
		expect(e.message).toContain(at('events.csv', row, 'end_date'));
		expect(e.message).toContain('"1944-04" is coarser than its precision "day"');
	});

	it('a precision finer than the date (peoples.csv)', () => {
		let row = 0;
		const e = failure({ 'peoples.csv': (t) => (row = setCell(t, 'koreans', 'precision', 'day')) });
		expect(e.message).toContain(at('peoples.csv', row, 'date'));
		expect(e.message).toContain('"1937-09" is coarser than its precision "day"');
	});
});

describe('places and labels', () => {
	it('a latitude beyond 90', () => {
		let row = 0;
		const e = failure({ 'geo/places.csv': (t) => (row = setCell(t, 'almaty', 'lat', '143.25')) });
		expect(e.message).toContain(at('geo/places.csv', row, 'lat'));
		expect(e.message).toContain('expected a latitude from -90 to 90, got "143.25"');
	});

	it('a longitude beyond -180', () => {
		let row = 0;
		const e = failure({ 'geo/places.csv': (t) => (row = setCell(t, 'osh', 'lon', '-272.8')) });
		expect(e.message).toContain(at('geo/places.csv', row, 'lon'));
		expect(e.message).toContain('expected a longitude from -180 to 180, got "-272.8"');
	});

	it('a label placed off the globe (geo/labels.csv)', () => {
		let row = 0;
		const e = failure({ 'geo/labels.csv': (t) => (row = setCell(t, 'ex_rsfsr', 'lon', '247.5')) });
		expect(e.message).toContain(at('geo/labels.csv', row, 'lon'));
		expect(e.message).toContain('got "247.5"');
	});
});

describe('sources', () => {
	it('a URL whose scheme is not http or https', () => {
		let row = 0;
		const e = failure({
			'sources.csv': (t) => (row = setCell(t, 'pohl_blog', 'url', 'httpx://jpohl.blogspot.com/'))
		});
		expect(e.message).toContain(at('sources.csv', row, 'url'));
		expect(e.message).toContain(
			'expected an http:// or https:// URL, got "httpx://jpohl.blogspot.com/"'
		);
	});

	it('an ftp URL', () => {
		let row = 0;
		const e = failure({
			'sources.csv': (t) => (row = setCell(t, 'ediev2004', 'url', 'ftp://www.demoscope.ru/'))
		});
		expect(e.message).toContain(at('sources.csv', row, 'url'));
		expect(e.message).toContain('"ftp://www.demoscope.ru/"');
	});
});

describe('rows the story needs', () => {
	it('no Balkar row in peoples.csv', () => {
		const e = failure({
			'peoples.csv': (t) => void t.rows.splice(rowNumber(t, 'balkars') - 1, 1)
		});
		expect(e.message).toBe(
			'Invalid data in data/peoples.csv: needs a row "balkars" (the comparison chart highlights it; its count must equal deported_total in estimates.csv)'
		);
	});
});

describe('line numbers count every line of the file', () => {
	/** Two extra lines before a row: a blank line after the header, and a note on two lines. */
	const shifted = (file: string, firstId: string) => ({
		[file]: (text: string) => text.replace(`\n${firstId},`, `\n\n${firstId},`)
	});
	const twoLineNote = (t: Table, id: string) =>
		void setCell(t, id, 'note', 'one line\nand another');

	it('in a check of one row', () => {
		let row = 0;
		const e = failure(
			{
				'figures.csv': (t) => {
					twoLineNote(t, 'sheep_left');
					row = setCell(t, 'gang_members', 'value', '17x37');
				}
			},
			shifted('figures.csv', 'balkar_districts')
		);
		expect(e.message).toContain(
			`Invalid data in data/figures.csv, row ${row} (line ${row + 3}), field "value"`
		);
		expect(e.line).toBe(row + 3);
	});

	it('in a check across files (an unknown source id)', () => {
		let row = 0;
		const e = failure(
			{
				'figures.csv': (t) => {
					twoLineNote(t, 'sheep_left');
					row = setCell(t, 'gang_members', 'source_id', 'nowhere');
				}
			},
			shifted('figures.csv', 'balkar_districts')
		);
		expect(e.message).toContain(
			`Invalid data in data/figures.csv, row ${row} (line ${row + 3}), field "source_id"`
		);
	});

	it('in a check across rows (the register out of order)', () => {
		let row = 0;
		const e = failure(
			{ 'settlers.csv': (t) => (row = setCell(t, 'settlers_1949_06', 'date', '1949-01')) },
			shifted('settlers.csv', 'settlers_1944_03')
		);
		expect(e.message).toContain(
			`Invalid data in data/settlers.csv, row ${row} (line ${row + 2}), field "date"`
		);
	});

	it('in the Balkar count check', () => {
		let row = 0;
		const e = failure(
			{ 'peoples.csv': (t) => (row = setCell(t, 'balkars', 'count', '37714')) },
			shifted('peoples.csv', 'koreans')
		);
		expect(e.message).toContain(
			`Invalid data in data/peoples.csv, row ${row} (line ${row + 2}), field "count"`
		);
	});

	it('a blank line and a note on two lines still pass', () => {
		expect(() =>
			loadData(
				editedRead(
					{ 'figures.csv': (t) => twoLineNote(t, 'sheep_left') },
					shifted('figures.csv', 'balkar_districts')
				)
			)
		).not.toThrow();
	});
});
