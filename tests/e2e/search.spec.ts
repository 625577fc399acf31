/**
 * Search in the browser: a Chinese query shows the measure's number and the matching sentence, links to that
 * sentence (`/measures/N/#sK`), and landing highlights it; the search UI speaks Chinese on the Chinese site; a
 * measure-number query lists the measure first; a press rendering of a term (content/renderings.yaml) finds the
 * measure, and both glossaries show it with its sources.
 * Ranking itself is tested without a browser by the query suite (tests/search, `npm run test:search`).
 */
import { expect, test, type Page } from '@playwright/test';
import { data, measure } from './fixtures.ts';

async function search(page: Page, query: string) {
	await page.getByRole('button', { name: /^搜索/ }).click();
	await page.getByRole('dialog').getByRole('textbox').fill(query);
	const results = page.locator('#starlight__search .pagefind-ui__result');
	await expect(results.first().locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 20_000 });
	return results;
}

test('a Chinese search shows the measure number and links to the matching sentence, highlighted on landing', async ({
	page,
}) => {
	const [query, n] = ['担保费率', 18] as const;
	const k = measure(n).sentences.findIndex((s) => s.zh.includes(query)) + 1;
	await page.goto('/');
	const first = (await search(page, query)).first();
	await expect(first.locator('.pagefind-ui__result-title').first()).toContainText(`第${n}项`);
	const sentenceLink = first.locator(`.pagefind-ui__result-nested a[href$="/measures/${n}/#s${k}"]`);
	await expect(sentenceLink).toHaveText(`第${n}项 第${k}句`);
	await expect(first.locator('.pagefind-ui__result-nested mark').first()).toBeVisible();
	await sentenceLink.click();
	await expect(page).toHaveURL(new RegExp(`/measures/${n}/#s${k}$`));
	const sentence = page.locator(`#s${k}`);
	await expect(sentence).toHaveJSProperty('id', `s${k}`);
	// The new page may still be loading when its URL shows: wait until the sentence is the target.
	await expect.poll(() => sentence.evaluate((el) => el.matches(':target'))).toBe(true);
	await expect(sentence).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
});

test('the search UI on the Chinese site is in Chinese', async ({ page }) => {
	await page.goto('/');
	await search(page, '贷款');
	const ui = page.locator('#starlight__search');
	await expect(ui.locator('.pagefind-ui__message')).toHaveText(/^找到 \d+ 条“贷款”的结果$/);
	await expect(ui.locator('.pagefind-ui__search-clear')).toHaveText('清除');
	await expect(ui.locator('.pagefind-ui__button')).toHaveText('加载更多结果');
	await expect(ui.getByRole('textbox')).toHaveAttribute('placeholder', '搜索');
	await expect(ui).not.toContainText(/results for|Clear|Load more/);
});

test('the excerpt stays inside its result card on a phone in dark mode', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/');
	const first = (await search(page, '担保费率')).first();
	const card = await first.locator('.pagefind-ui__result-nested').first().boundingBox();
	const excerpt = await first.locator('.pagefind-ui__result-nested .pagefind-ui__result-excerpt').first().boundingBox();
	expect(card && excerpt).toBeTruthy();
	expect(excerpt!.x).toBeGreaterThanOrEqual(card!.x);
	expect(excerpt!.y).toBeGreaterThanOrEqual(card!.y);
	expect(excerpt!.x + excerpt!.width).toBeLessThanOrEqual(card!.x + card!.width + 0.5);
	expect(excerpt!.y + excerpt!.height).toBeLessThanOrEqual(card!.y + card!.height + 0.5);
});

test('a measure-number query lists that measure first, before the task-group page that lists it', async ({ page }) => {
	await page.goto('/');
	const first = (await search(page, '第18条')).first();
	await expect(first.locator('.pagefind-ui__result-link').first()).toHaveAttribute('href', /\/measures\/18\/$/);
	await expect(first.locator('.pagefind-ui__result-title').first()).toContainText('第18项');
});

test('an English reader typing the press rendering finds the measure; both glossaries show it with its sources', async ({
	page,
}) => {
	const file = data.renderings;
	const [rendering] = file.renderings.srdi!;
	await page.goto('/en/');
	await page.getByRole('button', { name: /^Search/ }).click();
	await page.getByRole('dialog').getByRole('textbox').fill(rendering!.en);
	const link = page.locator('#starlight__search .pagefind-ui__result').first().locator('.pagefind-ui__result-link');
	await expect(link.first()).toHaveAttribute('href', /\/en\/measures\/(1|14)\/$/, { timeout: 20_000 });
	for (const [path, label, locale] of [
		['/en/glossary/', 'Also rendered as:', 'en'],
		['/glossary/', '其他英文译法：', 'zh'],
	] as const) {
		await page.goto(path);
		const entry = page.locator('#term-srdi .glossary-renderings');
		await expect(entry).toContainText(label);
		await expect(entry.locator('span[lang="en"]').first()).toHaveText(rendering!.en);
		for (const source of rendering!.sources) await expect(entry).toContainText(file.sources[source]![locale]);
	}
});
