/**
 * Citing a measure: the "Cite this measure" section on /en/measures/18/ (each style, with and without JavaScript),
 * the RIS, BibTeX and CSL-JSON downloads, and what a printed measure keeps and leaves out.
 */
import { expect, test } from '@playwright/test';
import { siteOrigin } from '../../src/lib/site-config.ts';

const PAGE = '/en/measures/18/';
const URL_EN = new URL(PAGE, siteOrigin).href;
const URL_ZH = new URL('/measures/18/', siteOrigin).href;
const TITLE = '北京市中关村国家自主创新示范区建设科创金融改革试验区实施方案';
/** The access date is the build date: any YYYY-MM-DD. */
const DATE = String.raw`\d{4}-\d{2}-\d{2}`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('the citation section shows each style of measure 18 and the permalink', async ({ page }) => {
	await page.goto(PAGE);
	const section = page.getByRole('region', { name: 'Cite this measure' });
	await expect(section.locator('[data-style="gongwen"] dd')).toHaveText(`《${TITLE}》（京政办发〔2023〕23号）第18项`);
	await expect(section.locator('[data-style="gbt"] dd')).toHaveText(
		new RegExp(
			`^${escape(`北京市人民政府办公厅. ${TITLE}: 京政办发〔2023〕23号[A/OL]. (2023-10-27)[`)}${DATE}${escape(`]. ${URL_ZH}.`)}$`,
		),
	);
	await expect(section.locator('[data-style="english"] dd')).toHaveText(
		"General Office of the Beijing Municipal People's Government, Implementation Plan for Building the Sci-Tech " +
			'Finance Reform Pilot Zone in the Zhongguancun National Independent Innovation Demonstration Zone, Beijing ' +
			`[${TITLE}], Jing Zheng Ban Fa [2023] No. 23, pt. III(3), measure 18 (Oct. 24, 2023) ` +
			`(unofficial translation; the Chinese text prevails), ${URL_EN}.`,
	);
	await expect(section.getByRole('link', { name: URL_EN })).toHaveAttribute('href', URL_EN);
});

test('without JavaScript the citations and the provenance line are in the page', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(PAGE);
	await expect(page.locator('.measure-citation [data-style]')).toHaveCount(3);
	await expect(page.locator('.measure-citation [data-style="english"] dd')).toContainText('measure 18 (Oct. 24, 2023)');
	await expect(page.locator('.measure-provenance')).toContainText('Jing Zheng Ban Fa [2023] No. 23');
	await context.close();
});

test('the downloads return their content type and parse', async ({ page, request }) => {
	await page.goto(PAGE);
	const section = page.locator('.measure-citation');
	const hrefs = await section.locator('a[download]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
	expect(hrefs).toEqual([
		'/cite/measures/18.ris',
		'/cite/measures/18.bib',
		'/cite/measures/18.json',
		'/cite/document.ris',
		'/cite/document.bib',
		'/cite/document.json',
	]);
	const get = async (href: string) => {
		const response = await request.get(href);
		expect(response.status(), href).toBe(200);
		return { type: response.headers()['content-type'] ?? '', text: await response.text() };
	};
	const risFile = await get('/cite/measures/18.ris');
	expect(risFile.text).toMatch(/^TY {2}- LEGAL\r?\n/);
	expect(risFile.text).toContain(`TI  - ${TITLE}`);
	expect(risFile.text).toContain(`UR  - ${URL_ZH}`);
	expect(risFile.text).toMatch(/ER {2}- ?\s*$/);
	const bib = await get('/cite/measures/18.bib');
	expect(bib.text).toMatch(/^@misc\{jzbf202323m18,\n[\s\S]*\n\}\s*$/);
	expect(bib.text).toContain(`title = {${TITLE}}`);
	const json = await get('/cite/measures/18.json');
	expect(json.type).toMatch(/^application\/json/);
	const items = JSON.parse(json.text) as { id: string; URL: string; number: string }[];
	expect(items.map((i) => [i.id, i.URL, i.number])).toEqual([['jzbf-2023-23-m18', URL_ZH, '京政办发〔2023〕23号']]);
	const doc = JSON.parse((await get('/cite/document.json')).text) as { id: string }[];
	expect(doc.map((i) => i.id)).toEqual(['jzbf-2023-23']);
});

test('print: the text with sentence numbers, the provenance line and permalink; no navigation, search or toggle', async ({
	page,
}) => {
	await page.goto(PAGE);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.measure-provenance')).toBeVisible();
	await expect(page.locator('.measure-provenance')).toContainText('Unofficial translation, last revised');
	await expect(page.locator('.measure-citation a[data-permalink]')).toBeVisible();
	await expect(page.locator('.measure-citation .cite-accessed')).toBeVisible();
	await expect(page.locator('.measure-citation .cite-styles')).toBeHidden();
	for (const selector of [
		'header.header',
		'nav.sidebar',
		'site-search',
		'.twin-toggle',
		'.pagination-links',
		'.sentence-link',
	])
		for (const el of await page.locator(selector).all()) await expect(el, selector).toBeHidden();
	const number = await page.locator('#s3').evaluate((el) => getComputedStyle(el, '::before').content);
	expect(number).toContain('counter(sentence)');
	await expect(page.locator('#s3 .twin')).toBeHidden();
});

test('print with side-by-side on: both languages print', async ({ page }) => {
	await page.goto(PAGE);
	await page.getByLabel('Show the Chinese text beside each sentence').check();
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('#s3 .primary')).toBeVisible();
	await expect(page.locator('#s3 .twin')).toBeVisible();
	await expect(page.locator('.twin-toggle')).toBeHidden();
});
