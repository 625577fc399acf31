import { expect, test } from '@playwright/test';
import { data } from './fixtures.ts';
import { correctionsSlug, localePath, measurePath, ogCardPath } from '../../src/lib/locale.ts';

const { corrections } = data;

for (const locale of ['zh', 'en'] as const)
	test(`the corrections page lists every correction (${locale})`, async ({ page }) => {
		await page.goto(localePath(locale, `${correctionsSlug}/`));
		const items = page.locator('ol.corrections > li');
		await expect(items).toHaveCount(corrections.length);
		// The footer's snapshot text is shown exactly, line breaks kept.
		const footer = corrections.find((c) => c.id === 'page-footer')!;
		await expect(page.locator(`#correction-${footer.id} pre`).first()).toHaveText(footer.snapshot, {
			useInnerText: true,
		});
	});

test('a measure page carries Legislation JSON-LD and a share card that is a 1200×630 PNG', async ({
	page,
	request,
}) => {
	await page.goto(measurePath('en', 18));
	const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
	const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '') as {
		'@type': string;
		url: string;
		position: number;
	};
	expect(ld['@type']).toBe('Legislation');
	expect(ld.url).toBe(canonical);
	expect(ld.position).toBe(18);
	await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /^Measure 18: /);
	await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
	const image = await page.locator('meta[property="og:image"]').getAttribute('content');
	expect(new URL(image!).pathname).toBe(ogCardPath('en', 18));
	const response = await request.get(new URL(image!).pathname);
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toBe('image/png');
	const png = await response.body();
	expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
	expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
});
