/**
 * The phone sweep: axe (the sweeps' one configuration, tests/e2e/axe.ts) at 390 × 844 with touch over one page of
 * every template in both languages (scripts/lib/templates.ts), page chrome included: this is where WCAG 2.2's target
 * size (2.5.8) and reflow bite, so each page must also fit the width without scrolling sideways. Each worker keeps
 * one phone context: a fresh one per page would load the CJK fonts again every time.
 */
import { expect, test as base, type Page } from '@playwright/test';
import { templatePages } from '../../scripts/lib/templates.ts';
import { axeViolations, PHONE } from './axe.ts';

const test = base.extend<object, { phonePage: Page }>({
	phonePage: [
		async ({ browser }, use) => {
			const context = await browser.newContext(PHONE);
			await use(await context.newPage());
			await context.close();
		},
		{ scope: 'worker' },
	],
});

test.describe.configure({ mode: 'parallel' });

for (const { template, path } of templatePages()) {
	test(`phone axe sweep: ${template.name}, ${path}`, async ({ phonePage: page }) => {
		test.setTimeout(60_000);
		await page.goto(path);
		if (template.ready) await page.locator(template.ready).first().waitFor();
		expect(await axeViolations(page, `${path} at 390 px`)).toEqual([]);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
		);
		expect(overflow, `${path} scrolls sideways at 390 px`).toBeLessThanOrEqual(0);
	});
}

for (const path of ['/measures/18/', '/en/measures/18/'])
	test(`phone axe sweep: the open menu (the sidebar), ${path}`, async ({ phonePage: page }) => {
		await page.goto(path);
		await page.locator('button.sl-menu-button').click();
		await expect(page.locator('#starlight__sidebar')).toBeVisible();
		// The rest of the page is the measure template, swept above (and inert while the menu is open).
		expect(await axeViolations(page, `${path} at 390 px, menu open`, [], '#starlight__sidebar')).toEqual([]);
	});
