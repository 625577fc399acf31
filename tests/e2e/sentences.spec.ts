/** Sentence handles and copying, as a reader meets them: visible numbers, the copy menu by mouse and keyboard, what
 * the clipboard gets, the announcement, and a selection copied across sentences. */
import { expect, test } from '@playwright/test';
import { measure } from './fixtures.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('every sentence shows its number on a handle at least 24 × 24 px that does not cover the text', async ({
	page,
}) => {
	await page.goto('/measures/18/');
	const handles = page.locator('.measure-text .sentence-link');
	await expect(handles).toHaveText(measure(18).sentences.map((_, i) => String(i + 1)));
	for (const handle of await handles.all()) {
		const box = (await handle.boundingBox())!;
		expect(box.width).toBeGreaterThanOrEqual(24);
		expect(box.height).toBeGreaterThanOrEqual(24);
	}
	const handle = (await page.locator('#s3 .sentence-link').boundingBox())!;
	const text = (await page.locator('#s3 .primary').boundingBox())!;
	// The handle precedes the sentence's first line: its right edge is left of where the text starts on that line.
	const first = await page.locator('#s3 .primary').evaluate((el) => el.getClientRects()[0]!.left);
	expect(handle.x + handle.width).toBeLessThanOrEqual(first + 0.5);
	expect(text.height).toBeGreaterThan(0);
});

test('click a handle: the menu copies the link, says so visibly and to screen readers, and closes', async ({
	page,
	baseURL,
}) => {
	await page.goto('/en/measures/18/');
	await page.locator('#s3 .sentence-link').click();
	const menu = page.locator('[data-sentence-menu]');
	await expect(menu).toBeVisible();
	await menu.getByRole('button', { name: 'Copy the link to this sentence' }).click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/en/measures/18/#s3`);
	const status = page.getByRole('status').filter({ hasText: 'copied' });
	await expect(status).toHaveText('Link to sentence 3 copied');
	await expect(status).toBeVisible();
	await expect(menu).toBeHidden();
	await expect(page.locator('#s3 .sentence-link')).toBeFocused();
});

test('keyboard: Enter on a handle opens the menu with focus inside, Escape closes it and returns focus', async ({
	page,
}) => {
	await page.goto('/measures/18/');
	await page.locator('#s2 .sentence-link').focus();
	await page.keyboard.press('Enter');
	const first = page.locator('[data-sentence-menu] button').first();
	await expect(first).toBeFocused();
	await expect(first).toHaveText('复制本句链接');
	await page.keyboard.press('Escape');
	await expect(page.locator('[data-sentence-menu]')).toBeHidden();
	await expect(page.locator('#s2 .sentence-link')).toBeFocused();
	await page.keyboard.press('Enter');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status').filter({ hasText: '已复制' })).toHaveText('已复制第 2 句的链接');
});

test('copying a selection across three sentences gives the plain text, in side-by-side mode the page language only', async ({
	page,
}) => {
	await page.goto('/en/measures/18/');
	await page.getByLabel('Show the Chinese text beside each sentence').check();
	await page.evaluate(() => {
		const range = document.createRange();
		range.setStartBefore(document.querySelector('#s1')!);
		range.setEndAfter(document.querySelector('#s3')!);
		getSelection()!.removeAllRanges();
		getSelection()!.addRange(range);
	});
	await page.keyboard.press('Control+c');
	const expected = measure(18)
		.sentences.slice(0, 3)
		.map((s) => s.en)
		.join(' ');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
});
