// The JavaScript and CSS a page loads, read from the built files: everything in _app/ that the
// page's HTML names (modulepreload, stylesheet and preload links, script src, the modules that
// SvelteKit's inline start-up script imports or preloads) plus the static imports of those modules, followed to
// the end. Dynamic import() inside a module is not followed: SvelteKit's router imports every
// route's node that way, and a page loads only its own (which its HTML preloads). What a page
// then fetches by itself at run time (lazily loaded chart code, say) is found in a browser (loaded.mjs)
// and sized here with filesAssets. Each file is gzipped as the static server sends it (zlib's
// default level).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const ORIGIN = 'http://bench.invalid';

/** Attribute value of `name` in one tag's source, or null. */
function attr(tag, name) {
	const m = tag.match(new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'));
	return m ? (m[2] ?? m[3] ?? m[4]) : null;
}

/** URLs of the scripts and stylesheets that an HTML document asks for. */
export function htmlAssetUrls(html) {
	const urls = [];
	for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
		const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
		const as = (attr(tag, 'as') ?? '').toLowerCase();
		const href = attr(tag, 'href');
		if (!href) continue;
		if (
			rel.includes('modulepreload') ||
			rel.includes('stylesheet') ||
			(rel.includes('preload') && (as === 'script' || as === 'style'))
		)
			urls.push(href);
	}
	for (const [, open, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
		const src = attr(open, 'src');
		if (src) urls.push(src);
		else
			for (const [, , spec] of body.matchAll(/(["'`])([^"'`\s]*\/_app\/[^"'`\s]+\.js)\1/g))
				urls.push(spec);
	}
	return urls;
}

/** Relative specifiers of a module's static imports and re-exports. */
export function staticImports(code) {
	const specs = [];
	const re =
		/\b(?:import|export)\s*(?:[\w$\s{},*]*?\bfrom\s*)?(["'`])(\.{1,2}\/[^"'`]+?\.(?:m?js|css))\1/g;
	for (const [, , spec] of code.matchAll(re)) specs.push(spec);
	return specs;
}

/**
 * The JS and CSS files that the page at `route` (e.g. '/s/exile/') loads from `buildDir`.
 * @returns {{ js: {file: string, raw: number, gzip: number}[], css: {file: string, raw: number, gzip: number}[], jsGzip: number, cssGzip: number, jsRaw: number, cssRaw: number }}
 */
export function routeAssets(buildDir, route) {
	const pageUrl = new URL(route, ORIGIN);
	const htmlFile = join(
		buildDir,
		pageUrl.pathname.endsWith('/') ? `${pageUrl.pathname}index.html` : pageUrl.pathname
	);
	const html = readFileSync(htmlFile, 'utf8');
	const seen = new Map();
	const queue = htmlAssetUrls(html).map((u) => new URL(u, pageUrl));
	while (queue.length) {
		const url = queue.shift();
		if (url.origin !== ORIGIN || !url.pathname.includes('/_app/')) continue;
		const path = url.pathname;
		if (seen.has(path)) continue;
		const body = readFileSync(join(buildDir, decodeURIComponent(path)));
		seen.set(path, body);
		if (path.endsWith('.js') || path.endsWith('.mjs'))
			for (const spec of staticImports(body.toString('utf8'))) queue.push(new URL(spec, url));
	}
	return summarize(
		[...seen].map(([file, body]) => ({
			file: file.replace(/^.*?\/_app\//, '_app/'),
			raw: body.length,
			gzip: gzipSync(body).length
		}))
	);
}

/** Sizes of built files named from '_app/' (e.g. those a page fetched at run time). */
export function filesAssets(buildDir, files) {
	return summarize(
		files.map((file) => {
			const body = readFileSync(join(buildDir, file));
			return { file, raw: body.length, gzip: gzipSync(body).length };
		})
	);
}

function summarize(files) {
	const js = files.filter((f) => /\.m?js$/.test(f.file));
	const css = files.filter((f) => f.file.endsWith('.css'));
	const sum = (xs, k) => xs.reduce((s, f) => s + f[k], 0);
	return {
		js,
		css,
		jsGzip: sum(js, 'gzip'),
		cssGzip: sum(css, 'gzip'),
		jsRaw: sum(js, 'raw'),
		cssRaw: sum(css, 'raw')
	};
}
