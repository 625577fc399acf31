import { expect, test } from '@playwright/test';
import { getGlossary } from '../../src/lib/glossary.ts';
import { measure } from './fixtures.ts';

for (const n of [1, 18, 41]) {
	test(`English measure ${n}: lang, title, aligned sentences and the unofficial-translation notice`, async ({
		page,
	}) => {
		await page.goto(`/en/measures/${n}/`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(measure(n).title.en!);
		const sentences = page.locator('.measure-text .sentence');
		await expect(sentences).toHaveCount(measure(n).sentences.length);
		const ids = await sentences.evaluateAll((els) => els.map((e) => e.id));
		expect(ids).toEqual(measure(n).sentences.map((_, i) => `s${i + 1}`));
		await expect(page.locator('.sentence > .primary[lang="en"]')).toHaveCount(measure(n).sentences.length);
		const notice = page.locator('.translation-notice');
		await expect(notice).toContainText('unofficial English translation');
		await expect(notice.getByRole('link', { name: 'Chinese text of this measure' })).toHaveAttribute(
			'href',
			`/measures/${n}/`,
		);
		await expect(notice.getByRole('link', { name: 'official source' })).toHaveAttribute('href', /beijing\.gov\.cn/);
		// Its Chinese twin has the same sentence anchors.
		await page.goto(`/measures/${n}/`);
		expect(await page.locator('.measure-text .sentence').evaluateAll((els) => els.map((e) => e.id))).toEqual(ids);
	});
}

test('the language switch keeps the sentence anchor', async ({ page }) => {
	await page.goto('/measures/18/#s3');
	await page.getByRole('combobox', { name: '选择语言' }).selectOption({ label: 'English' });
	await expect(page).toHaveURL(/\/en\/measures\/18\/#s3$/);
	await expect(page.locator('#s3')).toBeInViewport();
	await page.getByRole('combobox', { name: 'Select language' }).selectOption({ label: '简体中文' });
	await expect(page).toHaveURL(/\/measures\/18\/#s3$/);
});

test('side by side without JavaScript: the toggle reveals the other language under each sentence', async ({
	browser,
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/en/measures/18/');
	const twin = page.locator('#s2 .twin');
	await expect(twin).toBeHidden();
	await expect(twin).toHaveAttribute('lang', 'zh-CN');
	await page.getByLabel('Show the Chinese text beside each sentence').check();
	await expect(twin).toBeVisible();
	await expect(twin).toHaveText(measure(18).sentences[1]!.zh);
	await context.close();
});

test('side by side with JavaScript: beside on wide screens, under on narrow ones, and remembered', async ({ page }) => {
	await page.goto('/measures/18/');
	await page.getByLabel('在每句旁显示英文译文').check();
	const box = async (sel: string) => (await page.locator(sel).boundingBox())!;
	let primary = await box('#s2 .primary');
	let twin = await box('#s2 .twin');
	expect(twin.x).toBeGreaterThan(primary.x + primary.width - 1); // beside
	await expect(page.locator('#s2 .twin')).toHaveAttribute('lang', 'en');
	await page.setViewportSize({ width: 400, height: 800 });
	primary = await box('#s2 .primary');
	twin = await box('#s2 .twin');
	expect(twin.y).toBeGreaterThanOrEqual(primary.y + primary.height - 1); // under
	await page.goto('/measures/19/');
	await expect(page.getByLabel('在每句旁显示英文译文')).toBeChecked();
	await expect(page.locator('#s2 .twin')).toBeVisible();
});

test('glossary: terms link from the text to their definitions in both languages', async ({ page }) => {
	await page.goto('/en/measures/27/');
	const link = page.locator('#s2 .primary a.term', { hasText: 'e-CNY' });
	await expect(link).toHaveAttribute('href', '/en/glossary/#term-e-cny');
	await link.click();
	await expect(page.locator('#term-e-cny')).toBeInViewport();
	await expect(page.locator('#term-e-cny')).toContainText('数字人民币');
	await page.goto('/glossary/');
	await expect(page.locator('.glossary-entry')).toHaveCount(getGlossary().length);
});
