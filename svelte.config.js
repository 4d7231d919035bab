import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readSiteConfig } from './src/lib/site-config.js';

/** Hashes of the inline scripts in src/app.html, so the CSP allows exactly those and no others. */
function appHtmlScriptHashes() {
	const html = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
	return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
		([, body]) => `sha256-${createHash('sha256').update(body).digest('base64')}`
	);
}

// Fails the build at once, with a message naming the variable, if SITE_ORIGIN or BASE_PATH is malformed.
const site = readSiteConfig(process.env);
// A build for publication needs the public origin: without it every shared link, card and
// republished copy points at this machine. A warning, not an error (tests build too); the
// environment variable keeps it to once per build, where Vite loads this file twice.
if (
	!process.env.SITE_ORIGIN?.trim() &&
	process.argv.includes('build') &&
	!process.env.SITE_ORIGIN_WARNED
) {
	process.env.SITE_ORIGIN_WARNED = '1';
	console.warn(
		`SITE_ORIGIN is not set: absolute URLs (cards, canonical links, embeds, the republish kit) will point to ${site.origin}. Set SITE_ORIGIN=https://… for a build you publish.`
	);
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// BUILD_DIR and KIT_OUT_DIR let a second build (the sub-path test, a benchmark) run beside
		// the main one without overwriting it.
		adapter: adapter({
			pages: process.env.BUILD_DIR ?? 'build',
			assets: process.env.BUILD_DIR ?? 'build',
			strict: true
		}),
		outDir: process.env.KIT_OUT_DIR ?? '.svelte-kit',
		// The page's own CSS (about 10 kB) goes inline: no render-blocking request on a slow network.
		inlineStyleThreshold: 20_000,
		paths: {
			base: site.base,
			// Relative asset paths let a plain copy of build/ work from any host and folder.
			relative: true
		},
		prerender: {
			// url.origin while prerendering: every absolute URL in the output comes from here.
			origin: site.origin,
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			handleUnseenRoutes: 'fail'
		},
		alias: {
			$content: 'src/content'
		},
		// Every prerendered page carries this policy in a <meta> tag: nothing loads from any other
		// origin, and the only inline scripts allowed are SvelteKit's own (hashed by SvelteKit) and
		// the landing script in app.html (hashed here).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', ...appHtmlScriptHashes()],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['none'],
				'form-action': ['none']
			}
		}
	}
};

export default config;
