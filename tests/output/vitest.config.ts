// Vitest config for the built-output tests (npm run test:output). They read build/ after
// `npm run build` and need none of the app's Vite plugins, so this config stands alone.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	root: fileURLToPath(new URL('../..', import.meta.url)),
	test: {
		include: ['tests/output/**/*.test.ts'],
		environment: 'node'
	}
});
