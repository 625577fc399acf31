import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkMeasureCitations } from '../../scripts/lib/site/citations.ts';
import { pageFromHtml } from '../../scripts/lib/site/site.ts';

const OFFICIAL = 'https://www.beijing.gov.cn/x.html';
const facts = {
	measures: [1],
	docNumber: { zh: '京政办发〔2023〕23号', en: 'Jing Zheng Ban Fa [2023] No. 23' },
	officialUrl: OFFICIAL,
};
const lines = (problems: { file: string; measure?: number; message: string }[]) =>
	problems.map((p) => `${p.file}: ${p.measure ?? '-'}: ${p.message}`);

const provenance = (doc = '京政办发〔2023〕23号', href = OFFICIAL) =>
	`<p class="measure-provenance"><span>${doc}</span> · <a href="${href}">official</a></p>`;
const citation = (permalink?: string) =>
	`<section class="measure-citation"><h2>Cite</h2>${permalink ? `<a data-permalink href="${permalink}">${permalink}</a>` : ''}</section>`;
const page = (url: string, main: string, canonical = `https://x.org${url}`) =>
	pageFromHtml(
		url,
		`<!DOCTYPE html><html><head><link rel="canonical" href="${canonical}"></head><body><main>${main}</main></body></html>`,
		`dist${url}index.html`,
	);

test('measure pages with the provenance line and a permalink equal to the canonical URL pass', () => {
	const pages = [
		page('/measures/1/', provenance() + citation('https://x.org/measures/1/')),
		page('/en/measures/1/', provenance('Jing Zheng Ban Fa [2023] No. 23') + citation('https://x.org/en/measures/1/')),
	];
	assert.deepEqual(checkMeasureCitations(pages, facts), []);
});

test('a missing provenance line, a wrong document number or source, and a wrong or missing permalink are reported', () => {
	const pages = [
		page('/measures/1/', citation('https://x.org/measures/2/')),
		page('/en/measures/1/', provenance('Jing Zheng Ban Fa [2023] No. 24', 'https://elsewhere.org/') + citation()),
	];
	assert.deepEqual(lines(checkMeasureCitations(pages, facts)), [
		'dist/measures/1/index.html: 1: has no provenance line',
		"dist/measures/1/index.html: 1: the citation's permalink is https://x.org/measures/2/, the canonical URL is https://x.org/measures/1/",
		'dist/en/measures/1/index.html: 1: the provenance line does not give the document number Jing Zheng Ban Fa [2023] No. 23',
		'dist/en/measures/1/index.html: 1: the provenance line does not link to the official page',
		"dist/en/measures/1/index.html: 1: the citation's permalink is missing, the canonical URL is https://x.org/en/measures/1/",
	]);
});

test('a page without a citation section is reported', () => {
	assert.deepEqual(lines(checkMeasureCitations([page('/measures/1/', provenance())], facts)), [
		'dist/measures/1/index.html: 1: has no citation section',
	]);
});
