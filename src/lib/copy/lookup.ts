// Turns the validated data into one id → value table that copy placeholders and chart labels read.
import { geoDistance } from 'd3';
import type { StoryData } from '../data/load.ts';
import type { DatePrecision } from '../format.ts';

export type Entry =
	| {
			kind: 'quantity';
			id: string;
			value?: number;
			low?: number;
			high?: number;
			unit: string;
			sources: string[];
	  }
	| {
			kind: 'event';
			id: string;
			date: string;
			end?: string;
			precision: DatePrecision;
			sources: string[];
	  }
	| { kind: 'place'; id: string; lon: number; lat: number; name: string; sources: string[] };

export type Lookup = Map<string, Entry>;

export function buildLookup(data: StoryData): Lookup {
	const map: Lookup = new Map();
	for (const f of [...data.figures, ...data.estimates, ...data.settlers]) {
		map.set(f.id, {
			kind: 'quantity',
			id: f.id,
			value: f.value,
			low: f.low,
			high: f.high,
			unit: f.unit,
			sources: f.source_id
		});
	}
	for (const p of data.peoples) {
		map.set(p.id, {
			kind: 'quantity',
			id: p.id,
			value: p.count,
			unit: 'people',
			sources: p.source_id
		});
	}
	// How many deportations the comparison chart shows, so the copy can say so without typing it.
	map.set('peoples_shown', {
		kind: 'quantity',
		id: 'peoples_shown',
		value: data.peoples.length,
		unit: 'deportations',
		sources: ['desk']
	});
	for (const e of data.events) {
		map.set(e.id, {
			kind: 'event',
			id: e.id,
			date: e.date,
			end: e.end_date,
			precision: e.precision,
			sources: e.source_id
		});
	}
	for (const p of data.places) {
		map.set(p.id, {
			kind: 'place',
			id: p.id,
			lon: p.lon,
			lat: p.lat,
			name: p.name_1944,
			sources: p.source_id
		});
	}
	return map;
}

const EARTH_RADIUS_KM = 6371;

/** Great-circle distance in km between two places in the lookup. */
export function distanceKm(a: Entry & { kind: 'place' }, b: Entry & { kind: 'place' }): number {
	return geoDistance([a.lon, a.lat], [b.lon, b.lat]) * EARTH_RADIUS_KM;
}
