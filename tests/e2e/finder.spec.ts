/** The finder as a reader uses it: choose, read the ranked measures, share the URL, go back, keyboard only, no JS. */
import { expect, test } from '@playwright/test';

test('credit + guarantee for a 专精特新 firm lists the first-loan subsidy and the guarantee fee target, linked to their sentences', async ({
	page,
}) => {
	await page.goto('/finder/');
	await page.getByRole('group', { name: '需求' }).getByLabel('贷款与信贷').check();
	await page.getByRole('group', { name: '需求' }).getByLabel('融资担保').check();
	await page.getByRole('group', { name: '企业类型' }).getByLabel('专精特新').check();
	await expect(page).toHaveURL(/\/finder\/\?need=credit&need=guarantee&type=srdi$/);
	const results = page.locator('[data-finder-results] > li:visible');
	const first = await results.locator('h3').allTextContents();
	expect(first).toContain('第19项 完善科创融资风险补偿和分担机制');
	expect(first).toContain('第18项 优化科创融资担保体系');
	const m19 = results.filter({ hasText: '第19项' });
	await expect(m19.locator('.status').first()).toHaveText('已有');
	await expect(m19.locator('.finder-why')).toHaveText('为何列出： 符合您的需求；点名您所属的更大群体');
	const evidence = m19.getByRole('link', { name: /第 2 句「用好中小微企业首贷业务补助资金」/ });
	await expect(evidence).toHaveAttribute('href', '/measures/19/#s2');
	// A reason that did not match is not shown; one that did is.
	await expect(m19.locator('.finder-reason[data-id="credit"]')).toBeVisible();
	await expect(page.locator('[data-finder-status]')).toHaveText(
		'共有 16 项措施与您的需求相关，最适合您企业的排在前面。',
	);
	await evidence.click();
	await expect(page).toHaveURL(/\/measures\/19\/#s2$/);
	await expect(page.locator('#s2')).toBeInViewport();
});

test('the URL restores a selection on reload, and the back button returns to the previous one', async ({ page }) => {
	await page.goto('/en/finder/?need=listing');
	const listing = page.getByRole('group', { name: 'Need' }).getByLabel('Stock listing');
	await expect(listing).toBeChecked();
	const visible = page.locator('[data-finder-results] > li:visible h3');
	const before = await visible.allTextContents();
	expect(before.length).toBeGreaterThan(0);
	await page.getByRole('group', { name: 'Stage' }).getByLabel('Preparing to list').check();
	await expect(page).toHaveURL(/\?need=listing&stage=pre-listing$/);
	await page.reload();
	await expect(page.getByRole('group', { name: 'Stage' }).getByLabel('Preparing to list')).toBeChecked();
	await page.goBack();
	await expect(page).toHaveURL(/\?need=listing$/);
	await expect(page.getByRole('group', { name: 'Stage' }).getByLabel('Preparing to list')).not.toBeChecked();
	expect(await visible.allTextContents()).toEqual(before);
});

test('review case M13: listing + growth stage still lists measure 33 (tagged only for the pre-listing stage), last, saying why', async ({
	page,
}) => {
	await page.goto('/en/finder/?need=listing&stage=growth');
	await expect(page.locator('[data-finder-status]')).toHaveText(
		'6 measures concern your need, those that fit your enterprise best first.',
	);
	const cards = page.locator('[data-finder-results] > li:visible');
	await expect(cards.locator('h3')).toHaveText([
		/^Measure 13 /,
		/^Measure 14 /,
		/^Measure 31 /,
		/^Measure 39 /,
		/^Measure 12 /,
		/^Measure 33 /,
	]);
	await expect(cards.first().locator('.finder-why')).toHaveText(
		'Why it is listed: matches your need; general: names no stage or enterprise group',
	);
	const m33 = cards.last();
	await expect(m33.locator('.finder-why')).toHaveText(
		'Why it is listed: matches your need; the text names other stages or groups (below), but it concerns your need',
	);
	// The stage it names instead is shown with its evidence, linked to the sentence.
	await expect(m33.locator('.finder-reason[data-facet="stage"]')).toContainText('Preparing to list');
	await expect(m33.locator('.finder-reason[data-facet="stage"] a')).toHaveAttribute('href', '/en/measures/33/#s5');
});

test('one measure: the English count is singular', async ({ page }) => {
	await page.goto('/en/finder/?need=green');
	await expect(page.locator('[data-finder-status]')).toHaveText('1 measure concerns your need.');
	await expect(page.locator('[data-finder-results] > li:visible')).toHaveCount(1);
});

test('keyboard only: Tab reaches the options, Space chooses, the results follow', async ({ page }) => {
	await page.goto('/en/finder/');
	await page.getByRole('group', { name: 'Need' }).getByLabel('Bond financing').focus();
	await page.keyboard.press('Space');
	await expect(page).toHaveURL(/\?need=bonds$/);
	await page.keyboard.press('Tab');
	await expect(page.getByRole('group', { name: 'Need' }).getByLabel('Intellectual property financing')).toBeFocused();
	await expect(page.locator('[data-finder-results] > li:visible').first()).toContainText('Measure');
});

test('without JavaScript the finder answers with a table of needs × measures', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/finder/');
	await expect(page.getByRole('group', { name: '需求' }).getByLabel('贷款与信贷')).toBeDisabled();
	await expect(page.locator('[data-finder-status]')).toContainText('需要浏览器启用 JavaScript');
	const table = page.getByRole('table', { name: '需求' });
	const credit = table.getByRole('row', { name: /贷款与信贷/ });
	await expect(credit.getByRole('link', { name: '第19项' })).toHaveAttribute('href', '/measures/19/');
	await context.close();
});
