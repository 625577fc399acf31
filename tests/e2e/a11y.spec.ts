import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const WCAG22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const path of ['/', '/measures/18/', '/en/', '/en/measures/18/', '/glossary/', '/en/glossary/']) {
	test(`axe: ${path} has no WCAG 2.2 AA violations`, async ({ browser }) => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(path);
		const results = await new AxeBuilder({ page }).withTags(WCAG22_AA).analyze();
		const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
		expect(summary).toEqual([]);
		await context.close();
	});
}
