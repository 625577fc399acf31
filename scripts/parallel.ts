/**
 * `node scripts/parallel.ts a b c`: runs `npm run a`, `npm run b` and `npm run c` at the same time (the static
 * steps of `npm test` each use one core), prints each one's output as a block when it ends, and exits 1 if any
 * failed. A thin runner: no logic beyond starting, collecting and reporting.
 */
import { spawn } from 'node:child_process';

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
	console.error('parallel: name the npm scripts to run, e.g. `node scripts/parallel.ts lint typecheck`');
	process.exit(2);
}
const results = await Promise.all(
	scripts.map(
		(name) =>
			new Promise<{ name: string; code: number; output: string; seconds: number }>((resolve) => {
				const started = performance.now();
				const child = spawn('npm', ['run', '--silent', name], { stdio: ['ignore', 'pipe', 'pipe'] });
				let output = '';
				child.stdout.on('data', (chunk) => (output += chunk));
				child.stderr.on('data', (chunk) => (output += chunk));
				child.on('close', (code) => {
					const seconds = (performance.now() - started) / 1000;
					console.log(`\n── npm run ${name} (${seconds.toFixed(1)} s, exit ${code}) ──\n${output.trimEnd()}`);
					resolve({ name, code: code ?? 1, output, seconds });
				});
			}),
	),
);
const failed = results.filter((r) => r.code !== 0).map((r) => r.name);
if (failed.length) console.error(`\nparallel: failed: ${failed.join(', ')}`);
process.exit(failed.length ? 1 : 0);
