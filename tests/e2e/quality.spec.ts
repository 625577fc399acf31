/** Behaviour that every reader depends on: keyboard, zoom and small screens, no JavaScript, no third parties, CSP. */
import { expect, test, type Page } from '@playwright/test';
import { fullText, measure } from './fixtures.ts';

const PAGE_TYPES = ['/', '/measures/18/', '/en/measures/18/', '/diagram/', '/en/glossary/'];

test('skip link: the first Tab shows it, Enter moves focus to the main content', async ({ page }) => {
	await page.goto('/measures/18/');
	await page.keyboard.press('Tab');
	const skip = page.locator(':focus');
	await expect(skip).toHaveAttribute('href', '#_top');
	await expect(skip).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#_top$/);
	await page.keyboard.press('Tab');
	const inMain = await page.evaluate(() => document.activeElement?.closest('main') !== null);
	expect(inMain).toBe(true);
});

test('focus is visible on links and controls', async ({ page }) => {
	await page.goto('/measures/18/');
	for (const selector of ['.measure-eyebrow a', '#twin-toggle', '#s2 .sentence-link', '.pagination-links a']) {
		const el = page.locator(selector).first();
		await el.focus();
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Tab'); // keyboard focus, so :focus-visible applies
		const style = await el.evaluate((e) => {
			const s = getComputedStyle(e);
			return { outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0, shadow: s.boxShadow !== 'none' };
		});
		expect(style.outline || style.shadow, `${selector} has no visible focus indicator`).toBe(true);
	}
});

async function horizontalOverflow(page: Page) {
	return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

for (const path of ['/', '/measures/18/', '/diagram/']) {
	test(`${path} reflows at 360 px and at 200% zoom without horizontal scrolling`, async ({ browser }) => {
		const narrow = await browser.newContext({ viewport: { width: 360, height: 740 } });
		const page = await narrow.newPage();
		await page.goto(path);
		expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
		await narrow.close();
		// 200% zoom of a 1280 px window: a 640 CSS px viewport at device scale 2.
		const zoomed = await browser.newContext({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
		const zpage = await zoomed.newPage();
		await zpage.goto(path);
		expect(await horizontalOverflow(zpage)).toBeLessThanOrEqual(0);
		await zoomed.close();
	});
}

test('without JavaScript: home and a measure page are complete', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	await expect(page.locator('.plan-toc .toc-measures a')).toHaveCount(41);
	await expect(page.locator('.document-meta')).toContainText('京政办发〔2023〕23号');
	await page.goto('/measures/18/#s2');
	expect((await page.locator('.measure-text .sentence > .primary').allTextContents()).join('')).toBe(fullText(18));
	await expect(page.locator('#s2')).toBeInViewport();
	await expect(page.locator('#s2 .sentence-link')).toHaveAttribute('href', '#s2');
	await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', '/measures/17/');
	await expect(page.locator('a[rel="next"]')).toHaveAttribute('href', '/measures/19/');
	await expect(page.locator('.measure-entities li').first()).toBeVisible();
	await page.goto('/en/measures/18/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(measure(18).title.en!);
	await context.close();
});

/** Loads a page, records every request and console error; runs `act` on it first if given. */
async function record(page: Page, path: string, act?: (page: Page) => Promise<void>) {
	const requests: string[] = [];
	const errors: string[] = [];
	page.on('request', (r) => requests.push(r.url()));
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(path);
	await page.waitForLoadState('networkidle');
	if (act) await act(page);
	return { requests, errors };
}

const search = (query: string) => async (page: Page) => {
	await page.getByRole('button', { name: /搜索|Search/ }).click();
	await page.getByRole('dialog').getByRole('textbox').fill(query);
	// The first query loads Pagefind's WebAssembly and index: allow for a busy machine.
	await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 20_000 });
};

for (const [path, act, label] of [
	...PAGE_TYPES.map((p) => [p, undefined, 'loading'] as const),
	['/', search('数字人民币'), 'a Chinese search'] as const,
	['/en/', search('guarantee'), 'an English search'] as const,
	[
		'/measures/18/',
		async (page: Page) => {
			await page.getByLabel('在每句旁显示英文译文').check();
			await page.getByRole('combobox', { name: '选择语言' }).selectOption({ label: 'English' });
			await page.waitForURL(/\/en\//);
		},
		'the toggle and the language switch',
	] as const,
	[
		'/en/diagram/?focus=beijing-stock-exchange',
		async (page: Page) => {
			await page.getByRole('group', { name: 'Filter' }).getByLabel('For whom').selectOption('high-caliber-talent');
			await page.getByRole('combobox', { name: 'Task group' }).selectOption({ index: 2 });
			// Pan and zoom load their module on first use; the search box focuses an entity, centred in the view.
			await page.getByRole('button', { name: 'Zoom in' }).click();
			await page.getByRole('search').getByLabel('Find an entity').fill('Beijing Stock Exchange');
			await page.getByRole('search').getByRole('button', { name: 'Show' }).click();
			await page.locator('[data-diagram-view] .dg-node.is-centre').focus();
		},
		'diagram filters, zoom, search and highlighting on focus',
	] as const,
]) {
	test(`${path}, ${label}: every request stays on this origin, no console errors (CSP included)`, async ({
		page,
		baseURL,
	}) => {
		const { requests, errors } = await record(page, path, act);
		const origin = new URL(baseURL!).origin;
		expect(requests.filter((r) => !r.startsWith(origin) && !r.startsWith('data:'))).toEqual([]);
		expect(errors).toEqual([]);
	});
}
