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
	type Edits
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
