// Reading data/ for tests, and making broken copies of it one cell at a time. Nothing here writes
// to data/: edits are applied to in-memory copies (or to a copy in a temporary folder).
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvFormatRows, csvParseRows } from 'd3';
import type { ReadFile } from '../../src/lib/data/load.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DATA_DIR = join(ROOT, 'data');

/** Reads the real data/ folder. */
export const readReal: ReadFile = (path) => readFileSync(join(DATA_DIR, path), 'utf8');

/** A CSV file as a header and rows of cells. */
export interface Table {
	header: string[];
	rows: string[][];
}

export function parseTable(text: string): Table {
	const [header, ...rows] = csvParseRows(text.replace(/^\uFEFF/, ''));
	if (!header) throw new Error('empty CSV');
	return { header, rows: rows.filter((r) => !(r.length === 1 && r[0] === '')) };
}

export function formatTable(table: Table): string {
	return csvFormatRows([table.header, ...table.rows]) + '\n';
}

/** The 1-based row number (line = row + 1) of the row with this id; throws if there is none. */
export function rowNumber(table: Table, id: string): number {
	const col = table.header.indexOf('id');
	const i = table.rows.findIndex((r) => r[col] === id);
	if (i < 0) throw new Error(`fixture: no row "${id}"`);
	return i + 1;
}

/** Sets one cell, by row id and column name. Returns the row number (1-based, after the header). */
export function setCell(table: Table, id: string, field: string, value: string): number {
	const col = table.header.indexOf(field);
	if (col < 0) throw new Error(`fixture: no column "${field}"`);
	const row = rowNumber(table, id);
	table.rows[row - 1]![col] = value;
	return row;
}

/** Removes a column from the header and every row. */
export function dropColumn(table: Table, field: string): void {
	const col = table.header.indexOf(field);
	if (col < 0) throw new Error(`fixture: no column "${field}"`);
	table.header.splice(col, 1);
	for (const r of table.rows) r.splice(col, 1);
}

export type Edits = Record<string, (table: Table) => void>;

/** A read function over the real data with some CSV files edited in memory. */
export function editedRead(
	edits: Edits,
	raw: Record<string, (text: string) => string> = {}
): ReadFile {
	return (path) => {
		let text = readReal(path);
		const edit = edits[path];
		if (edit) {
			const table = parseTable(text);
			edit(table);
			text = formatTable(table);
		}
		return raw[path] ? raw[path](text) : text;
	};
}

/** Copies data/ to a new temporary folder, applies the edits there, and returns the folder. */
export function brokenDataDir(edits: Edits): string {
	const dir = mkdtempSync(join(tmpdir(), 'balkar-data-'));
	cpSync(DATA_DIR, dir, { recursive: true });
	for (const [path, edit] of Object.entries(edits)) {
		const table = parseTable(readFileSync(join(dir, path), 'utf8'));
		edit(table);
		writeFileSync(join(dir, path), formatTable(table));
	}
	return dir;
}

/** A cell of a row in a CSV under data/ (by id and column), as written there. */
export function cellIn(path: string, id: string, field: string): string {
	const table = parseTable(readReal(path));
	const row = table.rows[rowNumber(table, id) - 1]!;
	const i = table.header.indexOf(field);
	if (i < 0) throw new Error(`fixture: ${path} has no column "${field}"`);
	return row[i]!;
}

/** The single numeric value of a row in a CSV under data/ (by id and column). */
export function numberIn(path: string, id: string, field = 'value'): number {
	const n = Number(cellIn(path, id, field));
	if (!Number.isFinite(n)) throw new Error(`fixture: ${path} ${id}.${field} is not a number`);
	return n;
}
