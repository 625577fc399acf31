import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { data } from './fixtures.ts';

const shown = (page: Page) => page.locator('[data-diagram-view] svg.diagram-svg');
const node = (page: Page, id: string) => shown(page).locator(`.dg-node[data-id="${id}"]`);
/** The scale of the full view's pan-and-zoom transform. */
const scale = async (page: Page) => {
	const t = (await shown(page).locator('.dg-canvas').getAttribute('transform')) ?? '';
	return Number(/scale\(([\d.]+)/.exec(t)?.[1] ?? 1);
};
const noPageScroll = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

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

test('zoom in and out with the buttons and the keyboard; the whole-diagram button fits it', async ({ page }) => {
	await page.goto('/en/diagram/');
	const start = await scale(page);
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await expect.poll(() => scale(page)).toBeGreaterThan(start * 1.3);
	const zoomed = await scale(page);
	await page.getByRole('button', { name: 'Zoom out' }).click();
	await expect.poll(() => scale(page)).toBeLessThan(zoomed / 1.3);
	// The keyboard: the viewport takes focus; + and − zoom, the arrows move, 0 shows it all.
	const viewport = page.locator('[data-dg-viewport]');
	await viewport.focus();
	const before = await scale(page);
	await page.keyboard.press('+');
	await expect.poll(() => scale(page)).toBeGreaterThan(before * 1.3);
	await page.keyboard.press('-');
	await page.keyboard.press('-');
	await expect.poll(() => scale(page)).toBeLessThan(before);
	const moved = await shown(page).locator('.dg-canvas').getAttribute('transform');
	await page.keyboard.press('ArrowLeft');
	await expect.poll(() => shown(page).locator('.dg-canvas').getAttribute('transform')).not.toBe(moved);
	await page.getByRole('button', { name: 'Whole diagram' }).click();
	const width = await viewport.evaluate((v) => v.clientWidth);
	const drawn = Number(await shown(page).getAttribute('data-width'));
	await expect.poll(() => scale(page)).toBeLessThanOrEqual(width / drawn + 0.01);
});

test('choosing an entity from the search box fades all but its neighbourhood and says what it does', async ({
	page,
}) => {
	await page.goto('/en/diagram/');
	const find = page.getByRole('search').getByLabel('Find an entity');
	// Either language finds it.
	await find.fill('北京证券交易所');
	await page.getByRole('search').getByRole('button', { name: 'Show' }).click();
	await expect(page).toHaveURL(/\?focus=beijing-stock-exchange$/);
	const panel = page.locator('[data-diagram-focus]');
	await expect(panel).toBeVisible();
	await expect(panel.locator('[data-diagram-focus-sentence]')).toContainText(
		'Beijing Stock Exchange serves innovative SME',
	);
	// What it does, then what others do for it or with it (measure 12 s6, added by the relation review).
	await expect(panel.locator('[data-diagram-focus-sentence]')).toContainText(
		'institutional investor invests in Beijing Stock Exchange; asset management institution takes part in Beijing Stock Exchange.',
	);
	await expect(panel.locator('[data-diagram-focus-sentence]')).toContainText('Named in measure 12.');
	// The status line counts the neighbours in the plural form the count takes.
	await expect(page.locator('[data-diagram-status]')).toHaveText(
		/^Showing Beijing Stock Exchange and its \d+ neighbours$/,
	);
	await expect(shown(page)).toHaveClass(/is-filtered/);
	await expect(node(page, 'beijing-stock-exchange')).toHaveClass(/is-centre/);
	await expect(node(page, 'innovative-sme')).toHaveClass(/is-near/);
	await expect(node(page, 'credit-loan')).not.toHaveClass(/is-near/);
	await expect(panel.getByRole('link', { name: 'Open the page of Beijing Stock Exchange' })).toHaveAttribute(
		'href',
		'/en/entities/beijing-stock-exchange/',
	);
	// An unknown name says so.
	await find.fill('no such thing');
	await page.getByRole('search').getByRole('button', { name: 'Show' }).click();
	await expect(page.locator('[data-diagram-find-status]')).toHaveText(
		'No entity in the diagram is called “no such thing”.',
	);
});

test('?focus= is restored on reload; Back returns to the whole diagram; click and Enter choose too', async ({
	page,
}) => {
	await page.goto('/en/diagram/');
	// A node in the opening view (the others are a pan or a search away).
	const [id, label] = await page.evaluate(() => {
		const box = document.querySelector('[data-dg-viewport]')!.getBoundingClientRect();
		const n = [...document.querySelectorAll<SVGElement>('[data-diagram-view] .dg-node')].find((n) => {
			const r = n.getBoundingClientRect();
			return r.top >= box.top && r.bottom <= box.bottom && r.left >= box.left && r.right <= box.right;
		})!;
		return [n.dataset.id!, n.dataset.label!];
	});
	await node(page, id).click();
	await expect(page).toHaveURL(new RegExp(`\\?focus=${id}$`));
	await expect(page.locator('[data-diagram-focus-sentence]')).toContainText(label.slice(1)); // the sentence capitalizes it
	await page.goto('/en/diagram/?focus=credit-loan');
	await expect(page.locator('[data-diagram-focus-sentence]')).toContainText('banking institution provides credit loan');
	await page.reload();
	await expect(page.locator('[data-diagram-focus]')).toBeVisible();
	await expect(page.locator('[data-diagram-focus-sentence]')).toContainText('banking institution provides credit loan');
	await expect(node(page, 'credit-loan')).toHaveClass(/is-centre/);
	// Enter on another node focuses it, as a new history entry.
	await node(page, 'beijing-stock-exchange').focus();
	// Focused, a node's caption names the measures that name it (one measure: singular).
	await expect(page.locator('[data-diagram-caption]')).toContainText('Beijing Stock Exchange: named in measure 12');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\?focus=beijing-stock-exchange$/);
	await page.goBack();
	await expect(page).toHaveURL(/\?focus=credit-loan$/);
	await expect(node(page, 'credit-loan')).toHaveClass(/is-centre/);
	await page.goBack();
	await expect(page).toHaveURL(new RegExp(`\\?focus=${id}$`));
	await page.goBack();
	await expect(page).toHaveURL(/\/en\/diagram\/$/);
	await expect(shown(page)).not.toHaveClass(/is-filtered/);
	await expect(page.locator('[data-diagram-focus]')).toBeHidden();
	// "Show everything" clears a focus.
	await page.goto('/en/diagram/?focus=credit-loan');
	await page.getByRole('button', { name: 'Show everything' }).click();
	await expect(page).toHaveURL(/\/en\/diagram\/$/);
	await expect(shown(page)).not.toHaveClass(/is-filtered/);
});

test('beneficiary and task-group views fade the rest and stay in the URL', async ({ page }) => {
	await page.goto('/en/diagram/');
	await page.getByRole('group', { name: 'Filter' }).getByLabel('For whom').selectOption('high-caliber-talent');
	await expect(page).toHaveURL(/\?for=high-caliber-talent$/);
	for (const id of ['high-caliber-talent', 'credit-loan', 'banking-institution'])
		await expect(node(page, id)).toHaveClass(/is-near/);
	await expect(node(page, 'beijing-stock-exchange')).not.toHaveClass(/is-near/);
	await expect(page.locator('[data-diagram-status]')).toContainText('Showing 4 entities and 3 relations');
	await page.goto('/en/diagram/?for=high-caliber-talent');
	await expect(node(page, 'credit-loan')).toHaveClass(/is-near/);
	await page.getByRole('combobox', { name: 'Task group' }).selectOption({ index: 2 }); // (2) the market system
	await expect(page).toHaveURL(/\?group=tasks%2F2$/);
	await expect(node(page, 'beijing-stock-exchange')).toHaveClass(/is-near/);
	await expect(node(page, 'credit-loan')).not.toHaveClass(/is-near/);
	await page.getByRole('combobox', { name: 'Task group' }).selectOption('');
	await expect(shown(page)).not.toHaveClass(/is-filtered/);
});

test('the skip link passes the diagram to its text version', async ({ page }) => {
	await page.goto('/en/diagram/');
	const skip = page.getByRole('link', { name: 'Skip the diagram' });
	await skip.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#diagram-beneficiaries$/);
	await expect(page.getByRole('heading', { name: /^Text version: who provides what/ })).toBeInViewport();
});

for (const locale of ['zh', 'en'] as const)
	test(`${locale}, on a 390 px phone: no horizontal page scroll, zoom in brings labels to 12 px`, async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(locale === 'en' ? '/en/diagram/' : '/diagram/');
		await expect(shown(page)).toBeVisible();
		expect(await noPageScroll(page)).toBe(0);
		const box = await page.locator('[data-dg-viewport]').boundingBox();
		expect(box!.x + box!.width).toBeLessThanOrEqual(390);
		await page.getByRole('button', { name: locale === 'en' ? 'Zoom in' : '放大' }).click();
		const label = node(page, 'beijing-stock-exchange').locator('text');
		await expect.poll(() => label.evaluate((t) => t.getBoundingClientRect().height)).toBeGreaterThanOrEqual(12);
		await page.goto(`${locale === 'en' ? '/en' : ''}/diagram/?focus=high-caliber-talent`);
		await expect(node(page, 'high-caliber-talent')).toBeInViewport();
		expect(await noPageScroll(page)).toBe(0);
	});

test('a task-group page and an entity page draw their relations with the same code', async ({ page }) => {
	await page.goto('/en/tasks/1/');
	const figure = page.locator('figure.diagram-group');
	await expect(figure.locator('svg.diagram-svg .dg-node[data-id="banking-institution"]')).toBeVisible();
	await figure.locator('svg.diagram-svg .dg-edge').first().focus();
	await expect(figure.locator('[data-diagram-caption] [data-key]')).toBeVisible();
	await page.setViewportSize({ width: 390, height: 844 });
	expect(await noPageScroll(page)).toBe(0);
	await page.goto('/en/entities/beijing-stock-exchange/');
	const near = page.locator('figure.diagram-entity svg.diagram-svg');
	await expect(near.locator('.dg-node.is-centre[data-id="beijing-stock-exchange"]')).toBeVisible();
	// One hop: the exchange and every entity the text relates it to.
	const ends = new Set(
		data.entityData.relations
			.filter((r) => r.source === 'beijing-stock-exchange' || r.target === 'beijing-stock-exchange')
			.flatMap((r) => [r.source, r.target]),
	);
	await expect(near.locator('.dg-node')).toHaveCount(ends.size);
	await expect(near.locator('.dg-edge')).toHaveCount(
		data.entityData.relations.filter(
			(r) => r.source === 'beijing-stock-exchange' || r.target === 'beijing-stock-exchange',
		).length,
	);
	expect(await noPageScroll(page)).toBe(0);
});

test('a measure page lists its entities and links to the diagram focused on one', async ({ page }) => {
	await page.goto('/measures/12/');
	// Each entity's name leads to its page (tests/e2e/entities.spec.ts); the small link beside it, to the diagram.
	const link = page.locator('.measure-entities').getByRole('link', { name: '关系图：北京证券交易所' });
	await expect(link).toHaveAttribute('href', '/diagram/?focus=beijing-stock-exchange#entity-beijing-stock-exchange');
	await link.click();
	await expect(node(page, 'beijing-stock-exchange')).toHaveClass(/is-centre/);
	await expect(page.locator('[data-diagram-focus]')).toBeInViewport();
	await expect(node(page, 'beijing-stock-exchange')).toBeInViewport();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the drawn SVG scrolls in its box, and the text versions are there', async ({ page }) => {
		await page.goto('/en/diagram/');
		await expect(node(page, 'beijing-stock-exchange')).toBeVisible();
		expect(await shown(page).locator('.dg-edge').count()).toBeGreaterThan(100);
		await expect(page.locator('[data-dg-viewport]')).not.toHaveClass(/is-zoomable/);
		await expect(page.getByRole('search')).toBeHidden();
		await expect(page.getByRole('heading', { name: /^Text version: who provides what/ })).toBeVisible();
		await expect(page.locator('.diagram-table tbody tr').first()).toBeVisible();
		expect(await noPageScroll(page)).toBe(0);
	});
});

/**
 * The focused state, which no page's HTML holds: axe over the figure once the focus has faded the rest (faded nodes
 * and arrows must keep their contrast). The pages themselves, and an entity page's neighbourhood, are in the desktop
 * and phone sweeps (sweep.spec.ts, phone.spec.ts), with the one axe configuration used here.
 */
test('axe: the focused diagram, /diagram/?focus=beijing-stock-exchange', async ({ page }) => {
	test.setTimeout(90_000);
	await page.goto('/diagram/?focus=beijing-stock-exchange');
	await expect(node(page, 'beijing-stock-exchange')).toHaveClass(/is-centre/);
	await expect(shown(page)).toHaveClass(/is-filtered/);
	expect(await axeViolations(page, 'focused diagram', [], 'figure.diagram')).toEqual([]);
});
