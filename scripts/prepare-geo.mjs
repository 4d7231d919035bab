// One-off data preparation, run by hand (`node scripts/prepare-geo.mjs`), never by the build.
// It copies the map data we use from ../shared/geo and the world-atlas package into data/geo,
// keeping only what the maps draw and simplifying it to what is visible at phone size.
// The build reads data/geo only, so the story does not depend on ../shared.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { presimplify, simplify, quantile } from 'topojson-simplify';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';

const require = createRequire(import.meta.url);
const shared = new URL('../../shared/geo/', import.meta.url);
const out = new URL('../data/geo/', import.meta.url);
const readJson = (url) => JSON.parse(readFileSync(url, 'utf8'));

/** Simplify a topology, keeping `keep` (0–1) of its points, and quantise it. */
function slim(topo, keep, q = 1e4) {
	const pre = presimplify(topo);
	// topojson-simplify's quantile(p) is the weight that keeps a fraction p of the points.
	const s = simplify(pre, quantile(pre, keep));
	// Drop the per-point weights presimplify adds, then re-quantise for a small file.
	for (const arc of s.arcs) for (const p of arc) p.length = 2;
	delete s.bbox;
	return quantize(s, q);
}

function write(name, topo) {
	const text = JSON.stringify(topo);
	writeFileSync(new URL(name, out), text + '\n');
	console.log(name, (text.length / 1024).toFixed(1) + ' KB');
}

// 1. North Caucasus: the nine Russian subjects and Georgia's regions (Natural Earth 10m).
{
	const src = readJson(new URL('north-caucasus.topo.json', shared));
	const regions = feature(src, src.objects.regions);
	const countries = feature(src, src.objects.countries);
	const keepProps = (f, props) => ({
		type: 'Feature',
		id: props.id,
		properties: props,
		geometry: f.geometry
	});
	const topo = topology(
		{
			regions: {
				type: 'FeatureCollection',
				features: regions.features.map((f) =>
					keepProps(f, {
						id: f.properties.iso_3166_2,
						name: f.properties.name_en,
						country: f.properties.adm0_a3
					})
				)
			},
			countries: {
				type: 'FeatureCollection',
				features: countries.features.map((f) =>
					keepProps(f, { id: f.properties.adm0_a3 ?? f.id, name: f.properties.name_en ?? '' })
				)
			}
		},
		1e5
	);
	write('north-caucasus.topo.json', slim(topo, 0.15));
}

// 2. Kazakhstan and Kyrgyzstan: the dissolved republic outlines only. No oblasts: the 1944 oblasts
// of settlement are not documented in our sources, and today's oblasts are not those of 1944.
{
	const src = readJson(new URL('kazakhstan-kyrgyzstan.topo.json', shared));
	const countries = feature(src, src.objects.countries);
	const topo = topology(
		{
			republics: {
				type: 'FeatureCollection',
				features: countries.features.map((f) => ({
					type: 'Feature',
					id: f.properties.country_a3,
					properties: { id: f.properties.country_a3, name: f.properties.name_en },
					geometry: f.geometry
				}))
			}
		},
		1e5
	);
	write('kazakhstan-kyrgyzstan.topo.json', slim(topo, 0.35));
}

// 3. Context countries from world-atlas (Natural Earth 1:50m), for both maps.
{
	const world = require('world-atlas/countries-50m.json');
	const wanted = new Map([
		['643', 'RUS'],
		['268', 'GEO'],
		['031', 'AZE'],
		['051', 'ARM'],
		['792', 'TUR'],
		['364', 'IRN'],
		['860', 'UZB'],
		['795', 'TKM'],
		['762', 'TJK'],
		['004', 'AFG'],
		['156', 'CHN'],
		['496', 'MNG'],
		['804', 'UKR'],
		['398', 'KAZ'],
		['417', 'KGZ'],
		// Only for the locator's wider frame.
		['760', 'SYR'],
		['368', 'IRQ'],
		['112', 'BLR'],
		['642', 'ROU'],
		['498', 'MDA'],
		['100', 'BGR'],
		['586', 'PAK'],
		['356', 'IND']
	]);
	const all = feature(world, world.objects.countries);
	const topo = topology(
		{
			countries: {
				type: 'FeatureCollection',
				features: all.features
					.filter((f) => wanted.has(f.id))
					.map((f) => ({
						type: 'Feature',
						id: wanted.get(f.id),
						properties: { id: wanted.get(f.id), name: f.properties.name },
						geometry: f.geometry
					}))
			}
		},
		1e5
	);
	write('context-countries.topo.json', slim(topo, 0.12));

	// The locator is 160 units wide: the 1:110m outlines are already finer than it can show.
	const small = require('world-atlas/countries-110m.json');
	const smallAll = feature(small, small.objects.countries);
	write(
		'locator.topo.json',
		slim(
			topology(
				{
					countries: {
						type: 'FeatureCollection',
						features: smallAll.features
							.filter((f) => wanted.has(f.id))
							.map((f) => ({
								type: 'Feature',
								id: wanted.get(f.id),
								properties: { id: wanted.get(f.id), name: f.properties.name },
								geometry: f.geometry
							}))
					}
				},
				1e4
			),
			0.3,
			2e3
		)
	);
}

// 4. Places: copied as CSV with the 1944 names, so editors can read and change them.
{
	const places = readJson(new URL('places.geojson', shared));
	const ids = {
		Nalchik: ['nalchik', 'Nalchik'],
		Prokhladny: ['prokhladny', 'Prokhladnaya'],
		Tyrnyauz: ['tyrnyauz', 'Tyrnyauz'],
		Orenburg: ['orenburg', 'Chkalov'],
		Tashkent: ['tashkent', 'Tashkent'],
		'Almaty (Alma-Ata)': ['almaty', 'Alma-Ata'],
		'Bishkek (Frunze)': ['bishkek', 'Frunze'],
		'Taraz (Dzhambul)': ['taraz', 'Dzhambul'],
		'Shymkent (Chimkent)': ['shymkent', 'Chimkent'],
		'Taldykorgan (Taldy-Kurgan)': ['taldykorgan', 'Taldy-Kurgan'],
		'Semey (Semipalatinsk)': ['semey', 'Semipalatinsk'],
		Osh: ['osh', 'Osh']
	};
	const q = (s) => (/[",]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
	const rows = ['id,name_1944,name_today,lon,lat,country,source_id,note'];
	for (const f of places.features) {
		const [id, name1944] = ids[f.properties.name];
		const [lon, lat] = f.geometry.coordinates;
		rows.push(
			[
				id,
				name1944,
				f.properties.geonames_name,
				lon,
				lat,
				f.properties.country,
				'geonames',
				f.properties.note
			]
				.map((v) => q(String(v)))
				.join(',')
		);
	}
	writeFileSync(new URL('places.csv', out), rows.join('\n') + '\n');
	console.log('places.csv', rows.length - 1, 'places');
}
