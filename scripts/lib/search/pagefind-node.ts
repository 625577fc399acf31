/**
 * Searches a built Pagefind bundle (`dist/pagefind/`) from Node, without a browser. The `pagefind` npm package only
 * builds indexes, so this loads the bundle's own `pagefind.js` as an ES module: its files are read from disk through a
 * `fetch` that serves `file:` URLs (counting the bytes, as a browser would download them), and its language comes
 * from a stand-in `document` whose `<html lang>` is the one asked for (Pagefind reads it when an instance is made).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';

export interface SubResult {
	url: string;
	title: string;
	excerpt: string;
}
export interface Result {
	url: string;
	score: number;
	meta: Record<string, string>;
	excerpt: string;
	sub_results: SubResult[];
	anchors: { element: string; id: string; text: string; location: number }[];
	locations: number[];
	weighted_locations: { weight: number; balanced_score: number; location: number }[];
	content: string;
}
export interface NodeSearch {
	/** The full data of the first `limit` results, best first. */
	search(query: string, limit?: number): Promise<Result[]>;
	/** Bytes fetched since the last reset. */
	bytes(): number;
	resetBytes(): void;
	destroy(): Promise<void>;
}

interface PagefindInstance {
	init(): Promise<void>;
	options(options: object): Promise<void>;
	search(term: string): Promise<{ results: { score: number; data(): Promise<Omit<Result, 'score'>> }[] }>;
	destroy(): Promise<void>;
}

let fetched = 0;
let shimmed = false;
function shimFetch(): void {
	if (shimmed) return;
	shimmed = true;
	const original = globalThis.fetch;
	globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
		const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
		if (!url.startsWith('file:')) return original(input, init);
		try {
			const body = await readFile(fileURLToPath(url.split('?')[0]!));
			fetched += body.length;
			const type = url.endsWith('.wasm') || url.includes('wasm.') ? 'application/wasm' : 'application/octet-stream';
			return new Response(body, { status: 200, headers: { 'content-type': type } });
		} catch {
			return new Response('not found', { status: 404 });
		}
	}) as typeof fetch;
}

/** A search over the bundle in `bundleDir` for one language (`zh-cn`, `en`), with the site's ranking options. */
export async function loadSearch(bundleDir: string, lang: string, options: object = {}): Promise<NodeSearch> {
	shimFetch();
	const g = globalThis as { document?: unknown };
	const previous = g.document;
	g.document = { currentScript: null, querySelector: () => ({ getAttribute: () => lang }) };
	try {
		// A module instance per language: the WebAssembly glue in pagefind.js is a module-level singleton.
		const moduleUrl = `${pathToFileURL(join(bundleDir, 'pagefind.js')).href}?lang=${lang}`;
		const mod = (await import(moduleUrl)) as {
			createInstance(o: object): PagefindInstance;
		};
		const instance = mod.createInstance({ basePath: pathToFileURL(bundleDir).href.replace(/\/?$/, '/'), ...options });
		await instance.init();
		return {
			async search(query, limit = 10) {
				const found = await instance.search(query);
				return Promise.all(found.results.slice(0, limit).map(async (r) => ({ ...(await r.data()), score: r.score })));
			},
			bytes: () => fetched,
			resetBytes: () => {
				fetched = 0;
			},
			destroy: () => instance.destroy(),
		};
	} finally {
		g.document = previous;
	}
}
