/**
 * `npm run bench:search [-- <project dir>]`: serves a built site (this one's dist/, so after `npm run build`, or the
 * project in the given directory) and prints what a first and a second search query download in each language, file
 * by file. The search part of `npm run bench` without its cold builds. Port: $BENCH_PORT, else 4331.
 */
import { benchPort, SEARCH_QUERIES } from './lib/bench/config.ts';
import { searchBytes } from './lib/bench/search.ts';
import { servePreview } from './lib/serve.ts';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const server = await servePreview(benchPort(), process.argv[2] ?? process.cwd());
try {
	for (const { label, page, queries } of SEARCH_QUERIES) {
		for (const r of await searchBytes(server.url, page, queries)) {
			console.log(`${label} "${r.query}": ${kb(r.bytes)} in ${r.files.length} files`);
			for (const f of r.files) console.log(`  ${kb(f.bytes).padStart(9)}  ${f.path}`);
		}
	}
} finally {
	server.stop();
}
