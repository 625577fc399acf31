/**
 * What a reader downloads for a first and a second search query, in a real browser against a served site: each
 * fetched file (path and bytes as served) and the total. Counts what Pagefind fetches (everything under /pagefind/)
 * from the page's load until the results are shown: its script, worker and WebAssembly, metadata, index chunks and
 * the fragments of the results shown; the second query, what it fetches beyond the first. Whether Pagefind's script
 * loads before or after the search box opens varies from run to run; counting from the page's load makes it count
 * always. (The search UI's own script and styles are part of the page's bundle, counted by the page weights.)
 */
import { chromium } from '@playwright/test';
import { chromePath } from '../chrome.ts';

export interface FetchedFile {
	path: string;
	bytes: number;
}
export interface SearchBytes {
	query: string;
	bytes: number;
	files: FetchedFile[];
}

export async function searchBytes(baseUrl: string, path: string, queries: readonly string[]): Promise<SearchBytes[]> {
	const browser = await chromium.launch({
		executablePath: chromePath(),
		args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
	});
	try {
		const page = await browser.newPage();
		let files: FetchedFile[] = [];
		page.on('response', async (response) => {
			const url = new URL(response.url());
			if (!url.pathname.startsWith('/pagefind/')) return;
			const body = await response.body().catch(() => Buffer.alloc(0));
			files.push({ path: url.pathname, bytes: body.length });
		});
		await page.goto(baseUrl + path);
		await page.waitForLoadState('networkidle');
		await page.locator('button[data-open-modal]').click();
		const input = page.getByRole('dialog').getByRole('textbox');
		const results: SearchBytes[] = [];
		for (const [i, query] of queries.entries()) {
			if (i > 0) files = [];
			await input.fill(query);
			// The UI's message names the query once its results are shown.
			await page.locator('.pagefind-ui__message', { hasText: query }).waitFor();
			await page.locator('.pagefind-ui__result-link').first().waitFor();
			await page.waitForLoadState('networkidle');
			await page.waitForTimeout(300);
			const taken = [...files].sort((a, b) => b.bytes - a.bytes);
			results.push({ query, bytes: taken.reduce((n, f) => n + f.bytes, 0), files: taken });
		}
		return results;
	} finally {
		await browser.close();
	}
}
