import { expect, test } from '@playwright/test';
import { getEntityData } from '../../src/lib/entities.ts';

const data = getEntityData();

test('labels follow the page language', async ({ page }) => {
	await page.goto('/en/diagram/');
	await expect(page.locator('.dg-entity[data-id="beijing-stock-exchange"] text')).toHaveText('Beijing Stock Exchange');
	await page.goto('/diagram/');
	await expect(page.locator('.dg-entity[data-id="beijing-stock-exchange"] text')).toHaveText('北京证券交易所');
});

test('keyboard: Tab moves through the nodes, focus highlights neighbours, Enter opens the measure', async ({
	page,
}) => {
	await page.goto('/diagram/');
	const first = page.locator('.dg-measure').first();
	await first.focus();
	await expect(page.locator('figure.diagram svg')).toHaveClass(/is-focusing/);
	await page.keyboard.press('Tab');
	await expect(page.locator('.dg-measure').nth(1)).toBeFocused();
	await expect(page.locator('.dg-measure').nth(1)).toHaveClass(/is-hot/);
	const neighbour = data.mentions.find((m) => m.measure === 2)!.entity;
	await expect(page.locator(`.dg-entity[data-id="${neighbour}"]`)).toHaveClass(/is-hot/);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/measures\/2\/$/);
});

test('Enter on an entity opens its details in the text version', async ({ page }) => {
	await page.goto('/diagram/');
	await page.locator('.dg-entity[data-id="beijing-stock-exchange"]').focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#entity-beijing-stock-exchange$/);
	await expect(page.locator('#entity-beijing-stock-exchange')).toBeInViewport();
});

test('filters hide nodes by type and by task group', async ({ page }) => {
	await page.goto('/en/diagram/');
	const filters = page.getByRole('group', { name: 'Filter' });
	await expect(filters).toBeVisible();
	const instruments = page.locator('.dg-entity[data-type="instrument"]');
	await expect(instruments.first()).toBeVisible();
	await filters.getByLabel('Financial instruments and products').uncheck();
	await expect(instruments.first()).toBeHidden();
	await expect(page.locator('.dg-entity[data-type="market"]').first()).toBeVisible();
	await filters.getByLabel('Task group').selectOption({ index: 2 }); // (2) the market system
	await expect(page.locator('.dg-measure[data-id="measure-1"]')).toBeHidden();
	await expect(page.locator('.dg-measure[data-id="measure-12"]')).toBeVisible();
	await expect(page.locator('.dg-entity[data-id="beijing-stock-exchange"]')).toBeVisible();
	await expect(page.locator('[data-diagram-status]')).toContainText('Showing');
});

test('a measure page lists its entities and links to the diagram focused on one', async ({ page }) => {
	await page.goto('/measures/12/');
	// Each entity's name leads to its page (tests/e2e/entities.spec.ts); the small link beside it, to the diagram.
	const link = page.locator('.measure-entities').getByRole('link', { name: '关系图：北京证券交易所' });
	await expect(link).toHaveAttribute('href', '/diagram/?focus=beijing-stock-exchange#entity-beijing-stock-exchange');
	await link.click();
	await expect(page.locator('.dg-entity[data-id="beijing-stock-exchange"]')).toHaveClass(/is-hot/);
	await expect(page.locator('.dg-entity[data-id="beijing-stock-exchange"]')).toBeInViewport();
});
