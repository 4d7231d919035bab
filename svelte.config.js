import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { readSiteConfig } from './src/lib/site-config.js';

// Fails the build at once, with a message naming the variable, if SITE_ORIGIN or BASE_PATH is malformed.
const site = readSiteConfig(process.env);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ strict: true }),
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
		}
	}
};

export default config;
