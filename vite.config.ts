import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { loadContent } from './src/lib/server/content.ts';

/**
 * Validates data/ and the copy before anything is built, so a malformed file stops
 * `npm run build` (and the dev server) with one message naming the file, row and field.
 */
function validateStoryContent(): Plugin {
	return {
		name: 'validate-story-content',
		buildStart() {
			// Vitest loads this config too; its own tests check the data, broken fixtures included.
			if (process.env.VITEST) return;
			try {
				loadContent();
			} catch (e) {
				// Print only the message: a stack trace would bury the file, row and field.
				const error = new Error((e as Error).message);
				error.stack = '';
				throw error;
			}
		}
	};
}

export default defineConfig({
	plugins: [validateStoryContent(), sveltekit()],
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
