/** Entity pages: relations with evidence linked to the sentence, in both languages, and the links that lead there. */
import { expect, test } from '@playwright/test';
import { entityPath, measurePath, sentencePath, termAnchor } from '../../src/lib/locale.ts';
import { data, measure } from './fixtures.ts';

const ID = 'beijing-stock-exchange';
const entity = data.entities.find((e) => e.id === ID)!;
const relations = data.entityData.relations.filter((r) => r.source === ID || r.target === ID);
const named = data.measuresNaming.get(ID) ?? [];

test('the data has what this spec checks: 北京证券交易所 with relations both ways and a measure naming it', () => {
	expect(entity.term.zh).toBe('北京证券交易所');
	expect(relations.some((r) => r.source === ID)).toBe(true);
	expect(relations.some((r) => r.target === ID)).toBe(true);
	expect(named.length).toBeGreaterThan(0);
});

for (const locale of ['zh', 'en'] as const) {
	test(`${locale}: every relation is shown with its evidence, linked to the sentence it comes from`, async ({
		page,
	}) => {
		await page.goto(entityPath(locale, ID));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(locale === 'zh' ? entity.term.zh : entity.term.en);
		for (const r of relations) {
			const item = page.locator('.entity-relation-list li').filter({ hasText: r.evidence });
			await expect(item.first()).toBeVisible();
			await expect(item.first().locator('q[lang="zh-CN"]')).toHaveText(r.evidence);
			await expect(item.first().locator(`a[href="${sentencePath(locale, r.measure, r.sentence)}"]`)).toBeVisible();
			const other = r.source === ID ? r.target : r.source;
			await expect(item.first().locator(`a[href="${entityPath(locale, other)}"]`)).toBeVisible();
			if (locale === 'en') {
				const en = measure(r.measure).sentences[Number(r.sentence.slice(1)) - 1]!.en!;
				await expect(item.first().locator('q[lang="en"]')).toHaveText(en);
			}
		}
		const first = relations[0]!;
		await page
			.locator(`.entity-relation-list a[href="${sentencePath(locale, first.measure, first.sentence)}"]`)
			.first()
			.click();
		await expect(page).toHaveURL(new RegExp(`${sentencePath(locale, first.measure, first.sentence)}$`));
		await expect(page.locator(`#${first.sentence}`)).toContainText(first.evidence.slice(0, 4));
	});
}

for (const locale of ['zh', 'en'] as const)
	test(`${locale}: every sentence that names it is quoted by measure, the name marked, linked to the sentence`, async ({
		page,
	}) => {
		await page.goto(entityPath(locale, ID));
		const forms = [entity.term.zh, ...entity.term.aliases];
		// Every sentence of the plan whose Chinese uses one of its names (北交所北京基地 and the like are other entities).
		const others = data.entities
			.filter((e) => e.id !== ID)
			.flatMap((e) => [e.term.zh, ...e.term.aliases])
			.filter((f) => forms.some((mine) => f.includes(mine) && f !== mine));
		const expected = named.flatMap((n) =>
			measure(n).sentences.flatMap((s, i) => {
				let rest = s.zh;
				for (const f of others) rest = rest.split(f).join('');
				return forms.some((f) => rest.includes(f)) ? [{ n, s: `s${i + 1}` }] : [];
			}),
		);
		const quotes = page.locator('.entity-quotes .entity-quote-list > li');
		await expect(quotes).toHaveCount(expected.length);
		for (const [i, q] of expected.entries()) {
			const item = quotes.nth(i);
			await expect(item.locator(`a[href="${sentencePath(locale, q.n, q.s)}"]`)).toBeVisible();
			const marks = await item.locator('blockquote[lang="zh-CN"] mark').allTextContents();
			expect(marks.length).toBeGreaterThan(0);
			for (const m of marks) expect(forms).toContain(m);
			// The English page quotes its translation first, the name marked where the translation gives it.
			if (locale === 'en') await expect(item.locator('blockquote[lang="en"] mark').first()).toBeVisible();
		}
	});

test('the language switch leads to the twin entity page and back', async ({ page }) => {
	await page.goto(entityPath('zh', ID));
	await page.getByRole('combobox', { name: '选择语言' }).selectOption({ label: 'English' });
	await expect(page).toHaveURL(new RegExp(`${entityPath('en', ID)}$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(entity.term.en);
	await page.getByRole('combobox', { name: 'Select language' }).selectOption({ label: '简体中文' });
	await expect(page).toHaveURL(new RegExp(`${entityPath('zh', ID)}$`));
});

test("a measure page's entity panel links the name to the entity page, and keeps a link to the diagram", async ({
	page,
}) => {
	const n = named[0]!;
	for (const locale of ['zh', 'en'] as const) {
		await page.goto(measurePath(locale, n));
		const panel = page.locator('.measure-entities');
		await expect(
			panel.getByRole('link', { name: locale === 'zh' ? entity.term.zh : entity.term.en, exact: true }),
		).toHaveAttribute('href', entityPath(locale, ID));
		await expect(panel.locator(`a.measure-entity-diagram[href*="focus=${ID}"]`)).toHaveCount(1);
	}
	await page.goto(measurePath('zh', n));
	await page.locator('.measure-entities').getByRole('link', { name: entity.term.zh, exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`${entityPath('zh', ID)}$`));
});

test('the glossary entry of an entity links to its page, and the index lists it', async ({ page }) => {
	await page.goto('/en/glossary/');
	await page
		.locator(`#${termAnchor(ID)}`)
		.getByRole('link', { name: 'Its role in the plan' })
		.click();
	await expect(page).toHaveURL(new RegExp(`${entityPath('en', ID)}$`));
	await page.goto('/entities/');
	await expect(page.getByRole('link', { name: entity.term.zh, exact: true })).toHaveAttribute(
		'href',
		entityPath('zh', ID),
	);
});
