/**
 * `npm run test:audit`: production dependencies must have no known high or critical advisories. Fails on any.
 * When the registry's advisory endpoint cannot be reached (some mirrors refuse it), says so loudly: the check did
 * not run, which is not the same as passing. Set AUDIT_REQUIRED=1 to make that a failure too.
 */
import { spawnSync } from 'node:child_process';

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
	process.exit(process.env.AUDIT_REQUIRED === '1' ? 1 : 0);
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
process.exit(serious.length ? 1 : 0);
