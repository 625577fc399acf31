/** A measure's explainer as a reader gets it: each offer's status in words, who provides it, the statuses' legend. */
import { expect, test } from '@playwright/test';

test('measure 20: a platform to be built says 待落实, one that exists 已有, and banks are named as the provider', async ({
	page,
}) => {
	await page.goto('/measures/20/');
	const offers = page.locator('.explainer-offers > li');
	const offer = (text: string) => offers.filter({ hasText: text });
	await expect(offer('全市统一的供应链金融公共服务平台').locator('.status')).toHaveText('待落实');
	await expect(offer('北京小微企业金融综合服务平台').locator('.status')).toHaveText('已有');
	const from = offer('供应链票据贴现').locator('.offer-from');
	await expect(from).toHaveText('提供方：银行机构');
	await expect(from.getByRole('link', { name: '银行机构' })).toHaveAttribute('href', '/entities/banking-institution/');
	// An offer whose relations name no provider says nothing about one.
	await expect(offer('全市统一的供应链金融公共服务平台').locator('.offer-from')).toHaveCount(0);
	await page.getByRole('link', { name: '各状态的含义' }).click();
	await expect(page).toHaveURL(/\/finder\/#statuses$/);
	const legend = page.locator('.status-legend');
	await expect(legend.locator('dt')).toHaveText(['已有', '待落实', '鼓励、支持', '探索、研究']);
});

test('in English the statuses read In place / To be done, and the provider is linked to its entity page', async ({
	page,
}) => {
	await page.goto('/en/measures/20/');
	const offers = page.locator('.explainer-offers > li');
	await expect(offers.filter({ hasText: 'A single citywide supply chain' }).locator('.status')).toHaveText(
		'To be done',
	);
	await expect(offers.filter({ hasText: 'Loan service centers' }).locator('.status')).toHaveText('In place');
	const from = offers.filter({ hasText: 'bill discounting' }).locator('.offer-from a');
	await expect(from).toHaveAttribute('href', '/en/entities/banking-institution/');
});
