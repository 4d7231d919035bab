// Reads and validates everything under data/. Runs at build time only (in the Vite plugin and in
// server load functions); the browser never sees this module. Any problem throws a DataError naming
// the file, the row and the field, so `npm run build` stops with one clear message.
import { csvParseRows } from 'd3';
import * as v from 'valibot';
import type { Topology } from 'topojson-specification';
import { DataError } from './errors.ts';
import {
	isAfter,
	TABLES,
	type Estimate,
	type Figure,
	type MapLabel,
	type People,
	type Place,
	type SettlerPoint,
	type Source,
	type StoryEvent
} from './schema.ts';

/** Reads a file under data/ as text, by its path relative to data/. */
export type ReadFile = (relativePath: string) => string;

export interface GeoData {
	/** Today's admin-1 regions of the North Caucasus and Georgia (Natural Earth). */
	northCaucasus: Topology;
	/** Kazakhstan and Kyrgyzstan, dissolved outlines (Natural Earth). */
	centralAsia: Topology;
	/** Context countries (world-atlas, Natural Earth 1:50m). */
	context: Topology;
	/** The same countries at 1:110m, for the locator. */
	locator: Topology;
}

export interface StoryData {
	sources: Source[];
	figures: Figure[];
	estimates: Estimate[];
	events: StoryEvent[];
	settlers: SettlerPoint[];
	peoples: People[];
	places: Place[];
	labels: MapLabel[];
	geo: GeoData;
}

type TableName = keyof typeof TABLES;

/**
 * Where each parsed row came from: its number among the file's rows (blank lines not counted) and
 * its line in the file, so checks made after parsing can point at the right line.
 */
const positions = new WeakMap<object, { row: number; line: number }>();

/** A DataError about one parsed row. */
function rowError(file: string, row: object, detail: string, field?: string): DataError {
	const at = positions.get(row);
	return new DataError(file, detail, at?.row, field, at?.line);
}

/** How many line breaks a record's cells hold (a quoted cell may span lines). */
const breaks = (cells: string[]) =>
	cells.reduce((n, c) => n + (c.match(/\r\n?|\n/g)?.length ?? 0), 0);

function readTable<K extends TableName>(read: ReadFile, name: K) {
	const spec = TABLES[name];
	let textContent: string;
	try {
		textContent = read(spec.file);
	} catch {
		throw new DataError(spec.file, 'the file is missing or unreadable');
	}
	const [header, ...rows] = csvParseRows(textContent.replace(/^\uFEFF/, ''));
	if (!header) throw new DataError(spec.file, 'the file is empty');
	let line = 2 + breaks(header);
	let row = 0;
	const expected = Object.keys(spec.schema.entries);
	const missing = expected.filter((c) => !header.includes(c));
	if (missing.length) {
		throw new DataError(
			spec.file,
			`missing column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `"${c}"`).join(', ')} (the header has ${header.join(', ')})`
		);
	}
	const extra = header.filter((c) => !expected.includes(c));
	if (extra.length) {
		throw new DataError(spec.file, `unknown column ${extra.map((c) => `"${c}"`).join(', ')}`);
	}
	const out: v.InferOutput<(typeof TABLES)[K]['schema']>[] = [];
	for (const cells of rows) {
		const at = line;
		line += 1 + breaks(cells);
		if (cells.length === 1 && cells[0] === '') continue; // a blank line
		row += 1;
		if (cells.length !== header.length) {
			throw new DataError(
				spec.file,
				`has ${cells.length} cells but the header has ${header.length} columns`,
				row,
				undefined,
				at
			);
		}
		const raw = Object.fromEntries(header.map((c, i) => [c, (cells[i] ?? '').trim()]));
		const result = v.safeParse(spec.schema, raw);
		if (!result.success) {
			const issue = result.issues[0];
			const field = issue.path?.[0]?.key;
			throw new DataError(
				spec.file,
				`${issue.message}${raw.id ? ` (row id "${raw.id}")` : ''}`,
				row,
				typeof field === 'string' ? field : undefined,
				at
			);
		}
		const rule = 'rule' in spec ? spec.rule : undefined;
		const broken = rule?.(result.output as never);
		if (broken) {
			throw new DataError(
				spec.file,
				`${broken.message} (row id "${raw.id}")`,
				row,
				broken.field,
				at
			);
		}
		positions.set(result.output, { row, line: at });
		out.push(result.output as v.InferOutput<(typeof TABLES)[K]['schema']>);
	}
	if (out.length === 0) throw new DataError(spec.file, 'has no rows');
	return out;
}

function readTopology(read: ReadFile, file: string, objects: string[]): Topology {
	let parsed: unknown;
	try {
		parsed = JSON.parse(read(file));
	} catch (e) {
		throw new DataError(file, `is not valid JSON (${(e as Error).message})`);
	}
	const topo = parsed as Partial<Topology>;
	if (topo?.type !== 'Topology' || !Array.isArray(topo.arcs) || typeof topo.objects !== 'object') {
		throw new DataError(file, 'is not a TopoJSON topology');
	}
	for (const name of objects) {
		if (!topo.objects?.[name]) throw new DataError(file, `has no "${name}" object`);
	}
	return topo as Topology;
}

/** Load, validate and cross-check every data file. Throws a DataError on the first problem. */
export function loadData(read: ReadFile): StoryData {
	const data: StoryData = {
		sources: readTable(read, 'sources'),
		figures: readTable(read, 'figures'),
		estimates: readTable(read, 'estimates'),
		events: readTable(read, 'events'),
		settlers: readTable(read, 'settlers'),
		peoples: readTable(read, 'peoples'),
		places: readTable(read, 'places'),
		labels: readTable(read, 'labels'),
		geo: {
			northCaucasus: readTopology(read, 'geo/north-caucasus.topo.json', ['regions', 'countries']),
			centralAsia: readTopology(read, 'geo/kazakhstan-kyrgyzstan.topo.json', ['republics']),
			context: readTopology(read, 'geo/context-countries.topo.json', ['countries']),
			locator: readTopology(read, 'geo/locator.topo.json', ['countries'])
		}
	};

	// Ids are unique across all tables, because copy placeholders name them without a table.
	const seen = new Map<string, string>();
	const sourceIds = new Set(data.sources.map((s) => s.id));
	for (const name of Object.keys(TABLES) as TableName[]) {
		const file = TABLES[name].file;
		(data[name] as { id: string; source_id?: string[] }[]).forEach((row, i) => {
			if (name !== 'sources') {
				const previous = seen.get(row.id);
				if (previous) {
					throw rowError(
						file,
						row,
						`duplicate id "${row.id}" (already used in data/${previous})`,
						'id'
					);
				}
				seen.set(row.id, file);
			} else if (data.sources.findIndex((s) => s.id === row.id) !== i) {
				throw rowError(file, row, `duplicate id "${row.id}"`, 'id');
			}
			for (const sid of row.source_id ?? []) {
				if (!sourceIds.has(sid)) {
					throw rowError(
						file,
						row,
						`unknown source id "${sid}" (row id "${row.id}"); add it to data/sources.csv`,
						'source_id'
					);
				}
			}
		});
	}

	// The register's line is drawn from row to row, so its rows must run forward in time.
	data.settlers.forEach((s, i) => {
		const before = data.settlers[i - 1];
		if (before && !isAfter(s.date, before.date)) {
			throw rowError(
				TABLES.settlers.file,
				s,
				`"${s.date}" is not after the row before ("${before.date}", row id "${before.id}"); expected rows in date order (row id "${s.id}")`,
				'date'
			);
		}
	});

	// The comparison chart's Balkar bar must show the same count as the story.
	const balkars = data.peoples.find((p) => p.id === 'balkars');
	const deported = data.estimates.find((e) => e.id === 'deported_total');
	if (!deported?.value) {
		throw new DataError(TABLES.estimates.file, 'needs a row "deported_total" with a value');
	}
	if (!balkars) {
		throw new DataError(
			TABLES.peoples.file,
			'needs a row "balkars" (the comparison chart highlights it; its count must equal ' +
				'deported_total in estimates.csv)'
		);
	}
	if (balkars.count !== deported.value) {
		throw rowError(
			TABLES.peoples.file,
			balkars,
			`count ${balkars.count} differs from deported_total (${deported.value}) in estimates.csv`,
			'count'
		);
	}
	return data;
}
