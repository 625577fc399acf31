/**
 * `npm run bench:search [-- --bare]`: serves the built site (dist/, so after `npm run build`) and prints what a first
 * and a second search query download in each language, file by file; with --bare, also builds bare Starlight with
 * the same text (as `npm run bench` does) and prints its files and the ratios. The search part of `npm run bench`
 * without its cold build. Port: $BENCH_PORT, else 4331.
 */
import { compareWithBare, measureSearch, type LanguageBytes } from './lib/bench/compare.ts';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const print = (title: string, bytes: LanguageBytes) => {
	console.log(title);
	for (const [label, results] of bytes)
		for (const r of results) {
			console.log(`  ${label} "${r.query}": ${kb(r.bytes)} in ${r.files.length} files`);
			for (const f of r.files) console.log(`    ${kb(f.bytes).padStart(9)}  ${f.path}`);
		}
};
if (process.argv.includes('--bare')) {
	const { ours, bare } = await compareWithBare();
	print('This site', ours);
	print('Bare Starlight, same text', bare);
	for (const [label, results] of ours)
		console.log(`${label}: first query ratio ${(results[0]!.bytes / bare.get(label)![0]!.bytes).toFixed(2)}`);
} else print('This site', await measureSearch(process.cwd()));
