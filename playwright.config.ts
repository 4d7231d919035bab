// Browser tests (npm run test:e2e) over the built site in build/: run `npm run build` first.
// Chromium is Debian's (/usr/bin/chromium, or CHROMIUM_PATH); Playwright's own browsers are never
// downloaded.
import { defineConfig } from '@playwright/test';
import { chromiumLaunch } from './scripts/chromium.mjs';

// E2E_PORT and E2E_BUILD_DIR let a developer test a copy of the build on another port while
// build/ is being rewritten; npm test uses the defaults.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const DIR = process.env.E2E_BUILD_DIR ?? 'build';

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	forbidOnly: Boolean(process.env.CI),
	retries: 0,
	timeout: 60_000,
	expect: { timeout: 10_000 },
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		browserName: 'chromium',
		launchOptions: chromiumLaunch,
		screenshot: 'only-on-failure',
		trace: 'off'
	},
	webServer: {
		command: `node scripts/serve.mjs --port ${PORT} --dir ${DIR}`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 30_000,
		stdout: 'ignore',
		stderr: 'pipe'
	},
	projects: [
		{
			name: 'phone',
			use: {
				viewport: { width: 390, height: 844 },
				isMobile: true,
				hasTouch: true,
				deviceScaleFactor: 2
			}
		},
		{
			name: 'desktop',
			use: { viewport: { width: 1280, height: 800 } }
		}
	]
});
