import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fullText, plan } from './fixtures.ts';
import { getEntityData } from '../../src/lib/entities.ts';

const data = getEntityData();

test('without JavaScript the diagram is a complete SVG with one node per entity and measure, and a text version', async ({
	browser,
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	for (const path of ['/diagram/', '/en/diagram/']) {
		await page.goto(path);
		const svg = page.locator('figure.diagram svg');
		await expect(svg).toBeVisible();
		await expect(svg.locator('.dg-entity')).toHaveCount(data.entities.length);
		await expect(svg.locator('.dg-measure')).toHaveCount(plan.measures.length);
		await expect(svg.locator('.dg-edge')).toHaveCount(data.mentions.length + data.relations.length);
		await expect(page.locator('figure.diagram figcaption')).toContainText(String(data.entities.length));
		await expect(page.locator('.diagram-table tbody tr')).toHaveCount(data.entities.length);
		await expect(page.locator('[data-diagram-filters]')).toBeHidden(); // filters need the script
	}
	await context.close();
});

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
	const link = page
		.locator('.measure-entities a', { hasText: '北交所' })
		.or(page.locator('.measure-entities a', { hasText: '北京证券交易所' }))
		.first();
	await expect(link).toHaveAttribute('href', '/diagram/?focus=beijing-stock-exchange#entity-beijing-stock-exchange');
	await link.click();
	await expect(page.locator('.dg-entity[data-id="beijing-stock-exchange"]')).toHaveClass(/is-hot/);
	await expect(page.locator('.dg-entity[data-id="beijing-stock-exchange"]')).toBeInViewport();
});

for (const path of ['/diagram/', '/en/diagram/']) {
	test(`axe: ${path} has no WCAG 2.2 AA violations`, async ({ browser }) => {
		test.setTimeout(90_000); // a large DOM: 180 nodes, 240 edges and the text version
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(path);
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
			.analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
		await context.close();
	});
}

test('open data: the files parse, link from the site, and every evidence phrase is in its measure', async ({
	page,
	request,
}) => {
	const graph = await (await request.get('/data/graph.json')).json();
	const text = new Map(plan.measures.map((m) => [m.number, fullText(m.number)]));
	expect(graph.nodes.length).toBe(plan.measures.length + data.entities.length);
	for (const e of graph.edges) expect(text.get(e.measure), `${e.source}→${e.target}`).toContain(e.evidence);
	const measures = await (await request.get('/data/measures.json')).json();
	expect(measures.measures.map((m: { number: number }) => m.number)).toEqual(plan.measures.map((m) => m.number));
	expect(measures.measures[17].sentences[1]).toMatchObject({ id: 's2', zh: plan.measures[17]!.sentences[1]!.zh });
	const csv = await (await request.get('/data/measures.csv')).text();
	expect(csv.trim().split('\r\n')).toHaveLength(plan.measures.length + 1);
	expect(csv).toContain(fullText(27));
	await page.goto('/data/');
	for (const file of ['measures.json', 'measures.csv', 'graph.json'])
		await expect(page.getByRole('link', { name: file })).toHaveAttribute('href', `/data/${file}`);
	expect(readFileSync('dist/data/graph.json', 'utf8').length).toBeGreaterThan(1000);
});
