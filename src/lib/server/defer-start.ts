// Starts the app after the page's first paint instead of while it is still being parsed and laid
// out. The prerendered HTML already holds the whole story (text, first-state graphics, tables), so
// the reader needs nothing from JavaScript to begin; fetching it alongside the document only
// competes with the document for a slow phone's bandwidth and pushes the first paint back.
//
// SvelteKit names every module of the page in <link rel="modulepreload"> tags in the head and
// imports its entry points from an inline boot script. Here the preload tags leave the head, and
// the boot script waits for the browser's first paint, then adds the same preloads (so the modules
// still download in parallel, not one import after another) and imports as before. The boot
// script's hash in the Content-Security-Policy is replaced with the new script's.
import { createHash } from 'node:crypto';

const PRELOAD = /<link href="([^"]+)" rel="modulepreload">/g;
const SCRIPT = /<script>([\s\S]*?)<\/script>/g;
/** Where SvelteKit's boot script imports its entry points, and where it starts the app. */
const IMPORTS = 'Promise.all([';
const START = ']).then(([kit, app]) =>';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * Resolves once the first frame has been presented: the first `paint` entry where the browser
 * reports paint timing, else after the next frame.
 */
const AFTER_FIRST_PAINT = `new Promise((go) => {
	if (!PerformanceObserver.supportedEntryTypes?.includes('paint'))
		return requestAnimationFrame(() => setTimeout(go, 0));
	new PerformanceObserver((list, seen) => (seen.disconnect(), setTimeout(go, 0))).observe({
		type: 'paint',
		buffered: true
	});
})`;

function preload(hrefs: string[]): string {
	return `for (const href of ${JSON.stringify(hrefs)}) {
	const link = document.createElement('link');
	link.rel = 'modulepreload';
	link.href = href;
	document.head.append(link);
}`;
}

export function deferAppStart(html: string): string {
	const boot = [...html.matchAll(SCRIPT)].find((m) => m[1]!.includes('kit.start('));
	if (!boot) return html; // a page without the app
	const code = boot[1]!;
	const at = code.indexOf(IMPORTS);
	const end = code.indexOf(START, at);
	if (at < 0 || end < 0) {
		throw new Error(
			`deferAppStart: SvelteKit's boot script no longer has "${IMPORTS}" … "${START}"; ` +
				'update src/lib/server/defer-start.ts for this version of SvelteKit'
		);
	}
	const hrefs = [...html.matchAll(PRELOAD)].map((m) => m[1]!);
	const deferred =
		code.slice(0, at) +
		`${AFTER_FIRST_PAINT}.then(() => {\n${preload(hrefs)}\nreturn ${IMPORTS}` +
		code.slice(at + IMPORTS.length, end) +
		`]);\n})${START.slice(2)}` +
		code.slice(end + START.length);

	const oldHash = sha256(code);
	if (!html.includes(oldHash)) {
		throw new Error(
			"deferAppStart: the page's Content-Security-Policy does not name the boot script's hash"
		);
	}
	return html
		.replace(PRELOAD, '')
		.replace(boot[0], () => `<script>${deferred}</script>`)
		.replace(oldHash, () => sha256(deferred));
}
