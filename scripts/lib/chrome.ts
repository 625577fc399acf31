import { existsSync } from 'node:fs';

/** Chromium to drive: $CHROME_PATH, else Debian's /usr/bin/chromium, else undefined (the tool's own choice). */
export function chromePath(): string | undefined {
	if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
	if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
	return undefined;
}
