import { expect, test, type Page } from '@playwright/test';
import { fullText, measure, plan } from './fixtures.ts';

test('home lists every measure in order, with number and title, and the document metadata', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	const items = page.locator('.plan-toc .toc-measures a');
	await expect(items).toHaveCount(plan.measures.length);
	const texts = await items.allTextContents();
	expect(texts).toEqual(plan.measures.map((m) => `${m.number}. ${m.title.zh}`));
	const meta = page.locator('.document-meta');
	await expect(meta).toContainText('京政办发〔2023〕23号');
	await expect(meta).toContainText('银发〔2023〕98号');
	await expect(meta.getByRole('link')).toHaveAttribute('href', plan.document.about.officialUrl);
});

for (const n of [1, 18, 41]) {
	test(`measure ${n} shows its number, title and complete official text in Chinese`, async ({ page }) => {
		await page.goto(`/measures/${n}/`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(measure(n).title.zh);
		await expect(page.locator('.measure-number')).toHaveText(`第${n}条`);
		const text = page.locator('.measure-text .plan-text');
		const sentences = text.locator('.sentence');
		await expect(sentences).toHaveCount(measure(n).sentences.length);
		for (const primary of await text.locator('.sentence > .primary').all())
			await expect(primary).toHaveAttribute('lang', 'zh-CN');
		// The sentences' text (without the citation links) is exactly the official text.
		const shown = await text.locator('.sentence > .primary').allTextContents();
		expect(shown.join('')).toBe(fullText(n));
		await expect(text.locator('.sentence').first()).toHaveAttribute('id', 's1');
	});
}

test('a sentence anchor scrolls to and highlights that sentence', async ({ page }) => {
	await page.goto('/measures/18/#s2');
	const target = page.locator('#s2');
	await expect(target).toBeInViewport();
	const background = (id: string) => page.locator(`#${id}`).evaluate((el) => getComputedStyle(el).backgroundColor);
	expect(await background('s2')).not.toBe('rgba(0, 0, 0, 0)');
	expect(await background('s1')).toBe('rgba(0, 0, 0, 0)');
	// Its citation link appears for the targeted sentence.
	await expect(target.locator('.sentence-link')).toHaveCSS('opacity', '1');
});

test('hovering or focusing a sentence reveals its link', async ({ page }) => {
	await page.goto('/measures/18/');
	const link = page.locator('#s3 .sentence-link');
	await expect(link).toHaveCSS('opacity', '0');
	await page.locator('#s3').hover();
	await expect(link).toHaveCSS('opacity', '1');
	await page.mouse.move(0, 0);
	await link.focus();
	await expect(link).toHaveCSS('opacity', '1');
	await expect(link).toHaveAttribute('href', '#s3');
});

/** Tab until the focused element matches, failing after `max` presses. */
async function tabTo(page: Page, matches: (el: { href: string; rel: string }) => boolean, max = 400) {
	for (let i = 0; i < max; i++) {
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => {
			const el = document.activeElement as HTMLAnchorElement | null;
			return { href: el?.href ?? '', rel: el?.rel ?? '' };
		});
		if (matches(focused)) return;
	}
	throw new Error(`no matching element reached after ${max} Tab presses`);
}

test('keyboard only: home → measure 1 → next measure', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('Tab');
	await expect(page.locator(':focus')).toHaveAttribute('href', '#_top'); // skip link first
	await page.keyboard.press('Enter');
	await tabTo(page, (el) => el.href.endsWith('/measures/1/'));
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/measures\/1\/$/);
	await tabTo(page, (el) => el.rel === 'next');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/measures\/2\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(measure(2).title.zh);
});

for (const [query, n] of [
	['数字人民币', 27],
	['担保费率', 18],
] as const) {
	test(`Chinese search finds measure ${n} for ${query}`, async ({ page }) => {
		await page.goto('/');
		await page.getByRole('button', { name: '搜索' }).click();
		const input = page.getByRole('dialog').getByRole('textbox');
		await input.fill(query);
		const results = page.locator('#starlight__search .pagefind-ui__result-link');
		await expect(results.first()).toBeVisible({ timeout: 20_000 }); // the first query loads Pagefind's WebAssembly
		const hrefs = await results.evaluateAll((links) =>
			links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
		);
		expect(hrefs[0]).toBe(`/measures/${n}/`);
	});
}
