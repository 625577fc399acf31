/** Bytes a reader downloads for a first and a second search query, in a real browser against the built site. */
import { chromium } from '@playwright/test';
import { chromePath } from '../chrome.ts';

export interface SearchBytes {
	query: string;
	bytes: number;
}

export async function searchBytes(baseUrl: string, path: string, queries: readonly string[]): Promise<SearchBytes[]> {
	const browser = await chromium.launch({
		executablePath: chromePath(),
		args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
	});
	try {
		const page = await browser.newPage();
		await page.goto(baseUrl + path);
		await page.waitForLoadState('networkidle');
		let bytes = 0;
		page.on('response', async (response) => {
			const body = await response.body().catch(() => Buffer.alloc(0));
			bytes += body.length;
		});
		await page.locator('button[data-open-modal]').click();
		const input = page.getByRole('dialog').getByRole('textbox');
		const results: SearchBytes[] = [];
		for (const query of queries) {
			bytes = 0;
			await input.fill(query);
			// The UI's message names the query once its results are shown.
			await page.locator('.pagefind-ui__message', { hasText: query }).waitFor();
			await page.locator('.pagefind-ui__result-link').first().waitFor();
			await page.waitForLoadState('networkidle');
			await page.waitForTimeout(300);
			results.push({ query, bytes });
		}
		return results;
	} finally {
		await browser.close();
	}
}
