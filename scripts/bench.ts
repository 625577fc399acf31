/**
 * `npm run bench`: a cold production build (wall time, peak memory), the weight each page type loads up front,
 * the size of dist/ and of the search index, and what a first and a second search query download, beside what bare
 * Starlight with the same text downloads for the same queries (a generated site, scripts/lib/bench/bare.ts). Prints
 * a table and compares with scripts/bench-budgets.json; exits 1 when over budget. A benchmark, not a test.
 * The preview port is $BENCH_PORT, else 4331. `npm run bench:search` gives the search figures file by file.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { pageWeight, type Size } from './lib/bench/assets.ts';
import { compareWithBare } from './lib/bench/compare.ts';
import { SEARCH_QUERIES } from './lib/bench/config.ts';

const budgets = JSON.parse(readFileSync('scripts/bench-budgets.json', 'utf8'));
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const fmt = (s: Size) => `${kb(s.raw).padStart(9)} ${kb(s.gzip).padStart(9)}`;
const over: string[] = [];
const check = (label: string, value: number, budget: number, unit: (n: number) => string) => {
	const ok = value <= budget;
	if (!ok) over.push(`${label}: ${unit(value)} > budget ${unit(budget)}`);
	return ok ? `≤ ${unit(budget)} ok` : `> ${unit(budget)} OVER BUDGET`;
};

// 1. Cold build: no dist, no caches.
for (const dir of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'])
	rmSync(dir, { recursive: true, force: true });
const timed = existsSync('/usr/bin/time');
const started = performance.now();
const build = timed
	? spawnSync('/usr/bin/time', ['-f', 'BENCH %e %M', 'npm', 'run', 'build'], { encoding: 'utf8' })
	: spawnSync('npm', ['run', 'build'], { encoding: 'utf8' });
const seconds = (performance.now() - started) / 1000;
if (build.status !== 0) {
	console.error(build.stdout.slice(-2000), build.stderr.slice(-2000));
	console.error('bench: the build failed');
	process.exit(1);
}
const peak = timed ? Number(/BENCH [\d.]+ (\d+)/.exec(build.stderr)?.[1] ?? 0) * 1024 : undefined;
const pages = readdirSync('dist', { recursive: true }).filter((f) => String(f).endsWith('.html')).length;

console.log('\nBuild (cold, `npm run build`: checks + Astro + Pagefind)');
console.log(
	`  wall time   ${seconds.toFixed(1)} s   ${check('cold build', seconds, budgets.coldBuildSeconds, (n) => `${n.toFixed(1)} s`)}`,
);
console.log(`  peak memory ${peak ? `${(peak / 1024 / 1024).toFixed(0)} MB` : 'n/a (no /usr/bin/time)'}`);
console.log(`  pages       ${pages}`);

// 2. Up-front weight per page type.
const read = (url: string) => readFileSync(path.join('dist', decodeURIComponent(url)), 'utf8');
const TYPES: [string, string, 'measurePage' | 'diagramPage' | 'finderPage' | 'fullPage' | undefined][] = [
	['home (zh)', '/index.html', undefined],
	['measure (zh)', '/measures/18/index.html', 'measurePage'],
	['measure (en)', '/en/measures/18/index.html', 'measurePage'],
	['diagram (zh)', '/diagram/index.html', 'diagramPage'],
	['glossary (zh)', '/glossary/index.html', undefined],
	['finder (zh)', '/finder/index.html', 'finderPage'],
	['full text (zh)', '/full/index.html', 'fullPage'],
	['full text (en)', '/en/full/index.html', 'fullPage'],
];
console.log('\nUp-front weight per page type            raw      gzip');
for (const [label, file, budgetKey] of TYPES) {
	const w = pageWeight(read(file), read);
	const b = budgetKey ? budgets[budgetKey] : undefined;
	const verdict = (kind: 'html' | 'css' | 'js', key: string) =>
		b?.[key] !== undefined ? `  ${check(`${label} ${kind}`, w[kind].gzip, b[key], kb)}` : '';
	console.log(`  ${label.padEnd(14)} HTML ${fmt(w.html)}${verdict('html', 'htmlGzip')}`);
	console.log(`  ${''.padEnd(14)} CSS  ${fmt(w.css)}${verdict('css', 'cssGzip')}`);
	console.log(`  ${''.padEnd(14)} JS   ${fmt(w.js)}${verdict('js', 'jsGzip')}`);
}

// 3. Sizes on disk.
const du = (dir: string): number =>
	readdirSync(dir).reduce((n, f) => {
		const p = path.join(dir, f);
		return n + (statSync(p).isDirectory() ? du(p) : statSync(p).size);
	}, 0);
console.log(`\nOn disk: dist/ ${kb(du('dist'))}, of which Pagefind index ${kb(du('dist/pagefind'))}`);

// 4. Search: bytes for a first and a second query, per language, here and on bare Starlight with the same text.
console.log('\nSearch: measuring this site, then building bare Starlight with the same text and measuring it…');
const { ours, bare: theirs } = await compareWithBare();
const maxRatio = budgets.search.firstQueryRatio;
console.log('\nSearch downloads (what Pagefind fetches from page load until the results show; as served)');
for (const { label } of SEARCH_QUERIES) {
	const [first, second] = ours.get(label)!;
	const [bareFirst] = theirs.get(label)!;
	const ratio = first!.bytes / bareFirst!.bytes;
	const verdict = check(`first ${label} query vs bare Starlight`, ratio, maxRatio, (n) => `${n.toFixed(2)}×`);
	console.log(
		`  ${label}: first query "${first!.query}" ${kb(first!.bytes)} (bare Starlight ${kb(bareFirst!.bytes)}, ratio ${ratio.toFixed(2)} ${verdict}), second "${second!.query}" ${kb(second!.bytes)}`,
	);
}

if (over.length) {
	console.error(
		`\nbench: OVER BUDGET\n  ${over.join('\n  ')}\n→ find what grew (npm run bench prints each page type), or raise the budget in scripts/bench-budgets.json with a reason.`,
	);
	process.exit(1);
}
console.log('\nbench: every figure within budget (scripts/bench-budgets.json)');
