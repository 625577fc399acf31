/**
 * `npm run test:audit`, in two parts.
 * 1. Offline, always: the dependencies are what the lockfile pins, with integrity hashes, and no install script runs
 *    unreviewed (scripts/lib/deps.ts). Fails on any problem.
 * 2. Online: production dependencies must have no known high or critical advisories. Fails on any. When the
 *    registry's advisory endpoint cannot be reached (some mirrors refuse it), says so loudly: that check did not run,
 *    which is not the same as passing. Set AUDIT_REQUIRED=1 to make that a failure too.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { checkDeps, type PackageJson, type PackageLock } from './lib/deps.ts';
import { formatProblem } from './lib/problem.ts';

const readJson = <T>(file: string) => JSON.parse(readFileSync(file, 'utf8')) as T;
const pinned = checkDeps(readJson<PackageJson>('package.json'), readJson<PackageLock>('package-lock.json'));
for (const p of pinned) console.error(formatProblem(p));
console.log(
	`audit: lockfile and install scripts — ${pinned.length ? `${pinned.length} problem(s)` : 'ok (checked offline)'}`,
);
const offlineFailed = pinned.length > 0;

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report: {
	metadata?: { vulnerabilities?: Record<string, number> };
	message?: string;
	vulnerabilities?: Record<string, { severity: string }>;
};
try {
	report = JSON.parse(run.stdout);
} catch {
	console.error(`audit: npm audit printed no JSON (exit ${run.status}): ${run.stderr.trim().split('\n').at(-1)}`);
	process.exit(1);
}
const counts = report.metadata?.vulnerabilities;
if (!counts) {
	const why = report.message ?? run.stderr.trim().split('\n').at(-1) ?? 'unknown error';
	console.warn(`audit: NOT CHECKED — the advisory database could not be queried (${why}).`);
	process.exit(offlineFailed || process.env.AUDIT_REQUIRED === '1' ? 1 : 0);
}
const serious = Object.entries(report.vulnerabilities ?? {}).filter(
	([, v]) => v.severity === 'high' || v.severity === 'critical',
);
for (const [name, v] of serious)
	console.error(
		`audit: ${name}: ${v.severity} advisory in a production dependency → run \`npm audit --omit=dev\` and upgrade it`,
	);
console.log(
	`audit: production dependencies — ${Object.entries(counts)
		.map(([k, n]) => `${k} ${n}`)
		.join(', ')}`,
);
process.exit(offlineFailed || serious.length ? 1 : 0);
