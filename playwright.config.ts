import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { chromePath } from './scripts/lib/chrome.ts';

const PORT = Number(process.env.PORT ?? 4329);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	// One worker per core and one more: a worker often waits on its browser, so 3 workers on the CI machine's 2
	// cores finish the suite sooner than 2 (measured: 3.3 against 3.6 minutes).
	workers: availableParallelism() + 1,
	// A stray test.only must never narrow a run, on CI or anywhere else.
	forbidOnly: true,
	retries: 0,
	reporter: 'list',
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		...devices['Desktop Chrome'],
		launchOptions: {
			executablePath: chromePath(),
			// The machine has no network beyond the registries: keep Chromium from calling home.
			args: [
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
				'--disable-quic',
			],
		},
	},
	webServer: {
		// The site is built by `npm run build` before this runs (see `npm test`).
		command: `node_modules/.bin/astro preview --host 127.0.0.1 --port ${PORT}`,
		url: `http://127.0.0.1:${PORT}/`,
		// Always serve the build just made: a server left running on this port could be serving an older one.
		reuseExistingServer: false,
		timeout: 60_000,
	},
});
