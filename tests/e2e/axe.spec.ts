/**
 * The sweeps' axe configuration (tests/e2e/axe.ts) catches what it must: on a tiny synthetic page, a list of
 * 20 × 20 px links fails WCAG 2.5.8 (target size), while the same link inline in running text (exempt by the
 * criterion) and 24 × 24 px links in a list pass. If the configuration stopped running the WCAG 2.2 rules, this fails.
 */
import { expect, test } from '@playwright/test';
import { axeViolations, PHONE } from './axe.ts';

const page = (size: number) => `<!doctype html><html lang="en"><head><title>Target size</title><style>
	ul { display: flex; gap: 0; list-style: none; margin: 0; padding: 0; }
	li a { display: block; width: ${size}px; height: ${size}px; line-height: ${size}px; font-size: 12px; }
	p { font-size: 12px; line-height: 14px; }
</style></head><body><main><h1>Targets</h1>
	<ul><li><a href="#a">A</a></li><li><a href="#b">B</a></li><li><a href="#c">C</a></li></ul>
	<p>Running text with an <a href="#d">inline link</a> and <a href="#e">another one</a> in it.</p>
</main></body></html>`;

test('the axe configuration reports a 20 × 20 px link in a list at 390 px, and only that', async ({ browser }) => {
	const context = await browser.newContext(PHONE);
	const tab = await context.newPage();
	await tab.setContent(page(20));
	const small = await axeViolations(tab, 'synthetic 20 px');
	expect(small).toHaveLength(1);
	expect(small[0]).toMatch(/^synthetic 20 px target-size: /);
	expect(small[0]).toContain('(a[href="#a"], a[href="#b"], a[href="#c"])');
	await tab.setContent(page(24));
	expect(await axeViolations(tab, 'synthetic 24 px')).toEqual([]);
	await context.close();
});
