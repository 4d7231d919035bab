// A scripted scroll through the whole story on a throttled phone-sized page.
//
// Headless Chromium ignores synthesized touch scroll gestures, so the scroll is driven by raw
// touch drags sent through the DevTools protocol (Input.dispatchTouchEvent), paced by the wall
// clock; wheel events are the fallback if a drag does not move the page. Frame times are the
// intervals between requestAnimationFrame timestamps collected in the page. Long tasks and layout
// shifts come from PerformanceObservers installed before any of the page's own scripts run.
import { chromium } from '@playwright/test';
import { chromiumLaunch } from '../chromium.mjs';
import { intervals, percentile, slowFramesByPart } from './stats.mjs';

const VIEWPORT = { width: 390, height: 844 };
/** Finger speed during a drag, px/s, and the length of one drag. */
const DRAG_SPEED = 1500;
const DRAG_PX = 600;
/** Pause between two drags (the finger lifts; a fling may carry on). */
const DRAG_GAP_MS = 80;
/** Give up scrolling after this long even if the end of the page is not reached. */
const SCROLL_CAP_MS = 70_000;
const IDLE_MS = 1000;
/** Idle frames slower than this at p95 mean the machine was busy, not the page. */
export const BUSY_IDLE_P95_MS = 20;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** The main thread's task time so far, s, from Performance.getMetrics. */
const taskSeconds = (metrics) => metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;

// Runs in the page before its own scripts.
function installProbes() {
	const bench = {
		longtasks: [],
		shifts: [],
		steps: [],
		frames: [],
		/** The scroll position at each frame, to tell where on the page the slow ones fell. */
		ys: [],
		recording: false,
		/** Which recording a frame loop belongs to. A loop stops at its next frame after stop(); a
		 * start() within that frame would otherwise find it still running, and every frame would
		 * be counted twice, half of them 0 ms apart (which once halved the share of slow frames). */
		loop: 0,
		start() {
			bench.frames = [];
			bench.ys = [];
			bench.recording = true;
			const loop = ++bench.loop;
			const tick = (t) => {
				if (!bench.recording || loop !== bench.loop) return;
				bench.frames.push(t);
				bench.ys.push(window.scrollY);
				requestAnimationFrame(tick);
			};
			requestAnimationFrame(tick);
			return performance.now();
		},
		stop() {
			bench.recording = false;
			return performance.now();
		}
	};
	Object.defineProperty(window, '__bench', { value: bench });
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries())
				bench.longtasks.push({ start: e.startTime, duration: e.duration });
		}).observe({ type: 'longtask', buffered: true });
		new PerformanceObserver((list) => {
			for (const e of list.getEntries())
				bench.shifts.push({ start: e.startTime, value: e.value, recentInput: e.hadRecentInput });
		}).observe({ type: 'layout-shift', buffered: true });
		// When each graphic changes state, to tell which step change a long task belongs to.
		new MutationObserver((records) => {
			for (const r of records)
				bench.steps.push({
					t: performance.now(),
					step: /** @type {Element} */ (r.target).getAttribute('data-active-step')
				});
		}).observe(document, { subtree: true, attributeFilter: ['data-active-step'] });
	} catch {
		// An engine without these entry types: the figures come out empty.
	}
}

async function touchDrag(cdp, distance) {
	const x = VIEWPORT.width / 2;
	const y0 = VIEWPORT.height - 80;
	const send = (type, y) =>
		cdp.send('Input.dispatchTouchEvent', {
			type,
			touchPoints: type === 'touchEnd' ? [] : [{ x, y: Math.round(y) }]
		});
	await send('touchStart', y0);
	const started = Date.now();
	const duration = (distance / DRAG_SPEED) * 1000;
	for (;;) {
		await sleep(16);
		const f = Math.min(1, (Date.now() - started) / duration);
		await send('touchMove', y0 - distance * f);
		if (f >= 1) break;
	}
	await send('touchEnd');
}

async function wheelScroll(cdp, distance) {
	const started = Date.now();
	const duration = (distance / DRAG_SPEED) * 1000;
	let done = 0;
	while (done < distance) {
		await sleep(16);
		const target = Math.min(distance, (distance * (Date.now() - started)) / duration);
		const deltaY = Math.round(target - done);
		if (deltaY <= 0) continue;
		await cdp.send('Input.dispatchMouseEvent', {
			type: 'mouseWheel',
			x: VIEWPORT.width / 2,
			y: VIEWPORT.height / 2,
			deltaX: 0,
			deltaY
		});
		done += deltaY;
	}
}

/**
 * The control: a plain page as long as a few screens of the story, with nothing on it but text,
 * scrolled the same way. Under CDP's CPU throttling even such a page misses some frames on a
 * small machine; its figures say how fine a budget this machine can resolve at all.
 */
const CONTROL_HTML = `<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width, initial-scale=1"><title>Control</title></head><body style="margin:0;font:18px/1.6 serif">${'<p style="margin:0 1rem 40rem">A plain paragraph of text on a long, empty page.</p>'.repeat(40)}</body></html>`;

/** Waits until every chapter graphic is drawn, without Playwright's injected script. */
async function untilGraphicsReady(page, timeout = 60_000) {
	const started = Date.now();
	for (;;) {
		const ready = await page.evaluate(() => {
			const all = document.querySelectorAll('[data-graphic]');
			return (
				all.length > 0 &&
				document.querySelectorAll('[data-graphic][data-ready]').length === all.length
			);
		});
		if (ready) return;
		if (Date.now() - started > timeout)
			throw new Error('the chapter graphics were not all drawn within 60 s');
		await sleep(250);
	}
}

/**
 * One scripted scroll in a fresh browser: of `url`, or of the control page when url is null.
 * `variant` changes the page for an experiment (scripts/bench/compare-scroll.mjs), never in the
 * benchmark: `noapp` blocks the app's scripts, `nostyle` removes every stylesheet, `css` adds one,
 * `reducedMotion` asks for reduced motion, `dpr` sets the device pixel ratio (2 otherwise), `init`
 * is a script run before the page's own (to stub out an API, for example).
 * @param {string | null} url
 * @param {number} cpuRate
 * @param {{ noapp?: boolean, nostyle?: boolean, css?: string, reducedMotion?: boolean, dpr?: number, init?: string }} [variant]
 */
export async function scrollOnce(url, cpuRate, variant = {}) {
	const browser = await chromium.launch({
		...chromiumLaunch
	});
	try {
		const context = await browser.newContext({
			viewport: VIEWPORT,
			isMobile: true,
			hasTouch: true,
			deviceScaleFactor: variant.dpr ?? 2,
			...(variant.reducedMotion ? { reducedMotion: 'reduce' } : {})
		});
		await context.addInitScript(installProbes);
		if (variant.init) await context.addInitScript({ content: variant.init });
		if (variant.noapp) await context.route(/\/_app\/.*\.js$/, (route) => route.abort());
		if (variant.nostyle || variant.css)
			await context.addInitScript(
				({ nostyle, css }) =>
					document.addEventListener('DOMContentLoaded', () => {
						if (nostyle)
							for (const s of document.querySelectorAll('style, link[rel=stylesheet]')) s.remove();
						if (css)
							document.head.append(
								Object.assign(document.createElement('style'), { textContent: css })
							);
					}),
				{ nostyle: Boolean(variant.nostyle), css: variant.css ?? '' }
			);
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Performance.enable');
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
		if (url === null) await page.setContent(CONTROL_HTML, { waitUntil: 'load' });
		else await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
		// Every chapter graphic drawn (data-ready), then a moment for the page to go quiet. Polled
		// with plain evaluate calls: page.waitForFunction installs Playwright's injected script in
		// the page, with touch, pointer and mouse listeners on the window that send every touch to
		// the page's main thread, which no reader's browser does (and the control page never had).
		if (url !== null && !variant.noapp) await untilGraphicsReady(page);
		await sleep(1500);

		// Idle baseline: if nothing happens on the page and frames still miss vsync, the machine was busy.
		await page.evaluate(() => window.__bench.start());
		await sleep(IDLE_MS);
		await page.evaluate(() => window.__bench.stop());
		const idleFrames = intervals(await page.evaluate(() => window.__bench.frames));

		const loadLongTasks = await page.evaluate(() => window.__bench.longtasks.slice());
		const before = (await cdp.send('Performance.getMetrics')).metrics;
		const t0 = await page.evaluate(() => window.__bench.start());
		const scrollStarted = Date.now();
		const position = () =>
			page.evaluate(() => ({
				y: window.scrollY,
				max: document.documentElement.scrollHeight - window.innerHeight
			}));
		let driver = 'touch';
		let pos = await position();
		await touchDrag(cdp, DRAG_PX);
		await sleep(DRAG_GAP_MS);
		if ((await position()).y <= pos.y) driver = 'wheel';
		let stalled = 0;
		for (;;) {
			pos = await position();
			if (pos.y >= pos.max - 2 || Date.now() - scrollStarted > SCROLL_CAP_MS || stalled >= 5) break;
			if (driver === 'touch') await touchDrag(cdp, DRAG_PX);
			else await wheelScroll(cdp, DRAG_PX);
			await sleep(DRAG_GAP_MS);
			stalled = (await position()).y <= pos.y ? stalled + 1 : 0;
		}
		const scrollSeconds = (Date.now() - scrollStarted) / 1000;
		await sleep(500);
		const t1 = await page.evaluate(() => window.__bench.stop());
		const end = await position();
		const probe = await page.evaluate(() => ({
			frames: window.__bench.frames,
			ys: window.__bench.ys,
			// The story's parts: each chapter, then the end matter as one.
			parts: [...document.querySelectorAll('section.chapter[id], section.end')]
				.map((e) => ({
					name: e.matches('.chapter') ? e.id : 'end matter',
					top: e.getBoundingClientRect().top + window.scrollY
				}))
				.filter((p, i, all) => i === 0 || all[i - 1].name !== p.name),
			longtasks: window.__bench.longtasks,
			shifts: window.__bench.shifts,
			steps: window.__bench.steps,
			resources: performance
				.getEntriesByType('resource')
				.map((e) => e.name)
				.filter((n) => /\/_app\/.*\.(m?js|css)$/.test(n))
		}));
		const { metrics } = await cdp.send('Performance.getMetrics');
		const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? null;

		const frames = intervals(probe.frames);
		const during = (e) => e.start >= t0 && e.start <= t1;
		const longtasks = probe.longtasks.filter(during);
		const shifts = probe.shifts.filter(during);
		return {
			driver,
			cpuRate,
			viewport: `${VIEWPORT.width}x${VIEWPORT.height}@${variant.dpr ?? 2}x`,
			scrolledPx: Math.round(end.y),
			pageEndPx: Math.round(end.max),
			reachedEnd: end.y >= end.max - 2,
			scrollSeconds,
			idle: {
				frames: idleFrames.length,
				p50: percentile(idleFrames, 50),
				p95: percentile(idleFrames, 95)
			},
			frames: frames.length,
			p50: percentile(frames, 50),
			p95: percentile(frames, 95),
			p99: percentile(frames, 99),
			over50: frames.filter((f) => f > 50).length,
			byPart: slowFramesByPart(probe.frames, probe.ys, probe.parts, VIEWPORT.height),
			/** Share of frames that took longer than 25 ms (missed at least one vsync). */
			over25Share: frames.length ? frames.filter((f) => f > 25).length / frames.length : null,
			// Frames by how many vsync intervals (16.7 ms) they took: 1, 2, 3, 4 or more.
			vsyncs: [1, 2, 3, 4].map(
				(n) =>
					frames.filter((f) => {
						const k = Math.max(1, Math.round(f / (1000 / 60)));
						return n === 4 ? k >= 4 : k === n;
					}).length
			),
			longTasks: longtasks.length,
			longestTask: longtasks.reduce((m, t) => Math.max(m, t.duration), 0),
			// Each long task with the graphic states that changed inside it (or just before it).
			longTaskList: longtasks
				.map((t) => ({
					ms: Math.round(t.duration),
					steps: [
						...new Set(
							probe.steps
								.filter((c) => c.t >= t.start - 50 && c.t <= t.start + t.duration)
								.map((c) => c.step)
						)
					]
				}))
				.sort((a, b) => b.ms - a.ms),
			loadLongTasks: loadLongTasks.map((t) => Math.round(t.duration)).sort((a, b) => b - a),
			cls: shifts.filter((s) => !s.recentInput).reduce((s, e) => s + e.value, 0),
			clsWithRecentInput: shifts.reduce((s, e) => s + e.value, 0),
			heapBytes: heap,
			// The main thread's task time per frame during the scroll, ms (throttled, so 4x what a fast
			// CPU takes). Steadier from run to run than the missed frames, which also depend on what
			// else the machine's cores are doing.
			mainThreadPerFrame: frames.length
				? (1000 * (taskSeconds(metrics) - taskSeconds(before))) / frames.length
				: null,
			runtimeAssets: probe.resources.map((n) => n.replace(/^.*?\/_app\//, '_app/'))
		};
	} finally {
		await browser.close();
	}
}

/**
 * The scroll benchmark: one run, and one retry if the idle baseline shows a busy machine.
 * `busy` is true when both runs were on a busy machine; their figures are then unreliable.
 */
export async function measureScroll(url, { cpuRate = 4, log = console.log } = {}) {
	const attempts = [];
	for (let i = 0; i < 2; i++) {
		const run = await scrollOnce(url, cpuRate);
		attempts.push(run);
		const busy = run.idle.p95 === null || run.idle.p95 > BUSY_IDLE_P95_MS;
		if (!busy) return { ...run, busy: false, attempts: attempts.length };
		log(
			`  scroll: idle frames p95 ${run.idle.p95?.toFixed(1)} ms before scrolling (> ${BUSY_IDLE_P95_MS} ms): the machine was busy, so this run says nothing about the page.${i === 0 ? ' Retrying once.' : ''}`
		);
		if (i === 0) await sleep(3000);
	}
	return { ...attempts[attempts.length - 1], busy: true, attempts: attempts.length };
}

/** The control scroll (see CONTROL_HTML): the same drags and throttling on a plain page. */
export async function measureControlScroll({ cpuRate = 4 } = {}) {
	const run = await scrollOnce(null, cpuRate);
	return {
		frames: run.frames,
		p50: run.p50,
		p95: run.p95,
		over25Share: run.over25Share,
		longestTask: run.longestTask,
		mainThreadPerFrame: run.mainThreadPerFrame
	};
}
