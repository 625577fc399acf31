/**
 * The build's version for the open data: the build date and the commit (`git rev-parse --short HEAD`), read once.
 * Without git (a source tarball), the commit comes from $GIT_COMMIT, else it is "unknown".
 */
import { execFileSync } from 'node:child_process';
import type { BuildVersion } from './open-data.ts';

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

let cached: BuildVersion | undefined;
export function buildVersion(): BuildVersion {
	cached ??= { date: new Date().toISOString().slice(0, 10), commit: commit() };
	return cached;
}
