/**
 * The full text (/full/, /en/full/) as a reader gets it: every sentence readable without JavaScript, side-by-side
 * reading by the toggle, print without the site's chrome, a PDF printed by the browser that holds every measure's
 * number and title and the document's facts, the way from a measure page's sentence to the same sentence on the full
 * text and back, and a 390 px phone. Expectations come from the data (src/lib/sentences.ts, the plan).
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { measureLabel, type Locale } from '../../src/lib/labels.ts';
import { absoluteUrl, fullPath, fullTextPrefix, measurePath, sentenceId } from '../../src/lib/locale.ts';
import { planSentences } from '../../src/lib/sentences.ts';
import { siteOrigin } from '../../src/lib/site-config.ts';
import { readUiStrings } from '../../src/data/read.ts';
import { data, plan } from './fixtures.ts';

const strings = readUiStrings(process.cwd());
const sentences = planSentences(plan).map((s) => ({
	...s,
	id: sentenceId(s.place.sentence - 1, fullTextPrefix(s.place)),
}));
const LOCALES = ['zh', 'en'] as const satisfies readonly Locale[];
/** What the page shows for a sentence: its text in the page's language, Chinese while untranslated. */
const shown = (s: (typeof sentences)[number], locale: Locale) => (s[locale] ?? s.zh).replace(/\s+/g, ' ').trim();
/** Every sentence's shown text on the page, by its id, as a reader sees it (innerText: hidden parts left out). */
const readSentences = (page: Page) =>
	page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('.full-text .sentence')].map((el) => {
			// A translator's note reference ("1") ends some English sentences: not the sentence's text.
			const text = el.querySelector<HTMLElement>('.primary')!.innerText;
			const ref = el.querySelector<HTMLElement>('.primary .note-ref')?.innerText;
			return {
				id: el.id,
				text: (ref ? text.slice(0, text.lastIndexOf(ref)) : text).replace(/\s+/g, ' ').trim(),
				visible: el.checkVisibility(),
			};
		}),
	);

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	for (const locale of LOCALES)
		test(`${fullPath(locale)} shows every sentence of the plan once, in order, with its anchor`, async ({ page }) => {
			await page.goto(fullPath(locale));
			const found = await readSentences(page);
			expect(found.map((f) => f.id)).toEqual(sentences.map((s) => s.id));
			expect(found).toEqual(sentences.map((s) => ({ id: s.id, text: shown(s, locale), visible: true })));
			for (const m of plan.measures)
				await expect(page.locator(`#m${m.number} a`)).toHaveText(
					measureLabel(strings[locale], locale, m.number, m.title),
				);
		});

	test('the side-by-side toggle shows the twin of every sentence without JavaScript', async ({ page }) => {
		await page.goto('/en/full/');
		await expect(page.locator('#m18-s3 .twin')).toBeHidden();
		await page.getByLabel('Show the Chinese text beside each sentence').check();
		const twins = await page
			.locator('.full-text .sentence .twin')
			.evaluateAll((els) => els.map((el) => (el as HTMLElement).checkVisibility()));
		expect(twins.length).toBe(sentences.filter((s) => s.en).length);
		expect(twins.every(Boolean)).toBe(true);
		await expect(page.locator('#m18-s3 .twin')).toHaveText(sentences.find((s) => s.id === 'm18-s3')!.zh);
	});

	test('a full-text handle leads to its sentence on the measure page; the measure page leads back to its heading', async ({
		page,
	}) => {
		await page.goto('/full/#m18-s3');
		await page.locator('#m18-s3 .sentence-link').click();
		await expect(page).toHaveURL(/\/measures\/18\/#s3$/);
		await expect(page.locator('#s3')).toBeInViewport();
		await page.locator('.measure-provenance a', { hasText: '在全文中阅读' }).click();
		await expect(page).toHaveURL(/\/full\/#m18$/);
		await expect(page.locator('#m18')).toBeInViewport();
	});
});

test('round trip with JavaScript: a measure sentence’s menu opens it in the full text, whose menu opens it on its page', async ({
	page,
}) => {
	await page.goto('/en/measures/18/');
	await page.locator('#s3 .sentence-link').click();
	await page.getByRole('link', { name: 'Show this sentence in the full text' }).click();
	await expect(page).toHaveURL(/\/en\/full\/#m18-s3$/);
	const target = page.locator('#m18-s3');
	await expect(target).toBeInViewport();
	expect(await target.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
	await target.locator('.sentence-link').click();
	await expect(page.getByRole('button', { name: 'Copy the link to this sentence' })).toBeVisible();
	await page.getByRole('link', { name: 'Open this sentence on its own page' }).click();
	await expect(page).toHaveURL(/\/en\/measures\/18\/#s3$/);
	await expect(page.locator('#s3')).toBeInViewport();
});

test('a section page’s sentence menu opens the same sentence in the full text', async ({ page }) => {
	await page.goto('/goals/');
	await page.locator('#goal-2-s1 .sentence-link').click();
	await page.getByRole('link', { name: '在全文中查看本句' }).click();
	await expect(page).toHaveURL(/\/full\/#goal-2-s1$/);
	await expect(page.locator('#goal-2-s1')).toBeInViewport();
});

test('print: the title block and the text; no header, sidebar, search, menus, toggle, handles or hints', async ({
	page,
}) => {
	await page.goto('/full/');
	await page.emulateMedia({ media: 'print' });
	for (const selector of ['main h1', '.full-facts', '.full-toc', '#m18-s3 .primary'])
		await expect(page.locator(selector).first(), selector).toBeVisible();
	for (const selector of [
		'header.header',
		'#starlight__sidebar',
		'site-search',
		'starlight-theme-select',
		'starlight-lang-select',
		'.twin-toggle',
		'.sentence-link',
		'.full-print-hint',
		'.full-sentence-hint',
		'footer',
	])
		for (const el of await page.locator(selector).all()) await expect(el, selector).toBeHidden();
	const number = await page.locator('#m18-s3').evaluate((el) => getComputedStyle(el, '::before').content);
	expect(number).toContain('counter(sentence)');
});

for (const locale of LOCALES)
	test(`${fullPath(locale)} prints as a PDF with the facts, every measure's number and title, and page numbers`, async ({
		page,
	}, testInfo) => {
		test.setTimeout(60_000);
		await page.goto(fullPath(locale));
		const pdf = await page.pdf({
			format: 'A4',
			margin: { top: '16mm', bottom: '18mm', left: '16mm', right: '16mm' },
			displayHeaderFooter: true,
			headerTemplate: '<span></span>',
			footerTemplate:
				'<div style="width:100%;font-size:8pt;text-align:center">' +
				'<span class="pageNumber"></span> / <span class="totalPages"></span></div>',
		});
		const file = testInfo.outputPath(`full-${locale}.pdf`);
		writeFileSync(file, pdf);
		let text: string;
		try {
			text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
		} catch (error) {
			throw new Error(
				`pdftotext could not read the PDF (${(error as Error).message}): install poppler-utils (Debian: apt-get install poppler-utils)`,
				{ cause: error },
			);
		}
		// Lines wrap anywhere in a PDF, and pdftotext may drop a hyphen at a line's end: compare without either.
		const squeeze = (s: string) => s.replace(/[\s-]+/g, '');
		const flat = squeeze(text);
		const { docNumber, officialUrl } = data.facts[locale];
		for (const fact of [docNumber, officialUrl, absoluteUrl(fullPath(locale), siteOrigin)])
			expect(flat, fact).toContain(squeeze(fact));
		const missing = plan.measures
			.map((m) => measureLabel(strings[locale], locale, m.number, m.title))
			.filter((label) => !flat.includes(squeeze(label)));
		expect(missing).toEqual([]);
		const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
		expect(pages).toBeGreaterThan(3);
		expect(flat).toContain(`1/${pages}`);
		expect(flat).toContain(`${pages}/${pages}`);
		// No site chrome: the search button, the theme menu and the sidebar's tool links are not in the PDF.
		for (const chrome of locale === 'zh' ? ['搜索', '关系图', '开放数据'] : ['Search', 'Relationship diagram'])
			expect(flat, chrome).not.toContain(squeeze(chrome));
	});

for (const locale of LOCALES)
	test(`${fullPath(locale)} at 390 px: no horizontal scroll, side by side too`, async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(fullPath(locale));
		const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(await overflow()).toBeLessThanOrEqual(0);
		await page.locator('#twin-toggle').check();
		expect(await overflow()).toBeLessThanOrEqual(0);
	});

test('the home page, the sidebar and every measure page link to the full text', async ({ page }) => {
	await page.goto('/en/');
	await expect(page.locator('.home-doors a[href="/en/full/"]')).toBeVisible();
	await expect(page.locator('#starlight__sidebar a[href="/en/full/"]')).toHaveText('Full text');
	await page.goto(measurePath('zh', 41));
	await expect(page.locator('.measure-provenance a[href="/full/#m41"]')).toBeVisible();
});
