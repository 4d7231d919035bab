// The one place the site's public origin and base path are read and checked.
// Plain JS (with JSDoc types) so that svelte.config.js, Vite plugins and server code can share it.

export const DEFAULT_SITE_ORIGIN = 'http://localhost:4173';

/**
 * Read and validate the deployment settings from the environment.
 * - SITE_ORIGIN: scheme and host (and port) where the story is published, with no path,
 *   e.g. https://stories.example.org. Used for every absolute URL (social cards, canonical links).
 * - BASE_PATH: optional sub-path the site is served under, e.g. /story (no trailing slash).
 * @param {Record<string, string | undefined>} env
 * @returns {{ origin: string, base: string }}
 */
export function readSiteConfig(env) {
	const rawOrigin = (env.SITE_ORIGIN ?? '').trim() || DEFAULT_SITE_ORIGIN;
	/** @type {URL} */
	let url;
	try {
		url = new URL(rawOrigin);
	} catch {
		throw new Error(
			`SITE_ORIGIN is not a valid URL: "${rawOrigin}". Set it to the published origin, e.g. SITE_ORIGIN=https://stories.example.org`
		);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		throw new Error(`SITE_ORIGIN must start with https:// or http://, got "${rawOrigin}".`);
	}
	if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash || url.username) {
		throw new Error(
			`SITE_ORIGIN must be an origin only (scheme, host, optional port), got "${rawOrigin}". Put a sub-path in BASE_PATH instead.`
		);
	}
	const base = (env.BASE_PATH ?? '').trim();
	if (base !== '' && !/^\/[A-Za-z0-9._~-]+(\/[A-Za-z0-9._~-]+)*$/.test(base)) {
		throw new Error(
			`BASE_PATH must be empty or a path like /story (leading slash, no trailing slash), got "${base}".`
		);
	}
	return { origin: url.origin, base };
}
