import { existsSync } from 'node:fs';

/**
 * Chromium to drive, for the browser tests and Lighthouse: $CHROME_PATH, else Debian's headless shell
 * (`chromium-headless-shell`, the build Playwright itself uses for headless runs: no browser UI, measured 187 → 112 s
 * for the e2e suite on 2 cores), else Debian's full Chromium, else undefined (the tool's own download, on laptops).
 */
export const CHROME_CANDIDATES = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'] as const;

export function chromePath(): string | undefined {
	if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
	return CHROME_CANDIDATES.find((path) => existsSync(path));
}
