// Projects the map data once, at build time, into SVG path strings in a fixed coordinate space.
// The browser then draws plain paths: no d3-geo and no TopoJSON in its download. The charts scale
// the space to their box and keep labels at a constant pixel size.
import {
	geoConicConformal,
	geoConicEqualArea,
	geoInterpolate,
	geoPath,
	type GeoProjection
} from 'd3';
import type { Feature, FeatureCollection, Geometry, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { StoryData } from '../data/load.ts';
import type { MapLabelPoint, MapPath, MapPoint } from '../graphics/data.ts';

type Props = { id: string; name: string };
type Coll = FeatureCollection<Geometry, Props>;

function collection(topo: Topology, name: string): Coll {
	return feature(topo, topo.objects[name] as GeometryCollection<Props>) as Coll;
}

/** A lon/lat box as a polygon that d3-geo can fit a projection to. */
function bbox(west: number, south: number, east: number, north: number): Feature<Polygon> {
	// Densified edges, so the box follows the projection's curve.
	const ring: [number, number][] = [];
	for (let i = 0; i <= 10; i++) ring.push([west + ((east - west) * i) / 10, south]);
	for (let i = 0; i <= 10; i++) ring.push([east, south + ((north - south) * i) / 10]);
	for (let i = 0; i <= 10; i++) ring.push([east - ((east - west) * i) / 10, north]);
	for (let i = 0; i <= 10; i++) ring.push([west, north - ((north - south) * i) / 10]);
	// d3-geo wants exterior rings clockwise on the sphere.
	return {
		type: 'Feature',
		properties: {},
		geometry: { type: 'Polygon', coordinates: [ring.reverse()] }
	};
}

interface Frame {
	projection: GeoProjection;
	width: number;
	height: number;
	path: (g: Geometry | Feature) => string;
}

/** Fit `projection` to a lon/lat box at `width` units wide; the height follows from the box. */
function frame(projection: GeoProjection, box: Feature<Polygon>, width: number, digits = 0): Frame {
	projection.fitWidth(width, box);
	const [[, y0], [, y1]] = geoPath(projection).bounds(box);
	const height = Math.ceil(y1 - y0);
	projection.fitSize([width, height], box);
	projection.clipExtent([
		[-2, -2],
		[width + 2, height + 2]
	]);
	const gp = geoPath(projection).digits(digits);
	return { projection, width, height, path: (g) => gp(g as never) ?? '' };
}

function point(f: Frame, id: string, name: string, lon: number, lat: number): MapPoint {
	const [x, y] = f.projection([lon, lat])!;
	return { id, name, x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
}

function paths(f: Frame, coll: Coll, keep: (p: Props) => boolean): MapPath[] {
	return coll.features
		.filter((ft) => keep(ft.properties))
		.map((ft) => ({ id: ft.properties.id, d: f.path(ft) }))
		.filter((p) => p.d !== '');
}

function labels(f: Frame, data: StoryData, map: 'occupation' | 'exile'): MapLabelPoint[] {
	return data.labels
		.filter((l) => l.map === map)
		.map((l) => ({ ...point(f, l.id, l.text, l.lon, l.lat), kind: l.kind }));
}

function place(data: StoryData, id: string) {
	const p = data.places.find((x) => x.id === id);
	if (!p) throw new Error(`data/geo/places.csv has no place "${id}", which the maps need`);
	return p;
}

/** The North Caucasus around Kabardino-Balkaria, with a locator of the wider region. */
export function occupationGeometry(data: StoryData) {
	const f = frame(
		geoConicConformal().parallels([42, 45]).rotate([-43.6, 0]),
		bbox(39.8, 41.2, 48.9, 45.8),
		600
	);
	const nc = data.geo.northCaucasus;
	const regions = collection(nc, 'regions');
	const ncCountries = collection(nc, 'countries');
	const context = collection(data.geo.context, 'countries');
	const kb = regions.features.find((r) => r.properties.id === 'RU-KB');
	if (!kb) throw new Error('data/geo/north-caucasus.topo.json has no RU-KB region');

	// Georgia comes from the detailed file; world-atlas only supplies what that file lacks, so no
	// border is drawn twice from two sources.
	const contextPaths = [
		...paths(f, context, (p) => !['GEO'].includes(p.id)),
		...paths(f, ncCountries, (p) => p.id === 'GEO')
	];
	const regionPaths = paths(f, regions, (p) => p.id.startsWith('RU-') && p.id !== 'RU-KB');

	const loc = frame(
		geoConicEqualArea().parallels([38, 52]).rotate([-46, 0]),
		bbox(26, 34, 66, 56),
		160
	);
	const nalchik = place(data, 'nalchik');
	return {
		width: f.width,
		height: f.height,
		context: contextPaths,
		regions: regionPaths,
		focus: { id: 'RU-KB', d: geoPath(f.projection).digits(1)(kb) ?? '' },
		places: [nalchik].map((p) => point(f, p.id, p.name_1944, p.lon, p.lat)),
		labels: labels(f, data, 'occupation'),
		locator: {
			width: loc.width,
			height: loc.height,
			land: paths(loc, collection(data.geo.locator, 'countries'), () => true),
			frame: { id: 'frame', d: loc.path(bbox(39.8, 41.2, 48.9, 45.8)) },
			focus: point(loc, 'nalchik', nalchik.name_1944, nalchik.lon, nalchik.lat)
		}
	};
}

/** From the Caucasus to the Kazakh and Kirghiz SSRs. */
export function exileGeometry(data: StoryData) {
	const f = frame(
		geoConicEqualArea().parallels([40, 52]).rotate([-58, 0]),
		bbox(40.6, 39.1, 79.6, 54.6),
		600
	);
	const context = collection(data.geo.context, 'countries');
	const republics = collection(data.geo.centralAsia, 'republics');
	const p = (id: string) => place(data, id);
	const arc = (from: string, to: string, id: string, label: string) => {
		const a = p(from);
		const b = p(to);
		const interp = geoInterpolate([a.lon, a.lat], [b.lon, b.lat]);
		const coords = Array.from({ length: 21 }, (_, i) => interp(i / 20));
		const at = (t: number) => {
			const [x, y] = f.projection(interp(t))!;
			return { x: Math.round(x), y: Math.round(y) };
		};
		// Stop short of the hub so the arrowhead does not cover its dot.
		return {
			id,
			label,
			d: f.path({ type: 'LineString', coordinates: coords.slice(0, 20) }),
			start: at(0),
			mid: at(0.5),
			end: at(1)
		};
	};
	return {
		frame: f,
		width: f.width,
		height: f.height,
		context: paths(f, context, (c) => !['KAZ', 'KGZ'].includes(c.id)),
		republics: republics.features.map((r) => ({
			id: r.properties.id,
			name: r.properties.name,
			d: f.path(r)
		})),
		places: ['nalchik', 'orenburg', 'tashkent', 'almaty', 'bishkek'].map((id) => {
			const pl = p(id);
			return point(f, pl.id, pl.name_1944, pl.lon, pl.lat);
		}),
		labels: labels(f, data, 'exile'),
		arc
	};
}
