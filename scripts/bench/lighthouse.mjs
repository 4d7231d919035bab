// One Lighthouse run (default mobile emulation and simulated throttling) in a fresh Debian
// Chromium, started by chrome-launcher with the flags this closed, GPU-less machine needs.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { writeFileSync } from 'node:fs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';

// chrome-launcher starts Chromium itself, headed unless told otherwise.
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * Run Lighthouse once on `url` and return the figures the benchmark reports, with the audits
 * that kept a category below 100 (so a missed budget can be explained from the output).
 */
export async function runLighthouse(url, { saveTo } = {}) {
	const chrome = await chromeLauncher.launch({
		chromePath: CHROMIUM_PATH,
		chromeFlags: CHROME_FLAGS
	});
	// The trace engine prints a stack trace with console.error when one navigation of the trace
	// has no metrics (the share page's first document, which redirects before it paints). Lighthouse
	// scores the page all the same; keep the message short instead of printing the stack.
	const consoleError = console.error;
	const engineErrors = [];
	console.error = (...args) =>
		engineErrors.push(args.map((a) => a?.message ?? String(a)).join(' '));
	const started = Date.now();
	let lhr;
	try {
		const result = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'silent',
			onlyCategories: CATEGORIES
		});
		lhr = result?.lhr;
	} finally {
		console.error = consoleError;
		await chrome.kill();
	}
	if (!lhr) throw new Error(`Lighthouse returned no result for ${url}`);
	// The whole report, to look into a missed budget (bench-results/ is not committed).
	if (saveTo) writeFileSync(saveTo, JSON.stringify(lhr));
	const audit = (id) => lhr.audits[id];
	const num = (id) => audit(id)?.numericValue ?? null;
	const diagnostics = audit('diagnostics')?.details?.items?.[0] ?? {};
	const shortfalls = {};
	for (const id of CATEGORIES) {
		const refs = lhr.categories[id]?.auditRefs ?? [];
		shortfalls[id] = refs
			.filter((ref) => ref.weight > 0)
			.map((ref) => audit(ref.id))
			.filter((a) => a && typeof a.score === 'number' && a.score < 1)
			.map((a) => `${a.id} (${a.score}${a.displayValue ? `, ${a.displayValue}` : ''})`);
	}
	const lcpElement = audit('largest-contentful-paint-element')?.details?.items?.[0]?.items?.[0]
		?.node?.snippet;
	return {
		url,
		finalUrl: lhr.finalDisplayedUrl,
		mainDocumentUrl: lhr.mainDocumentUrl,
		runtimeError: lhr.runtimeError?.code ?? null,
		warnings: lhr.runWarnings ?? [],
		engineErrors,
		seconds: (Date.now() - started) / 1000,
		scores: Object.fromEntries(
			CATEGORIES.map((id) => [
				id,
				lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100)
			])
		),
		lcp: num('largest-contentful-paint'),
		fcp: num('first-contentful-paint'),
		tbt: num('total-blocking-time'),
		cls: num('cumulative-layout-shift'),
		speedIndex: num('speed-index'),
		requests: diagnostics.numRequests ?? audit('network-requests')?.details?.items?.length ?? null,
		transferBytes: num('total-byte-weight'),
		lcpElement: lcpElement ?? null,
		// Lighthouse's own durations: simulated on a 4x slower CPU.
		longestTasks: (audit('long-tasks')?.details?.items ?? [])
			.slice(0, 3)
			.map((t) => `${Math.round(t.duration)} ms ${t.url ?? ''}`.trim()),
		shortfalls
	};
}
