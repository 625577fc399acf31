import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkMeasurePages, checkReadableText, runTogether, visibleText } from '../../scripts/lib/site/reading.ts';
import { pageFromHtml } from '../../scripts/lib/site/site.ts';
import { buildPlan } from '../../src/lib/plan.ts';
import type { DocumentFile } from '../../src/lib/schema.ts';

const lines = (problems: { file: string; measure?: number; message: string }[]) =>
	problems.map((p) => `${p.file}: ${p.measure ?? '-'}: ${p.message}`);

const sentence = (id: string, primary: string, twin: string, lang = 'en', twinLang = 'zh-CN') =>
	`<span class="sentence" id="${id}"><span class="primary" lang="${lang}">${primary}</span>` +
	`<span class="twin" lang="${twinLang}">${twin}</span>` +
	`<a class="sentence-link" href="#${id}"><span aria-hidden="true">#</span><span class="sr-only">Link to sentence</span></a></span>`;

const page = (url: string, lang: string, h1: string, body: string, nav = '') =>
	pageFromHtml(
		url,
		`<!DOCTYPE html><html lang="${lang}"><head><title>t</title></head><body><main><h1>${h1}</h1>` +
			`<section class="measure-text"><div class="plan-text"><p class="plan-paragraph">${body}</p></div></section>${nav}</main></body></html>`,
		`dist${url}index.html`,
	);

test('visible text leaves out hidden twins and screen-reader labels and keeps block elements apart', () => {
	const p = page('/en/x/', 'en', 'T', `${sentence('s1', 'One.', '一。')} ${sentence('s2', 'Two.', '二。')}`);
	assert.equal(visibleText(p.root.querySelector('main')!), 'T One. Two.');
});

test('run-together sentences are found, spaced ones and abbreviations are not', () => {
	assert.deepEqual(runTogether('the guarantee system.Make good use of it'), ['rantee system.Make good use ']);
	assert.deepEqual(runTogether('below 1%.Continue to'), ['below 1%.Continue to']);
	assert.deepEqual(runTogether('system. Make good use; No. 23 of U.S. law'), []);
});

test('an English page whose sentences run together is reported with the place; Chinese pages are not checked', () => {
	const en = page(
		'/en/measures/1/',
		'en',
		'T',
		sentence('s1', 'One thing.', '一。') + sentence('s2', 'Another thing.', '二。'),
	);
	const zh = page(
		'/measures/1/',
		'zh-CN',
		'T',
		sentence('s1', '一。', 'One.', 'zh-CN', 'en') + sentence('s2', '二。', 'Two.', 'zh-CN', 'en'),
	);
	assert.deepEqual(lines(checkReadableText([en, zh])), [
		'dist/en/measures/1/index.html: -: two sentences run together without a space: "…T One thing.Another thing.…"',
	]);
});

const document = {
	tasks: { part: '三', title: { zh: '主要任务' }, groups: [{ id: '一', title: { zh: '组' } }] },
	safeguards: { part: '四', title: { zh: '保障措施' } },
} as unknown as DocumentFile;
const plan = buildPlan(document, [
	{
		measure: 1,
		part: '三',
		group: '一',
		sentences: [
			{ zh: '甲。', en: 'A.' },
			{ zh: '乙。', en: 'B.' },
		],
	},
	{ measure: 2, part: '三', group: '一', sentences: [{ zh: '丙。', en: 'C.' }] },
]);
const nav = (prev?: string, next?: string) =>
	`${prev ? `<a rel="prev" href="${prev}">p</a>` : ''}${next ? `<a rel="next" href="${next}">n</a>` : ''}`;

test('measure pages that show the data in both languages, with ids and neighbours, pass', () => {
	const pages = [
		page(
			'/measures/1/',
			'zh-CN',
			'甲',
			sentence('s1', '甲。', 'A.', 'zh-CN', 'en') + sentence('s2', '乙。', 'B.', 'zh-CN', 'en'),
			nav('/tasks/1/', '/measures/2/'),
		),
		page(
			'/en/measures/1/',
			'en',
			'A',
			`${sentence('s1', 'A.', '甲。')} ${sentence('s2', 'B.', '乙。')}`,
			nav('/en/tasks/1/', '/en/measures/2/'),
		),
		page('/measures/2/', 'zh-CN', '丙', sentence('s1', '丙。', 'C.', 'zh-CN', 'en'), nav('/measures/1/')),
		page('/en/measures/2/', 'en', 'C', sentence('s1', 'C.', '丙。'), nav('/en/measures/1/')),
	];
	assert.deepEqual(lines(checkMeasurePages(pages, plan)), []);
});

test('a changed sentence, a missing id, a wrong lang, a wrong title and a wrong neighbour are each reported', () => {
	const pages = [
		page(
			'/measures/1/',
			'zh-CN',
			'甲乙',
			sentence('s1', '甲。', 'A.', 'zh-CN', 'en') + sentence('s3', '乙！', 'B.', 'zh-CN', 'en'),
			nav('/tasks/1/', '/measures/3/'),
		),
		page(
			'/en/measures/1/',
			'zh-CN',
			'A',
			`${sentence('s1', 'A.', '甲。')} ${sentence('s2', 'B.', '乙。')}`,
			nav('/en/tasks/1/', '/en/measures/2/'),
		),
		page('/measures/2/', 'zh-CN', '丙', sentence('s1', '丙。', 'C.', 'zh-CN', 'en'), nav('/measures/1/')),
	];
	assert.deepEqual(lines(checkMeasurePages(pages, plan)), [
		'dist/measures/1/index.html: 1: the h1 is "甲乙", the data\'s title is "甲"',
		'dist/measures/1/index.html: 1: sentence ids are s1 s3, expected s1 s2',
		"dist/measures/1/index.html: 1: sentence s2 does not show the data's text",
		'dist/measures/1/index.html: 1: "next" links to /measures/3/, expected /measures/2/',
		'dist/en/measures/1/index.html: 1: <html lang> is not en',
		'dist/en/measures/2/index.html: 2: /en/measures/2/ was not built',
	]);
});
