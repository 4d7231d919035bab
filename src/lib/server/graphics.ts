// Prepares every chart's data and text at build time, from data/ and src/content/graphics.aml.
import archieml from 'archieml';
import { keepInitials } from '../copy/markup.ts';
import { CopyError, resolvePlaceholders } from '../copy/placeholders.ts';
import type { Entry, Lookup } from '../copy/lookup.ts';
import type { StoryData } from '../data/load.ts';
import type { Source } from '../data/schema.ts';
import {
	capitalise,
	dateParts,
	datePeriod,
	formatCount,
	formatDate,
	formatDateRange,
	formatEstimate,
	formatEstimateShare,
	formatMonthShort,
	formatOneDecimal,
	formatRange
} from '../format.ts';
import type { ChartData, GraphicText, GraphicTexts } from '../graphics/data.ts';
import { exileGeometry, occupationGeometry } from './maps.ts';

/** What the map data asks of every picture drawn from it (GeoNames: CC BY 4.0): each map's source
 * line, and a social card that shows a map. */
export const MAP_CREDIT = 'Map: Natural Earth; places: GeoNames.';
export const MAP_CHARTS: ReadonlySet<string> = new Set(['occupation-map', 'exile-map']);

type Block = Record<string, string>;

/** Reads one block of graphics.aml and resolves its placeholders, recording the data ids used. */
function textBlock(aml: Record<string, unknown>, name: string, lookup: Lookup) {
	const block = aml[name];
	if (!block || typeof block !== 'object') {
		throw new CopyError(`Invalid copy in src/content/graphics.aml: missing block {${name}}`);
	}
	const used = new Set<string>();
	const get = (key: string): string => {
		const raw = (block as Block)[key];
		if (typeof raw !== 'string' || raw.trim() === '') {
			throw new CopyError(`Invalid copy in src/content/graphics.aml: {${name}} needs "${key}"`);
		}
		// Labels start sentences, even when they open with a date ("Late October 1942: …").
		return capitalise(
			resolvePlaceholders(raw.trim(), lookup, `graphics.aml {${name}} ${key}`, used)
		);
	};
	return { get, used };
}

/** Figures that are design choices, not facts: they need no source line. */
const DESIGN_IDS = new Set(['people_per_dot']);

/** "Sources: Bugai; Pohl 1999." from the data ids a chart reads. */
function sourceLine(ids: Iterable<string>, lookup: Lookup, sources: Source[]): string {
	const sourceIds = new Set<string>();
	for (const id of ids) {
		if (DESIGN_IDS.has(id)) continue;
		for (const s of lookup.get(id)?.sources ?? []) sourceIds.add(s);
	}
	const names = sources.filter((s) => sourceIds.has(s.id)).map((s) => s.short);
	return `${names.length > 1 ? 'Sources' : 'Source'}: ${[...new Set(names)].join('; ')}.`;
}

const decimalYear = (iso: string) => {
	const { year, month, day } = dateParts(iso);
	return year + ((month ?? 7) - 1) / 12 + ((day ?? 15) - 1) / 365;
};

function quantity(lookup: Lookup, id: string): Entry & { kind: 'quantity' } {
	const e = lookup.get(id);
	if (e?.kind !== 'quantity') throw new Error(`data/ has no figure "${id}", which a chart needs`);
	return e;
}
const value = (lookup: Lookup, id: string) => {
	const v = quantity(lookup, id).value;
	if (v === undefined) throw new Error(`figure "${id}" needs a single value for a chart`);
	return v;
};

export function buildGraphics(
	data: StoryData,
	lookup: Lookup,
	amlText: string
): { charts: ChartData; texts: GraphicTexts } {
	const aml = archieml.load(amlText);
	const texts = {} as GraphicTexts;
	const finish = (
		name: keyof ChartData,
		block: ReturnType<typeof textBlock>,
		dataIds: string[]
	): GraphicText => {
		const t = { title: block.get('title'), note: block.get('note'), source: '' };
		t.source = sourceLine([...block.used, ...dataIds], lookup, data.sources);
		texts[name] = t;
		return t;
	};

	// The people, as dots.
	const dots = textBlock(aml, 'dots', lookup);
	const dotIds = [
		'deported_total',
		'rebel_members',
		'gang_members',
		'red_army_veterans',
		'nkvd_troops',
		'local_agents',
		'trains_orenburg',
		'trains_tashkent'
	];
	const dotsData: ChartData['dots'] = {
		perDot: value(lookup, 'people_per_dot'),
		values: {
			people: value(lookup, 'deported_total'),
			rebels: value(lookup, 'rebel_members'),
			gangs: value(lookup, 'gang_members'),
			veterans: value(lookup, 'red_army_veterans'),
			troops: value(lookup, 'nkvd_troops'),
			agents: value(lookup, 'local_agents'),
			orenburgTrains: value(lookup, 'trains_orenburg'),
			tashkentTrains: value(lookup, 'trains_tashkent')
		},
		labels: {
			key: dots.get('key'),
			people: dots.get('people'),
			rebels: dots.get('rebels'),
			gangs: dots.get('gangs'),
			veterans: dots.get('veterans'),
			everyone: dots.get('everyone'),
			troops: dots.get('troops'),
			agents: dots.get('agents'),
			encircled: dots.get('encircled'),
			orenburg: dots.get('orenburg'),
			tashkent: dots.get('tashkent'),
			trainsNote: dots.get('trainsNote'),
			notGiven: dots.get('notGiven'),
			emptied: dots.get('emptied')
		}
	};
	finish('dots', dots, dotIds);

	// The other deported peoples.
	const peoples = textBlock(aml, 'peoples', lookup);
	const peoplesData: ChartData['peoples'] = {
		rows: [...data.peoples]
			.sort((a, b) => b.count - a.count)
			.map((p) => ({
				id: p.id,
				people: p.people,
				date: formatDate(p.date, p.precision === 'day' ? 'month' : p.precision),
				dateShort: formatMonthShort(p.date, p.precision),
				count: p.count,
				countText: formatCount(p.count)
			})),
		highlight: 'balkars',
		axis: peoples.get('axis')
	};
	finish(
		'peoples',
		peoples,
		data.peoples.map((p) => p.id)
	);

	// The occupation map.
	const occ = textBlock(aml, 'occupation', lookup);
	const occGeo = occupationGeometry(data);
	const occupationData: ChartData['occupation-map'] = {
		...occGeo,
		text: {
			setting: occ.get('setting'),
			occupied: occ.get('occupied'),
			nalchikFalls: occ.get('nalchikFalls'),
			retaken: occ.get('retaken'),
			boundaries: occ.get('note')
		}
	};
	finish('occupation-map', occ, []);
	texts['occupation-map'].source += ` ${MAP_CREDIT}`;

	// The livestock left behind in the retreat.
	const herds = textBlock(aml, 'livestock', lookup);
	const livestockIds = ['sheep_left', 'cattle_left', 'horses_left'] as const;
	const livestockData: ChartData['livestock'] = {
		rows: livestockIds.map((id, i) => ({
			id,
			label: herds.get(['sheep', 'cattle', 'horses'][i]!),
			value: value(lookup, id),
			valueText: formatCount(value(lookup, id))
		})),
		partisans: herds.get('partisans'),
		caption: herds.get('title'),
		animals: herds.get('animals'),
		head: herds.get('head')
	};
	finish('livestock', herds, [...livestockIds]);

	// The exile map.
	const ex = textBlock(aml, 'exile', lookup);
	const exGeo = exileGeometry(data);
	const exileData: ChartData['exile-map'] = {
		width: exGeo.width,
		height: exGeo.height,
		context: exGeo.context,
		republics: exGeo.republics,
		places: exGeo.places,
		labels: exGeo.labels,
		routes: [
			exGeo.arc('nalchik', 'orenburg', 'orenburg', ex.get('orenburg')),
			exGeo.arc('nalchik', 'tashkent', 'tashkent', ex.get('tashkent'))
		],
		text: {
			journey: ex.get('journey'),
			distance: ex.get('distance'),
			kazakh: ex.get('kazakh'),
			kirghiz: ex.get('kirghiz'),
			schematic: ex.get('note')
		}
	};
	finish('exile-map', ex, ['kazakh_settled', 'deported_total']);
	texts['exile-map'].source += ` ${MAP_CREDIT}`;

	// Deaths: every estimate, attributed.
	const de = textBlock(aml, 'deaths', lookup);
	const denominator = value(lookup, 'deported_total');
	const deathRows = data.estimates.filter(
		(e) => e.quantity === 'transit_deaths' || e.quantity === 'exile_deaths'
	);
	const deathsData: ChartData['deaths'] = {
		denominator,
		rows: deathRows.map((e) => {
			const low = e.low ?? e.value!;
			const high = e.high ?? e.value!;
			return {
				id: e.id,
				quantity: e.quantity as 'transit_deaths' | 'exile_deaths',
				label: e.label,
				who: keepInitials(e.who),
				kind: e.kind,
				...(e.untraced_end ? { untracedEnd: e.untraced_end } : {}),
				low,
				high,
				valueText: formatEstimate(e),
				shareText: formatEstimateShare(e, denominator)
			};
		}),
		text: {
			axis: de.get('axis'),
			untraced: de.get('untraced'),
			transitTitle: de.get('transitTitle'),
			exileTitle: de.get('exileTitle')
		}
	};
	finish(
		'deaths',
		de,
		deathRows.map((r) => r.id)
	);

	// Population: the register, the return and the census.
	const po = textBlock(aml, 'population', lookup);
	const ev = (id: string) => {
		const e = lookup.get(id);
		if (e?.kind !== 'event') throw new Error(`data/events.csv has no event "${id}"`);
		return e;
	};
	const returnYears = ev('return_years');
	const censusYear = decimalYear(ev('census_1959_held').date) - 0.45; // the census of January 1959
	const censusDate = formatDate(ev('census_1959_held').date, 'year');
	/** A decree's rule on the chart and its row in the numbers table. */
	const marker = (id: string, stage: 'released' | 'restored', tableKey: string) => ({
		id,
		year: decimalYear(ev(id).date),
		label: po.get(stage),
		stage,
		dateText: formatDate(ev(id).date, 'day'),
		tableLabel: po.get(tableKey)
	});
	const populationData: ChartData['population'] = {
		register: data.settlers.map((s) => ({
			id: s.id,
			year: decimalYear(s.date),
			low: s.low ?? s.value!,
			high: s.high ?? s.value!,
			dateText: formatDate(s.date, 'month'),
			valueText:
				s.value !== undefined
					? formatOneDecimal(s.value)
					: formatRange(s.low!, s.high!, formatOneDecimal)
		})),
		markers: [
			marker('regime_lifted', 'released', 'tableReleased'),
			marker('republic_restored', 'restored', 'tableRestored')
		],
		returned: {
			year:
				(decimalYear(returnYears.date) + decimalYear(returnYears.end ?? returnYears.date)) / 2 +
				0.5,
			value: value(lookup, 'returned') / 1000,
			label: po.get('returned'),
			dateText: formatDateRange(returnYears.date, returnYears.end ?? returnYears.date, 'year'),
			tableLabel: po.get('tableReturned')
		},
		census: {
			year: censusYear,
			value: value(lookup, 'census_1959') / 1000,
			label: po.get('census'),
			dateText: censusDate,
			tableLabel: po.get('tableCensus')
		},
		expected: {
			year: censusYear,
			value: (value(lookup, 'census_1959') + value(lookup, 'census_shortfall')) / 1000,
			label: po.get('expected'),
			dateText: censusDate,
			tableLabel: po.get('tableExpected')
		},
		text: {
			axis: po.get('axis'),
			register: po.get('register'),
			tableCaption: po.get('tableCaption'),
			tableRegister: po.get('tableRegister')
		}
	};
	finish(
		'population',
		po,
		data.settlers.map((s) => s.id)
	);

	// The timeline.
	const tl = textBlock(aml, 'timeline', lookup);
	const timelineIds = [
		'khrushchev_speech',
		'regime_lifted',
		'republic_restored',
		'revival_day',
		'first_mourning',
		'declaration_1989',
		'resolution_1991',
		'rehabilitation_law',
		'balkar_congress',
		'rally_2010',
		'kanokov_address',
		'kgb_archives_2023'
	];
	const timelineEvents = timelineIds.map((id) => {
		const e = data.events.find((x) => x.id === id);
		if (!e) throw new Error(`data/events.csv has no event "${id}", which the timeline needs`);
		// A date known only to its month (or year) is drawn over the whole of it, centred there.
		const [from, to] = datePeriod(e.date, e.precision);
		// (A day is 1/365 of a year; the shortest period, early in a month, ten days.)
		const period: [number, number] | null = to - from > 2 / 365 ? [from, to] : null;
		return {
			id,
			year: period ? (period[0] + period[1]) / 2 : decimalYear(e.date),
			period,
			dateText: formatDate(e.date, e.precision),
			label: e.label
		};
	});
	const timelineData: ChartData['timeline'] = {
		events: timelineEvents,
		// The overview strip runs from the deportation to the year after the latest event.
		start: dateParts(ev('deportation_start').date).year,
		end: Math.ceil(Math.max(...timelineEvents.map((e) => e.year)))
	};
	finish('timeline', tl, timelineIds);

	return {
		charts: {
			dots: dotsData,
			peoples: peoplesData,
			'occupation-map': occupationData,
			livestock: livestockData,
			'exile-map': exileData,
			deaths: deathsData,
			population: populationData,
			timeline: timelineData
		},
		texts
	};
}
