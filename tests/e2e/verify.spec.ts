/** Verify a quote: the acceptance cases, the form by keyboard, the ?q= prefill and the page without JavaScript. */
import { expect, test } from '@playwright/test';
import { measure } from './fixtures.ts';

const results = (page: import('@playwright/test').Page) => page.locator('#verify-results');

test('a misquote (2% for 1%) is a close match to measure 18 sentence 3, with the difference marked', async ({
	page,
}) => {
	await page.goto('/verify/?q=平均融资担保费率降至2%25以下');
	await expect(results(page)).toHaveAttribute('data-verdict', 'close');
	await expect(results(page).locator('a').first()).toHaveAttribute('href', '/measures/18/#s3');
	await expect(results(page).locator('del')).toHaveText(['1']);
	await expect(results(page).locator('ins')).toHaveText(['2']);
	await expect(results(page).locator('blockquote[lang="zh-CN"]')).toHaveText(measure(18).sentences[2]!.zh);
	await expect(results(page)).toContainText(
		'《北京市中关村国家自主创新示范区建设科创金融改革试验区实施方案》（京政办发〔2023〕23号）第18项第3句',
	);
	await expect(page.getByLabel('要核对的引文（中文或英文）')).toHaveValue('平均融资担保费率降至2%以下');
});

test('a sentence the plan never says gets none', async ({ page }) => {
	await page.goto(`/verify/?q=${encodeURIComponent('北京市对所有科技企业免征三年企业所得税')}`);
	await expect(results(page)).toHaveAttribute('data-verdict', 'none');
	await expect(results(page).locator('del, ins')).toHaveCount(0);
});

test('traditional characters and half-width punctuation still match exactly', async ({ page }) => {
	// Measure 18 sentence 2, in traditional characters with a half-width comma and a stray space.
	const quote = '用好北京市政府性融資擔保基金,發揮資本金總規模超過200億元的 政府性融資擔保體系增信分險作用。';
	await page.goto(`/verify/?q=${encodeURIComponent(quote)}`);
	await expect(results(page)).toHaveAttribute('data-verdict', 'exact');
	await expect(results(page).locator('a').first()).toHaveAttribute('href', '/measures/18/#s2');
});

test('typing a quote and submitting with the keyboard reloads with ?q= and answers; English against the translation', async ({
	page,
}) => {
	await page.goto('/en/verify/');
	const box = page.getByLabel('Quote to check (Chinese or English)');
	await box.focus();
	await page.keyboard.type('the average financing guarantee fee rate for innovative SMEs');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Check' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/en\/verify\/\?q=the\+average\+financing/);
	await expect(results(page)).toHaveAttribute('data-verdict', 'exact');
	await expect(results(page).locator('a').first()).toHaveAttribute('href', '/en/measures/18/#s3');
	await expect(results(page)).toContainText('unofficial');
	// Ctrl+Enter submits from the text box too.
	await box.fill('全面贯彻落实党中央、国务院决策部署');
	await box.press('Control+Enter');
	await expect(results(page)).toHaveAttribute('data-verdict', 'exact');
	await expect(results(page).locator('a').first()).toHaveAttribute('href', '/en/ideology/#s1');
});

test('a quote across two sentences links to the first', async ({ page }) => {
	await page.goto(`/verify/?q=${encodeURIComponent('优化科创融资担保体系。用好北京市政府性融资担保基金')}`);
	await expect(results(page)).toHaveAttribute('data-verdict', 'exact');
	await expect(results(page).locator('a').first()).toHaveAttribute('href', '/measures/18/#s1');
	await expect(results(page)).toContainText('这段引文跨越相邻的两句');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the page says what it needs and links to the full text', async ({ page }) => {
		await page.goto('/verify/?q=test');
		await expect(page.getByText('核对引文在您的浏览器中运行，需要启用 JavaScript')).toBeVisible();
		await expect(page.getByRole('link', { name: '《实施方案》全文目录' })).toHaveAttribute('href', '/#plan-toc');
		await expect(page.locator('form')).toBeHidden();
		await expect(results(page)).toBeHidden();
	});
});
