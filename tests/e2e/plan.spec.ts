import { expect, test, type Page } from '@playwright/test';
import { measure } from './fixtures.ts';

test('a sentence anchor scrolls to and highlights that sentence', async ({ page }) => {
	await page.goto('/measures/18/#s2');
	const target = page.locator('#s2');
	await expect(target).toBeInViewport();
	const background = (id: string) => page.locator(`#${id}`).evaluate((el) => getComputedStyle(el).backgroundColor);
	expect(await background('s2')).not.toBe('rgba(0, 0, 0, 0)');
	expect(await background('s1')).toBe('rgba(0, 0, 0, 0)');
	// Its handle shows its number.
	await expect(target.locator('.sentence-link')).toHaveText('2');
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
