/**
 * Facts about the build that pages print: the build date (the access date of every citation, "引用日期") and the
 * date of the last commit that touched a content file (the English translation's last revision). Read once per
 * process; not pure (clock, environment, git), so pure code takes these values as arguments.
 */
import { execFileSync } from 'node:child_process';
import type { CiteOptions } from '../citation/citation.ts';
import type { BuildVersion } from '../lib/open-data.ts';
import { siteOrigin } from '../lib/site-config.ts';

let date: string | undefined;
/**
 * The build date, YYYY-MM-DD (UTC): the day the site's text was taken from content/, so the day a reader's
 * citation says it was accessed. `SOURCE_DATE_EPOCH` (seconds) pins it for reproducible builds.
 */
export function buildDate(): string {
	if (!date) {
		const epoch = process.env.SOURCE_DATE_EPOCH;
		date = (epoch ? new Date(Number(epoch) * 1000) : new Date()).toISOString().slice(0, 10);
	}
	return date;
}

const revisions = new Map<string, string | undefined>();
/**
 * The committer date (YYYY-MM-DD) of the last commit touching `file` (relative to the working directory), by
 * `git log -1 --format=%cs -- <file>`; undefined when git or the history is unavailable (a tarball build) or the file
 * was never committed. Cached per file.
 */
export function lastRevision(file: string): string | undefined {
	if (!revisions.has(file)) {
		let value: string | undefined;
		try {
			const out = execFileSync('git', ['log', '-1', '--format=%cs', '--', file], {
				encoding: 'utf8',
				stdio: ['ignore', 'pipe', 'ignore'],
			}).trim();
			value = /^\d{4}-\d{2}-\d{2}$/.test(out) ? out : undefined;
		} catch {
			value = undefined;
		}
		revisions.set(file, value);
	}
	return revisions.get(file);
}

function commit(): string {
	try {
		return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
		}).trim();
	} catch {
		return process.env.GIT_COMMIT || 'unknown';
	}
}

let version: BuildVersion | undefined;
/** The build's version for the open data: the build date and the commit ($GIT_COMMIT, else "unknown", without git). */
export function buildVersion(): BuildVersion {
	version ??= { date: buildDate(), commit: commit() };
	return version;
}

/** What every citation needs from the build: the site's origin for permalinks and the build date as access date. */
export const citeOptions = (): CiteOptions => ({ origin: siteOrigin, accessed: buildDate() });
