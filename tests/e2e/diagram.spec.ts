import { expect, test, type Page } from '@playwright/test';

/** The variant CSS shows at this viewport (wide at desktop width, narrow on phones). */
const shown = (page: Page, variant: 'wide' | 'narrow' = 'wide') =>
	page.locator(`[data-diagram-view] svg.dg-${variant}`);
const node = (page: Page, id: string, variant?: 'wide' | 'narrow') =>
	shown(page, variant).locator(`.dg-node[data-id="${id}"]`);

test('labels follow the page language; nodes link to entity pages', async ({ page }) => {
	await page.goto('/en/diagram/');
	await expect(node(page, 'beijing-stock-exchange')).toHaveAccessibleName('Beijing Stock Exchange');
	await expect(node(page, 'beijing-stock-exchange')).toHaveAttribute('href', '/en/entities/beijing-stock-exchange/');
	await page.goto('/diagram/');
	await expect(node(page, 'beijing-stock-exchange').locator('text')).toHaveText('北京证券交易所');
});

test('keyboard: focusing an arrow shows its reading and its sentence in the page language', async ({ page }) => {
	await page.goto('/en/diagram/');
	const caption = page.locator('[data-diagram-caption]');
	// Banking institutions provide credit loans (measure 1, sentence 2).
	const edge = shown(page).locator('.dg-edge[data-source="banking-institution"][data-target="credit-loan"]');
	await edge.focus();
	await expect(edge).toBeFocused();
	await expect(caption).toContainText('banking institution provides credit loan (Measure 1, Encouraged)');
	await expect(caption.locator('[lang="en"]')).toContainText('credit loans');
	await expect(shown(page)).toHaveClass(/is-focusing/);
	await expect(node(page, 'credit-loan')).toHaveClass(/is-hot/);
	await page.keyboard.press('Tab');
	await expect(caption).toContainText('banking institution provides R&D loan');

	await page.goto('/diagram/');
	await shown(page).locator('.dg-edge[data-source="banking-institution"][data-target="credit-loan"]').focus();
	await expect(page.locator('[data-diagram-caption] [lang="zh-CN"]')).toContainText('鼓励银行机构积极开展信用贷款');
});

test('an entity shows the measures that name it, and Enter opens its page', async ({ page }) => {
	await page.goto('/en/diagram/');
	await node(page, 'beijing-stock-exchange').focus();
	await expect(page.locator('[data-diagram-caption]')).toContainText('Beijing Stock Exchange: named in measure 12');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/en\/entities\/beijing-stock-exchange\/$/);
});

test('beneficiary view: only who provides what to it, re-laid out, kept in the URL', async ({ page }) => {
	await page.goto('/en/diagram/');
	const all = await shown(page).locator('.dg-node:visible').count();
	await page.getByRole('group', { name: 'Filter' }).getByLabel('For whom').selectOption('high-caliber-talent');
	await expect(page).toHaveURL(/\?for=high-caliber-talent$/);
	await expect(node(page, 'high-caliber-talent')).toBeVisible();
	await expect(node(page, 'credit-loan')).toBeVisible();
	await expect(node(page, 'banking-institution')).toBeVisible();
	await expect(node(page, 'beijing-stock-exchange')).toBeHidden();
	expect(await shown(page).locator('.dg-node:visible').count()).toBeLessThan(all);
	await expect(page.locator('[data-diagram-status]')).toContainText('Showing 4 entities and 3 relations');
	// The same view from a link.
	await page.goto('/en/diagram/?for=high-caliber-talent');
	await expect(node(page, 'beijing-stock-exchange')).toBeHidden();
	await expect(node(page, 'credit-loan')).toBeVisible();
});

test('filtering by task group re-lays out: filtered nodes are absent and the rest fill the space', async ({ page }) => {
	await page.goto('/en/diagram/');
	const svg = shown(page);
	const height = async () => Number(await svg.getAttribute('height'));
	const before = await height();
	const boxBefore = await node(page, 'beijing-stock-exchange').locator('rect').getAttribute('x');
	await page.getByRole('combobox', { name: 'Task group' }).selectOption({ index: 2 }); // (2) the market system
	await expect(page).toHaveURL(/\?group=tasks%2F2$/);
	await expect(node(page, 'credit-loan')).toBeHidden();
	await expect(node(page, 'beijing-stock-exchange')).toBeVisible();
	expect(await height()).toBeLessThan(before);
	expect(await node(page, 'beijing-stock-exchange').locator('rect').getAttribute('x')).not.toBe(boxBefore);
	// The remaining nodes spread across the width, and the figure ends below the last of them.
	const width = Number(await svg.getAttribute('width'));
	const rects = await svg.locator('.dg-node:visible rect').evaluateAll((rs) =>
		rs.map((r) => ({
			x: Number(r.getAttribute('x')),
			w: Number(r.getAttribute('width')),
			y: Number(r.getAttribute('y')),
		})),
	);
	const left = Math.min(...rects.map((r) => r.x));
	const right = Math.max(...rects.map((r) => r.x + r.w));
	expect(right - left).toBeGreaterThan(width / 2);
	expect(Math.max(...rects.map((r) => r.y))).toBeLessThan(await height());
	// Back to everyone: the build-time layout again.
	await page.getByRole('combobox', { name: 'Task group' }).selectOption('');
	expect(await height()).toBe(before);
	await expect(node(page, 'credit-loan')).toBeVisible();
});

test('mentions on demand: the toggle adds the measures that name each entity, re-laid out', async ({ page }) => {
	await page.goto('/en/diagram/');
	const text = node(page, 'beijing-stock-exchange').locator('text');
	await expect(text).not.toContainText('measure');
	const height = Number(await shown(page).getAttribute('height'));
	await page.getByRole('checkbox', { name: 'Show which measures name each entity' }).check();
	await expect(text).toHaveText('Beijing Stock Exchange (measure 12)'); // one measure: singular
	expect(Number(await shown(page).getAttribute('height'))).toBeGreaterThan(height);
	await page.getByRole('checkbox', { name: 'Show which measures name each entity' }).uncheck();
	await expect(text).not.toContainText('measure');
	expect(Number(await shown(page).getAttribute('height'))).toBe(height);
});

test('the skip link passes the diagram to its text version', async ({ page }) => {
	await page.goto('/en/diagram/');
	const skip = page.getByRole('link', { name: 'Skip the diagram' });
	await skip.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#diagram-beneficiaries$/);
	await expect(page.getByRole('heading', { name: /^Text version: who provides what/ })).toBeInViewport();
});

test('on a 390 px phone: the narrow variant, no horizontal page scroll, 12 px labels', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/en/diagram/');
	await expect(shown(page, 'narrow')).toBeVisible();
	await expect(shown(page, 'wide')).toBeHidden();
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
	);
	expect(overflow).toBe(0);
	const label = node(page, 'beijing-stock-exchange', 'narrow').locator('text');
	const size = await label.evaluate((t) => {
		const svg = t.closest('svg')!;
		const scale = svg.getBoundingClientRect().width / Number(svg.getAttribute('width'));
		return parseFloat(getComputedStyle(t).fontSize) * scale;
	});
	expect(size).toBeGreaterThanOrEqual(12);
	await page.getByRole('combobox', { name: 'For whom' }).selectOption('high-caliber-talent');
	await expect(node(page, 'credit-loan', 'narrow')).toBeVisible();
	expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
		0,
	);
});

test('a task-group page draws its relations with the same code', async ({ page }) => {
	await page.goto('/en/tasks/1/');
	const figure = page.locator('figure.diagram-group');
	await expect(figure.locator('svg.dg-wide .dg-node[data-id="banking-institution"]')).toBeVisible();
	await figure.locator('svg.dg-wide .dg-edge').first().focus();
	await expect(figure.locator('[data-diagram-caption] [data-key]')).toBeVisible();
	await page.setViewportSize({ width: 390, height: 844 });
	await expect(figure.locator('svg.dg-narrow .dg-node[data-id="banking-institution"]')).toBeVisible();
	expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
		0,
	);
});

test('a measure page lists its entities and links to the diagram focused on one', async ({ page }) => {
	await page.goto('/measures/12/');
	// Each entity's name leads to its page (tests/e2e/entities.spec.ts); the small link beside it, to the diagram.
	const link = page.locator('.measure-entities').getByRole('link', { name: '关系图：北京证券交易所' });
	await expect(link).toHaveAttribute('href', '/diagram/?focus=beijing-stock-exchange#entity-beijing-stock-exchange');
	await link.click();
	await expect(node(page, 'beijing-stock-exchange')).toHaveClass(/is-hot/);
	await expect(node(page, 'beijing-stock-exchange')).toBeInViewport();
});
