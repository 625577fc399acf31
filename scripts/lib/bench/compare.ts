/**
 * Search bytes here and on bare Starlight with the same text: serves this project's dist/, then builds the bare site
 * (scripts/lib/bench/bare.ts) and serves it on the same port, and runs the same queries on both (SEARCH_QUERIES).
 */
import { loadSiteData } from '../../../src/data/load.ts';
import { servePreview } from '../serve.ts';
import { buildBareSite } from './bare.ts';
import { benchPort, SEARCH_QUERIES } from './config.ts';
import { searchBytes, type SearchBytes } from './search.ts';

export type LanguageBytes = Map<string, SearchBytes[]>;

export async function measureSearch(root: string, port = benchPort()): Promise<LanguageBytes> {
	const server = await servePreview(port, root);
	try {
		const out: LanguageBytes = new Map();
		for (const { label, page, queries } of SEARCH_QUERIES) out.set(label, await searchBytes(server.url, page, queries));
		return out;
	} finally {
		server.stop();
		// Let the port go before the next preview takes it.
		await new Promise((r) => setTimeout(r, 500));
	}
}

export async function compareWithBare(root = process.cwd()): Promise<{ ours: LanguageBytes; bare: LanguageBytes }> {
	const ours = await measureSearch(root);
	const site = buildBareSite(loadSiteData(root).plan, root);
	try {
		return { ours, bare: await measureSearch(site.root) };
	} finally {
		site.remove();
	}
}
