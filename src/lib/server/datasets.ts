// The story's datasets as downloads: each CSV under data/ served unchanged at /data/<name>.csv,
// with a plain-text sidecar (/data/<name>.csv.txt) naming its sources and licence. Reads data/
// only through the loader's table list and files.ts.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { StoryData } from '../data/load.ts';
import { TABLES, type Source } from '../data/schema.ts';
import { CONTENT_LICENCE, creditLine } from '../licence.ts';
import { dataPath, storyPath } from '../urls.ts';
import type { Content } from './content.ts';
import { dataDir } from './files.ts';
import { absoluteUrl } from './site.ts';

type TableName = keyof typeof TABLES;

export interface Column {
	name: string;
	description: string;
}

export interface Dataset {
	/** "places": the download is /data/places.csv. */
	name: string;
	/** Its path under data/. */
	file: string;
	/** Site paths of the CSV and its sidecar. */
	csv: string;
	sidecar: string;
	title: string;
	description: string;
	rows: number;
	columns: Column[];
	/** The sources its rows cite (for sources.csv: none, it is the list). */
	sources: Source[];
	/** The licence, in words: ours, or a third party's where the data is theirs. */
	licence: string;
}

const ABOUT: Record<TableName, { title: string; description: string; licence?: string }> = {
	sources: {
		title: 'Sources',
		description:
			'Every source the story and its graphics cite. Other files name these by id in their source_id column.'
	},
	figures: {
		title: 'Figures',
		description:
			'Single figures the text and charts cite: counts of people, districts, trains and animals, durations, and an army’s number.'
	},
	estimates: {
		title: 'Contested estimates',
		description:
			'Counts that sources disagree on (people deported, deaths in transit and in exile), one row per estimate and who gives it.'
	},
	events: {
		title: 'Events',
		description: 'Dated events, from the occupation of 1942 to the opening of archives in 2023.'
	},
	settlers: {
		title: 'Special-settlement register',
		description:
			'Balkars on the special-settlement register, March 1944 to January 1953, in thousands, as used in the population chart.'
	},
	peoples: {
		title: 'Peoples deported whole',
		description:
			'Deportations of whole peoples by the Soviet state, 1937–44, each with its NKVD count: a selection, not every such deportation.'
	},
	places: {
		title: 'Places',
		description: 'Places on the maps, with their 1944 names, today’s names and coordinates.',
		licence: `Coordinates: GeoNames, ${CONTENT_LICENCE.name} (credit “GeoNames”); 1944 names and selection: ${CONTENT_LICENCE.name}, this project.`
	},
	labels: {
		title: 'Map labels',
		description: 'Where the maps place their sea, country and region names.'
	}
};

const COLUMNS: Record<string, string> = {
	id: 'identifier of the row, used by the story’s text and charts',
	short: 'how a chart’s source line names the source',
	author: 'author or issuing body',
	title: 'title of the work; one in another language is followed by its English title in brackets',
	title_lang:
		'language of a title not in English (ru: Russian, uk: Ukrainian, ro: Romanian); empty for English',
	publisher: 'publisher, or where it was read',
	year: 'year of publication',
	url: 'where it can be read online',
	licence: 'the source’s own copyright or licence',
	value: 'the value, where there is a single one',
	low: 'low end of a range',
	high: 'high end of a range',
	unit: 'unit of the value',
	label: 'short description',
	quantity: 'what is being estimated; rows with the same quantity are rival estimates',
	who: 'who gives the estimate',
	kind: 'record (a count made at the time), estimate, community (the community’s own figure) or untraced (no document traced)',
	untraced_end: 'low or high: the end of a range we could not trace to a document',
	qualifier:
		'about, nearly or more than: the source’s own hedge on a single value, shown before it',
	date: 'date, as YYYY, YYYY-MM or YYYY-MM-DD',
	end_date: 'end date of a period',
	precision: 'how precise the date is: day, month, early-month, late-month or year',
	people: 'name of the people',
	count: 'number of people deported (NKVD count)',
	name_1944: 'name in 1944',
	name_today: 'name today',
	lon: 'longitude (WGS84, degrees)',
	lat: 'latitude (WGS84, degrees)',
	country: 'ISO country code today',
	text: 'the label’s text',
	map: 'which map it is on',
	source_id: 'ids of its sources in sources.csv, separated by semicolons',
	note: 'notes on the row'
};

/** Where a column means something else in one table than in the others. */
const TABLE_COLUMNS: Partial<Record<TableName, Record<string, string>>> = {
	labels: { kind: 'what the label names: sea, country or region' }
};

const nameOf = (file: string) => file.replace(/^.*\//, '').replace(/\.csv$/, '');

/** The raw bytes of a file under data/, exactly as committed. */
export function readDataBytes(file: string): Buffer {
	return readFileSync(resolve(dataDir(), file));
}

function rowsOf(data: StoryData, table: TableName): { source_id?: string[] }[] {
	return data[table] as { source_id?: string[] }[];
}

export function datasets(content: Content): Dataset[] {
	return (Object.keys(TABLES) as TableName[]).map((table) => {
		const spec = TABLES[table];
		const rows = rowsOf(content.data, table);
		const ids = new Set(rows.flatMap((r) => r.source_id ?? []));
		const name = nameOf(spec.file);
		const about = ABOUT[table];
		return {
			name,
			file: spec.file,
			csv: dataPath(`${name}.csv`),
			sidecar: dataPath(`${name}.csv.txt`),
			title: about.title,
			description: about.description,
			rows: rows.length,
			columns: Object.keys(spec.schema.entries).map((c) => ({
				name: c,
				description: TABLE_COLUMNS[table]?.[c] ?? COLUMNS[c] ?? ''
			})),
			sources: content.data.sources.filter((s) => ids.has(s.id)),
			licence: about.licence ?? `${CONTENT_LICENCE.name}, this project.`
		};
	});
}

export function datasetByName(content: Content, name: string): Dataset | undefined {
	return datasets(content).find((d) => d.name === name);
}

/** The sidecar: what the file is, its columns, its sources (with URLs) and its licence. */
export function sidecarText(content: Content, d: Dataset): string {
	const m = content.story.meta;
	const lines = [
		`${d.name}.csv: ${d.title}`,
		'',
		d.description,
		`From “${m.headline}”, ${m.publisher}: ${absoluteUrl(storyPath())}`,
		`${d.rows} rows. UTF-8, comma-separated, with a header row.`,
		'',
		'Columns',
		...d.columns.map((c) => `  ${c.name}${c.description ? `: ${c.description}` : ''}`),
		'',
		'Licence',
		`  ${d.licence}`,
		`  ${CONTENT_LICENCE.title} (${CONTENT_LICENCE.name}): ${CONTENT_LICENCE.url}`,
		`  Credit: ${creditLine(m)}`,
		'  The facts are the cited sources’; their texts keep their own copyright or licence (below).',
		''
	];
	if (d.name === 'sources') {
		lines.push(
			'Sources',
			'  This file is the list of sources: each row gives its URL and licence.'
		);
	} else {
		lines.push('Sources (ids as in the source_id column; details in sources.csv)');
		for (const s of d.sources) {
			lines.push(
				`  ${s.id}: ${s.author}${s.year ? ` (${s.year})` : ''}, ${s.title}. ${s.publisher}.`,
				`    ${s.url ?? 'not online'}; ${s.licence}`
			);
		}
	}
	lines.push('', `All datasets and graphics: ${absoluteUrl(dataPath(''))}`, '');
	return lines.join('\n');
}
