/**
 * The desktop accessibility sweep: axe (the sweeps' one configuration, tests/e2e/axe.ts: WCAG 2.2 A/AA and best
 * practices, no rule ignored) at 1280 px over one page of every template in both languages and the fewest sitemap
 * pages that hold every kind of markup of the whole sitemap (see sweepPaths). The phone sweep is
 * tests/e2e/phone.spec.ts. Each worker keeps one browser context: a fresh one per page would load the CJK fonts again
 * every time and make the sweep four times slower.
 */
import { expect, test as base, type Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { sweepPaths } from './sitemap.ts';

const test = base.extend<object, { sweepPage: Page }>({
	sweepPage: [
		async ({ browser }, use) => {
			const context = await browser.newContext();
			await use(await context.newPage());
			await context.close();
		},
		{ scope: 'worker' },
	],
});

test.describe.configure({ mode: 'parallel' });

/**
 * The page chrome — the header (search, theme and language menus), the sidebar (the full list of 41 measures and the
 * group pages; only the current entry differs) and the footer (previous/next) — is the same component on every page
 * and costs more than half of axe's time on a measure page. It is checked in full on these pages, in both languages
 * and with each kind of current entry, and left out of the sweep elsewhere; every page's own content is swept.
 */
const CHROME_PAGES = new Set(['/', '/en/', '/measures/18/', '/en/measures/18/', '/tasks/1/', '/en/glossary/']);

for (const path of sweepPaths(CHROME_PAGES)) {
	test(`axe sweep: ${path}`, async ({ sweepPage: page }) => {
		test.setTimeout(90_000);
		await page.goto(path);
		const chrome = CHROME_PAGES.has(path) ? [] : ['header.header', '#starlight__sidebar', 'footer'];
		expect(await axeViolations(page, path, chrome)).toEqual([]);
	});
}
