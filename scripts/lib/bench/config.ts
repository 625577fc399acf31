/** What `npm run bench` and `npm run bench:search` share: the preview port and the queries whose bytes they count. */

/** The preview port: $BENCH_PORT, else 4331 (so that two benches on one machine can run side by side). */
export function benchPort(env: NodeJS.ProcessEnv = process.env): number {
	const port = Number(env.BENCH_PORT ?? 4331);
	if (!Number.isInteger(port) || port < 1 || port > 65535)
		throw new Error(`BENCH_PORT=${env.BENCH_PORT}: expected a port number (1–65535), e.g. BENCH_PORT=4348`);
	return port;
}

/** A first and a second query per language, typed on that language's home page. */
export const SEARCH_QUERIES = [
	{ label: 'zh', page: '/', queries: ['担保费率', '数字人民币'] },
	{ label: 'en', page: '/en/', queries: ['guarantee', 'e-CNY'] },
] as const;
