#!/usr/bin/env node
// npm run bench: builds the site into build-bench/, serves it on loopback and measures it, one
// thing at a time (a measurement never runs beside a build or another measurement):
//   1. the JS and CSS each route loads, gzipped: the files its HTML names (read from the build)
//      and what it fetches by itself after it starts (seen in a browser);
//   2. Lighthouse, 3 runs each on the story and one share page (default mobile settings);
//   3. a scripted scroll through the whole story at 390x844 with the CPU throttled 4x.
// Prints one table with every figure beside its budget, writes bench-results/latest.json and
// exits non-zero if a budget is missed. Options:
//   --no-build   measure the existing build-bench/ (built by an earlier run)
//   --runs N     Lighthouse runs per page (default 3)
//   --port N     port to serve on (default: 4390 if free, else any free port)
//   --known-misses FILE
//                budgets the story does not meet yet (see scripts/bench/known-misses.json):
//                each is still printed as missed, but only fails the run if it is worse than
//                the ceiling recorded there. Without this option every miss fails the run.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync, createWriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesAssets, routeAssets } from './bench/bytes.mjs';
import { watchOtherCpu } from './bench/cpu.mjs';
import { fetchedAssets } from './bench/loaded.mjs';
import { runLighthouse } from './bench/lighthouse.mjs';
import { measureControlScroll, measureScroll } from './bench/scroll.mjs';
import { median } from './bench/stats.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUILD_DIR = 'build-bench';
// Named build-*/ so that git, Prettier and ESLint already ignore it.
const KIT_OUT_DIR = 'build-bench-kit';
const RESULTS_DIR = join(ROOT, 'bench-results');
const SHARE_SLUG = 'exile';
const BYTE_ROUTES = ['/', `/s/${SHARE_SLUG}/`, `/embed/${SHARE_SLUG}/`, '/republish/', '/data/'];
const TIME_LIMIT_S = 300;

/** 1 kB = 1000 bytes throughout. */
const BUDGETS = {
	performance: 95,
	accessibility: 100,
	'best-practices': 100,
	seo: 100,
	lcpMs: 1500,
	tbtMs: 50,
	cls: 0.01,
	storyJsGzipBytes: 70_000,
	storyTransferBytes: 300_000,
	scrollP95Ms: 25,
	/** Where the control page itself misses scrollP95Ms (see below), the story may miss vsync on at
	 * most this share of frames more than the control does: the same 5 % that p95 allows. */
	scrollExcessShare: 0.05,
	longTaskMs: 100
};

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name, fallback) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const RUNS = Number(option('runs', 3));
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
const log = (msg) => console.log(msg);
const load = () =>
	loadavg()
		.map((l) => l.toFixed(2))
		.join(' ');

function freePort(preferred) {
	const tryPort = (port) =>
		new Promise((res) => {
			const srv = createServer();
			srv.once('error', () => res(null));
			srv.listen(port, '127.0.0.1', () => {
				const { port: p } = /** @type {import('node:net').AddressInfo} */ (srv.address());
				srv.close(() => res(p));
			});
		});
	return tryPort(preferred).then((p) => p ?? tryPort(0));
}

function run(cmd, cmdArgs, env, logFile) {
	return new Promise((res, rej) => {
		const out = createWriteStream(logFile);
		const merged = { ...process.env, ...env };
		for (const [k, v] of Object.entries(env)) if (v === undefined) delete merged[k];
		const child = spawn(cmd, cmdArgs, { cwd: ROOT, env: merged });
		child.stdout.pipe(out);
		child.stderr.pipe(out);
		child.on('error', rej);
		child.on('close', (code) =>
			code === 0
				? res()
				: rej(new Error(`${cmd} ${cmdArgs.join(' ')} exited with ${code}; see ${logFile}`))
		);
	});
}

async function startServer(port) {
	const child = spawn(
		process.execPath,
		['scripts/serve.mjs', '--dir', BUILD_DIR, '--port', String(port)],
		{
			cwd: ROOT,
			stdio: ['ignore', 'ignore', 'inherit']
		}
	);
	const url = `http://127.0.0.1:${port}/`;
	for (let i = 0; i < 100; i++) {
		if (child.exitCode !== null) throw new Error(`scripts/serve.mjs exited with ${child.exitCode}`);
		try {
			if ((await fetch(url)).ok) return child;
		} catch {
			// Not listening yet.
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	child.kill();
	throw new Error(`scripts/serve.mjs did not answer on ${url}`);
}

// ---- formatting -------------------------------------------------------------------------------
const kB = (b) => (b == null ? '–' : `${(b / 1000).toFixed(1)} kB`);
const ms = (v) =>
	v == null ? '–' : v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${Math.round(v)} ms`;
const frameMs = (v) => (v == null ? '–' : `${v.toFixed(1)} ms`);
const cls = (v) => (v == null ? '–' : v.toFixed(3));
const int = (v) => (v == null ? '–' : String(Math.round(v)));
const MB = (b) => (b == null ? '–' : `${(b / 1e6).toFixed(1)} MB`);

const rows = [];
const checks = [];
/**
 * One row of the table. With `budget`, the figure is checked: `ok(value)` says whether it is
 * within budget; `unreliable` turns a miss into a warning (a busy machine).
 */
function row(section, figure, value, fmt, { runs, budget, ok, unreliable } = {}) {
	let status = '';
	if (budget) {
		const pass = value != null && ok(value);
		status = pass ? 'ok' : unreliable ? 'MISS (unreliable)' : 'MISS';
		checks.push({ section, figure, value, shown: fmt(value), budget, pass, counted: !unreliable });
	}
	const shown = fmt(value) + (runs ? `  (${runs.map(fmt).join(' / ')})` : '');
	rows.push([section, figure, shown, budget ?? '', status]);
}

function printTable() {
	const head = ['', 'figure', 'value (runs)', 'budget', ''];
	const all = [head, ...rows];
	const widths = head.map((_, i) => Math.max(...all.map((r) => String(r[i]).length)));
	const line = (r) =>
		r
			.map((c, i) => String(c).padEnd(widths[i]))
			.join('  ')
			.trimEnd();
	log('');
	log(line(head));
	log(widths.map((w) => '-'.repeat(w)).join('  '));
	let last = null;
	for (const r of rows) {
		log(line([r[0] === last ? '' : r[0], ...r.slice(1)]));
		last = r[0];
	}
	log('');
}

// ---- the run ----------------------------------------------------------------------------------
let server = null;
const stopServer = () => {
	if (server && server.exitCode === null) server.kill();
};
process.on('SIGINT', () => {
	stopServer();
	process.exit(130);
});

async function main() {
	mkdirSync(RESULTS_DIR, { recursive: true });
	const results = {
		date: new Date().toISOString(),
		commit: null,
		node: process.version,
		loadavgAtStart: loadavg(),
		budgets: BUDGETS
	};
	try {
		results.commit = readFileSync(join(ROOT, '.git/HEAD'), 'utf8').trim();
		if (results.commit.startsWith('ref: '))
			results.commit = readFileSync(join(ROOT, '.git', results.commit.slice(5)), 'utf8').trim();
	} catch {
		// Not a git checkout: leave it out.
	}

	// 1. Build (alone: nothing is measured while it runs).
	let port;
	if (flag('no-build')) {
		const index = join(ROOT, BUILD_DIR, 'index.html');
		if (!existsSync(index))
			throw new Error(`--no-build: ${BUILD_DIR}/ has no index.html; run without --no-build first`);
		const canonical = readFileSync(index, 'utf8').match(
			/<link rel="canonical" href="http:\/\/127\.0\.0\.1:(\d+)\//
		);
		port = Number(option('port', canonical?.[1] ?? 4390));
		log(`Using the existing ${BUILD_DIR}/ (--no-build).`);
	} else {
		port = Number(option('port', 0)) || (await freePort(4390));
		log(`Building into ${BUILD_DIR}/ (SITE_ORIGIN=http://127.0.0.1:${port}) … load ${load()}`);
		const t = Date.now();
		// tsconfig.json extends .svelte-kit/tsconfig.json, which a fresh checkout does not have yet
		// and a build into another KIT_OUT_DIR does not write: generate it once, as `npm run check` does.
		if (!existsSync(join(ROOT, '.svelte-kit', 'tsconfig.json'))) {
			log('  fresh checkout: svelte-kit sync (writes .svelte-kit/tsconfig.json)');
			await run(
				'npx',
				['svelte-kit', 'sync'],
				{ BUILD_DIR: undefined, KIT_OUT_DIR: undefined },
				join(RESULTS_DIR, 'sync.log')
			);
		}
		await run(
			'npx',
			['vite', 'build'],
			{ BUILD_DIR, KIT_OUT_DIR, SITE_ORIGIN: `http://127.0.0.1:${port}` },
			join(RESULTS_DIR, 'build.log')
		);
		results.buildSeconds = (Date.now() - t) / 1000;
		log(`  built in ${results.buildSeconds.toFixed(0)} s`);
	}
	const origin = `http://127.0.0.1:${port}`;

	// 2. Bytes per route, from the built files.
	results.bytes = {};
	for (const route of BYTE_ROUTES) results.bytes[route] = routeAssets(join(ROOT, BUILD_DIR), route);

	server = await startServer(port);
	log(`Serving ${BUILD_DIR}/ at ${origin}/`);

	// What each route fetches by itself after it starts, beyond what its HTML names.
	log(`Opening each route to see what it loads by itself … load ${load()} (${elapsed()})`);
	const fetched = await fetchedAssets(origin, BYTE_ROUTES);
	for (const route of BYTE_ROUTES) {
		const b = results.bytes[route];
		const f = fetched[route];
		const named = new Set([...b.js, ...b.css].map((x) => x.file));
		b.finalUrl = f.finalUrl;
		b.redirected = f.redirected;
		// A share page hands over to the story before it paints: what the story then fetches is the story's.
		b.later = filesAssets(
			join(ROOT, BUILD_DIR),
			f.redirected ? [] : f.files.filter((x) => !named.has(x))
		);
		b.totalJsGzip = b.jsGzip + b.later.jsGzip;
		b.totalCssGzip = b.cssGzip + b.later.cssGzip;
	}

	// 3. Lighthouse, one run at a time.
	const pages = [
		{ key: 'story', path: '/' },
		{ key: 'share', path: `/s/${SHARE_SLUG}/` }
	];
	results.lighthouse = {};
	for (const page of pages) {
		const runs = [];
		for (let i = 0; i < RUNS; i++) {
			log(`Lighthouse ${page.path} run ${i + 1}/${RUNS} … load ${load()} (${elapsed()})`);
			const saveTo = join(RESULTS_DIR, `lighthouse-${page.key}-${i + 1}.json`);
			const otherCpuLh = watchOtherCpu();
			let r = await runLighthouse(origin + page.path, { saveTo });
			if (page.key === 'share' && i === 0 && (r.runtimeError || r.scores.performance == null)) {
				// Lighthouse could not score a page that redirects: measure where it lands instead.
				page.note = `Lighthouse could not score ${page.path} (${r.runtimeError ?? 'no performance score'}), which redirects on the client; measured /#${SHARE_SLUG} instead.`;
				log(`  ${page.note}`);
				page.path = `/#${SHARE_SLUG}`;
				r = await runLighthouse(origin + page.path, { saveTo });
			}
			if (r.engineErrors.length)
				log(`  (trace engine, ignored: ${r.engineErrors.map((e) => e.split('\n')[0]).join('; ')})`);
			r.otherCores = otherCpuLh();
			if (r.otherCores != null && r.otherCores > 0.25)
				log(`  other programs used ${r.otherCores.toFixed(2)} cores during this run`);
			runs.push(r);
		}
		const first = runs[0];
		if (
			!page.note &&
			first.finalUrl &&
			new URL(first.finalUrl).pathname + new URL(first.finalUrl).hash !== page.path
		)
			page.note = `Lighthouse loaded ${page.path}, followed its client redirect (location.replace) to ${new URL(first.finalUrl).pathname}${new URL(first.finalUrl).hash} and scored the story there, redirect included.`;
		const med = (k) => median(runs.map((r) => r[k]));
		results.lighthouse[page.key] = {
			path: page.path,
			note: page.note ?? null,
			runs,
			median: {
				scores: Object.fromEntries(
					Object.keys(first.scores).map((c) => [c, median(runs.map((r) => r.scores[c]))])
				),
				lcp: med('lcp'),
				fcp: med('fcp'),
				tbt: med('tbt'),
				cls: med('cls'),
				speedIndex: med('speedIndex'),
				requests: med('requests'),
				transferBytes: med('transferBytes')
			}
		};
	}

	// 4. The scroll.
	log(`Scrolling the story (390x844, CPU 4x slower) … load ${load()} (${elapsed()})`);
	const otherCpu = watchOtherCpu();
	results.scroll = await measureScroll(`${origin}/`, { cpuRate: 4, log });
	results.scroll.otherCores = otherCpu();
	stopServer();
	// The control: a plain page scrolled the same way. CDP's CPU throttling makes even that miss
	// frames on a 2-core machine; if it misses the p95 budget, that budget cannot be resolved here
	// and the story is held to its excess over the control instead.
	log(`Scrolling a plain control page the same way … load ${load()} (${elapsed()})`);
	results.scrollControl = await measureControlScroll({ cpuRate: 4 });

	// ---- the table ----
	for (const page of pages) {
		const lh = results.lighthouse[page.key];
		const section = `Lighthouse ${lh.path}`;
		const runsOf = (k) => lh.runs.map((r) => r[k]);
		for (const c of ['performance', 'accessibility', 'best-practices', 'seo'])
			row(section, c, lh.median.scores[c], int, {
				runs: lh.runs.map((r) => r.scores[c]),
				budget: c === 'performance' ? `>= ${BUDGETS[c]}` : `${BUDGETS[c]}`,
				ok: (v) => v >= BUDGETS[c]
			});
		row(section, 'LCP', lh.median.lcp, ms, {
			runs: runsOf('lcp'),
			budget: '<= 1.50 s',
			ok: (v) => v <= BUDGETS.lcpMs
		});
		row(section, 'FCP', lh.median.fcp, ms, { runs: runsOf('fcp') });
		row(section, 'TBT', lh.median.tbt, ms, {
			runs: runsOf('tbt'),
			budget: '<= 50 ms',
			ok: (v) => v <= BUDGETS.tbtMs
		});
		row(section, 'CLS', lh.median.cls, cls, {
			runs: runsOf('cls'),
			budget: '<= 0.010',
			ok: (v) => v <= BUDGETS.cls
		});
		row(section, 'Speed Index', lh.median.speedIndex, ms, { runs: runsOf('speedIndex') });
		row(section, 'requests', lh.median.requests, int, { runs: runsOf('requests') });
		row(
			section,
			'transfer',
			lh.median.transferBytes,
			kB,
			page.key === 'story'
				? {
						runs: runsOf('transferBytes'),
						budget: '<= 300 kB',
						ok: (v) => v <= BUDGETS.storyTransferBytes
					}
				: { runs: runsOf('transferBytes') }
		);
	}
	for (const route of BYTE_ROUTES) {
		const b = results.bytes[route];
		const section = `Bytes ${route}`;
		// What the page loads: the files its HTML names, plus what it fetched by itself afterwards.
		const split = (named, later) => (v) =>
			later ? `${kB(v)}  (${kB(named)} named in the HTML + ${kB(later)} fetched later)` : kB(v);
		const files = (a, b) => `${a.length + b.length} file${a.length + b.length === 1 ? '' : 's'}`;
		row(
			section,
			`JS gzip (${files(b.js, b.later.js)})`,
			b.totalJsGzip,
			split(b.jsGzip, b.later.jsGzip),
			route === '/' ? { budget: '<= 70 kB', ok: (v) => v <= BUDGETS.storyJsGzipBytes } : {}
		);
		row(
			section,
			`CSS gzip (${files(b.css, b.later.css)})`,
			b.totalCssGzip,
			split(b.cssGzip, b.later.cssGzip)
		);
	}

	const s = results.scroll;
	const section = `Scroll / ${s.busy ? '(BUSY MACHINE)' : ''}`.trim();
	const unreliable = s.busy;
	row(section, 'idle frame p95', s.idle.p95, frameMs, { runs: undefined });
	row(section, 'frame p50', s.p50, frameMs);
	const control = results.scrollControl;
	const resolvable = control.p95 != null && control.p95 <= BUDGETS.scrollP95Ms;
	const share = (v) => (v == null ? '–' : `${(v * 100).toFixed(1)} %`);
	row(section, 'control page: frame p95', control.p95, frameMs);
	row(section, 'control page: frames > 25 ms', control.over25Share, share);
	row(section, 'frame p95', s.p95, frameMs, {
		budget: resolvable ? '<= 25 ms' : '<= 25 ms (control misses it)',
		ok: (v) => v <= BUDGETS.scrollP95Ms,
		unreliable: unreliable || !resolvable
	});
	row(section, 'frames > 25 ms', s.over25Share, share);
	row(
		section,
		'frames > 25 ms beyond control',
		s.over25Share == null || control.over25Share == null
			? null
			: s.over25Share - control.over25Share,
		share,
		resolvable
			? {}
			: {
					budget: `<= ${BUDGETS.scrollExcessShare * 100} %`,
					ok: (v) => v <= BUDGETS.scrollExcessShare,
					unreliable
				}
	);
	// Steadier than the missed frames: the figure to compare when a change may have made
	// scrolling heavier.
	row(section, 'control page: main thread per frame', control.mainThreadPerFrame, frameMs);
	row(section, 'main thread per frame', s.mainThreadPerFrame, frameMs);
	row(section, 'frame p99', s.p99, frameMs);
	row(section, 'frames > 50 ms', s.over50, (v) => `${v} of ${s.frames}`);
	row(section, 'long tasks', s.longTasks, int);
	row(section, 'longest task', s.longestTask, ms, {
		budget: '<= 100 ms',
		ok: (v) => v <= BUDGETS.longTaskMs,
		unreliable
	});
	row(section, 'layout shift (sum)', s.cls, cls);
	row(section, 'JS heap at end', s.heapBytes, MB);

	log(`Benchmark of ${origin}/ at ${results.commit?.slice(0, 10) ?? 'an unknown commit'}:`);
	printTable();

	// ---- notes: how the figures came about, and what lies behind each missed budget ----
	const notes = [];
	for (const page of pages) {
		const lh = results.lighthouse[page.key];
		if (lh.note) notes.push(lh.note);
	}
	notes.push(
		`Scroll: ${s.driver} drags, ${(s.scrolledPx / 1000).toFixed(1)} k of ${(s.pageEndPx / 1000).toFixed(1)} k px in ${s.scrollSeconds.toFixed(0)} s${s.reachedEnd ? '' : ' (did NOT reach the end of the page)'}, ${s.frames} frames; ${s.attempts} attempt(s).`
	);
	if (s.byPart?.length > 1)
		notes.push(
			`Scroll: frames over 25 ms by part of the page (the part under the viewport's middle; share of its frames): ${s.byPart.map((p) => `${p.part} ${share(p.slowShare)} of ${p.frames}`).join(', ')}.`
		);
	if (s.otherCores != null)
		notes.push(
			`Other programs used ${s.otherCores.toFixed(2)} of the 2 cores on average during the scroll${s.otherCores > 0.25 ? ": the idle baseline only catches a machine busy enough to delay an idle page's frames, so the scroll figures may be worse than the page is" : ''}.`
		);
	if (!resolvable)
		notes.push(
			`The control page (plain text, no script) already misses vsync on ${share(control.over25Share)} of its frames under the same drags and 4x throttling (p95 ${frameMs(control.p95)}): this machine cannot resolve a 25 ms p95, so the story is held to at most ${BUDGETS.scrollExcessShare * 100} % more slow frames than the control, and its own p95 is shown, not enforced.`
		);
	if (s.busy)
		notes.push(
			`Scroll figures are UNRELIABLE: idle frames already missed vsync (p95 ${s.idle.p95?.toFixed(1)} ms > 20 ms) in both attempts, so the machine was busy; their budgets are not enforced this run.`
		);
	const story = results.bytes['/'];
	const storyStatic = new Set(
		[...story.js, ...story.css, ...story.later.js, ...story.later.css].map((f) => f.file)
	);
	for (const route of BYTE_ROUTES)
		if (results.bytes[route].redirected)
			notes.push(
				`${route} moves on to ${results.bytes[route].finalUrl} by itself; its bytes are only the files its own HTML names.`
			);
	const extra = s.runtimeAssets.filter((f) => !storyStatic.has(f));
	if (extra.length)
		notes.push(
			`While scrolling, the story also fetched at run time (not counted above): ${extra.join(', ')}.`
		);
	const missed = checks.filter((c) => !c.pass);
	for (const c of missed) {
		const why = [];
		const lhPage = pages.find((p) => c.section === `Lighthouse ${results.lighthouse[p.key].path}`);
		if (lhPage) {
			const lh = results.lighthouse[lhPage.key];
			const category = ['performance', 'accessibility', 'best-practices', 'seo'].find(
				(k) => k === c.figure
			);
			if (category) {
				const counts = new Map();
				for (const r of lh.runs)
					for (const a of r.shortfalls[category]) counts.set(a.replace(/ \(.*$/, ''), a);
				why.push(
					`audits below 100 (last run): ${[...counts.values()].join('; ') || 'none recorded'}`
				);
			}
			if (c.figure === 'LCP') why.push(`LCP element: ${lh.runs[0].lcpElement ?? 'unknown'}`);
			if (c.figure === 'TBT' || c.figure === 'performance')
				why.push(
					`longest main-thread tasks (first run): ${lh.runs[0].longestTasks.join(', ') || 'none'}`
				);
		}
		if (c.figure.startsWith('JS gzip'))
			why.push(
				`largest files: ${[...results.bytes['/'].js, ...results.bytes['/'].later.js]
					.sort((a, b) => b.gzip - a.gzip)
					.slice(0, 5)
					.map((f) => `${f.file} ${kB(f.gzip)}`)
					.join(', ')}`
			);
		if (c.figure === 'longest task' || c.figure.startsWith('frame'))
			why.push(
				`longest tasks during the scroll: ${s.longTaskList
					.slice(0, 6)
					.map((t) => `${t.ms} ms${t.steps.length ? ` (as ${t.steps.join(', ')} drew)` : ''}`)
					.join(', ')}`
			);
		notes.push(
			`MISSED ${c.section} ${c.figure}: ${c.shown} vs ${c.budget}${c.counted ? '' : ' (not enforced: see the notes above)'}. ${why.join('. ')}`
		);
	}
	for (const n of notes) log(`- ${n}`);

	results.checks = checks;
	results.notes = notes;
	results.totalSeconds = (Date.now() - started) / 1000;
	results.loadavgAtEnd = loadavg();
	writeFileSync(join(RESULTS_DIR, 'latest.json'), JSON.stringify(results, null, '\t') + '\n');
	// Known misses: still reported, but they fail the run only past their recorded ceiling.
	const knownFile = option('known-misses', null);
	const known = knownFile ? JSON.parse(readFileSync(resolve(ROOT, knownFile), 'utf8')).misses : {};
	const tolerated = [];
	for (const c of checks) {
		const k = known[`${c.section} ${c.figure}`];
		if (c.pass || !c.counted || !k) continue;
		const within = k.max !== undefined ? c.value <= k.max : c.value >= k.min;
		if (within) {
			c.counted = false;
			tolerated.push(
				`${c.section} ${c.figure} (${c.shown}, ${k.max !== undefined ? `ceiling ${k.max}` : `floor ${k.min}`})`
			);
		} else c.knownButWorse = true;
	}
	if (tolerated.length)
		log(
			`- KNOWN MISSES, not yet met and not failing this run because they are no worse than their ceilings in ${knownFile}: ${tolerated.join('; ')}.`
		);
	const failed = checks.filter((c) => !c.pass && c.counted);
	log('');
	log(
		`Wrote bench-results/latest.json. Total time ${elapsed()}${results.totalSeconds > TIME_LIMIT_S ? ` (over the ${TIME_LIMIT_S} s this benchmark should take)` : ''}.`
	);
	log(
		failed.length
			? `${failed.length} budget(s) missed: ${failed.map((c) => `${c.section} ${c.figure}`).join('; ')}.`
			: tolerated.length
				? `No budget failed this run, but ${tolerated.length} known miss(es) remain unmet (listed above).`
				: 'All budgets met.'
	);
	return failed.length ? 1 : 0;
}

main()
	.then((code) => {
		stopServer();
		process.exit(code);
	})
	.catch((e) => {
		stopServer();
		console.error(`bench: ${e?.stack ?? e}`);
		process.exit(2);
	});
