import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { pageFromHtml } from '../../scripts/lib/site/site.ts';
import {
	checkDiagramPages,
	checkEntityPages,
	checkOpenData,
	checkTranslationNotices,
} from '../../scripts/lib/site/static-pages.ts';
import { buildPlan } from '../../src/lib/plan.ts';
import type { DocumentFile } from '../../src/lib/schema.ts';

const lines = (problems: { file: string; measure?: number; message: string }[]) =>
	problems.map((p) => `${p.file}: ${p.measure ?? '-'}: ${p.message}`);
const document = {
	tasks: { part: '三', title: { zh: '主要任务' }, groups: [{ id: '一', title: { zh: '组' } }] },
	safeguards: { part: '四', title: { zh: '保障措施' } },
} as unknown as DocumentFile;
const plan = buildPlan(document, [
	{ measure: 1, part: '三', group: '一', sentences: [{ zh: '银行提供贷款。', en: 'Banks lend.' }] },
	{ measure: 2, part: '三', group: '一', sentences: [{ zh: '发行债券。', en: 'Issue bonds.' }] },
]);
const page = (url: string, main: string) =>
	pageFromHtml(url, `<!DOCTYPE html><html><body><main>${main}</main></body></html>`, `dist${url}index.html`);
const OFFICIAL = 'https://www.beijing.gov.cn/x.html';
const notice = (zh: string) =>
	`<aside class="translation-notice"><a href="${zh}">Chinese</a> <a href="${OFFICIAL}">source</a></aside>`;

test('translation notices: present with both links passes; missing or without the Chinese link is reported', () => {
	assert.deepEqual(
		lines(
			checkTranslationNotices(
				[page('/en/measures/1/', notice('/measures/1/')), page('/en/measures/2/', notice('/measures/2/'))],
				plan,
				OFFICIAL,
			),
		),
		[],
	);
	assert.deepEqual(
		lines(
			checkTranslationNotices(
				[page('/en/measures/1/', notice('/measures/9/')), page('/en/measures/2/', '<p>text</p>')],
				plan,
				OFFICIAL,
			),
		),
		[
			'dist/en/measures/1/index.html: 1: the translation notice lacks links to /measures/1/',
			'dist/en/measures/2/index.html: 2: has no unofficial-translation notice',
		],
	);
});

test('diagram pages: one drawn diagram, its node, edge and row counts are compared with the data', () => {
	const svg = (nodes: number, edges: number) =>
		`<svg class="diagram-svg"><g>${'<a class="dg-edge"></a>'.repeat(edges)}</g><g>${'<a class="dg-node"></a>'.repeat(nodes)}</g></svg>`;
	const diagram = (nodes: number, edges: number, rows: number, copies = 1) =>
		`<figure class="diagram"><div data-diagram-view>${svg(nodes, edges).repeat(copies)}</div>` +
		`<template>${svg(1, 1)}</template></figure>` +
		`<table class="diagram-table"><tbody>${'<tr><td>x</td></tr>'.repeat(rows)}</tbody></table>`;
	const counts = { nodes: 3, edges: 2, entities: 4 };
	assert.deepEqual(
		lines(checkDiagramPages([page('/diagram/', diagram(3, 2, 4)), page('/en/diagram/', diagram(3, 2, 4))], counts)),
		[],
	);
	assert.deepEqual(
		lines(checkDiagramPages([page('/diagram/', diagram(2, 1, 3)), page('/en/diagram/', diagram(3, 2, 4, 2))], counts)),
		[
			'dist/diagram/index.html: -: has 2 nodes in the diagram, the data has 3',
			'dist/diagram/index.html: -: has 1 edges in the diagram, the data has 2',
			'dist/diagram/index.html: -: has 3 text-version rows, the data has 4',
			'dist/en/diagram/index.html: -: has 2 diagrams, the data has 1',
			'dist/en/diagram/index.html: -: has 6 nodes in the diagram, the data has 3',
			'dist/en/diagram/index.html: -: has 4 edges in the diagram, the data has 2',
		],
	);
	assert.deepEqual(lines(checkDiagramPages([page('/diagram/', diagram(3, 2, 4))], counts)), [
		'dist/en/diagram/index.html: -: was not built',
	]);
});

test('entity pages: the neighbourhood drawn where there is a relation, and every quote, in both languages', () => {
	const html = (nodes: number, edges: number, quotes: number) =>
		(nodes
			? `<figure class="diagram diagram-entity"><svg class="diagram-svg">${'<a class="dg-edge"></a>'.repeat(edges)}${'<a class="dg-node"></a>'.repeat(nodes)}</svg></figure>`
			: '') +
		`<section class="entity-quotes"><ul class="entity-quote-list">${'<li>q</li>'.repeat(quotes)}</ul></section>`;
	const expected = [
		{ id: 'bank', nodes: 2, edges: 1, quotes: 3 },
		{ id: 'alone', nodes: 0, edges: 0, quotes: 1 },
	];
	const pages = [
		page('/entities/bank/', html(2, 1, 3)),
		page('/en/entities/bank/', html(2, 1, 2)),
		page('/entities/alone/', html(0, 0, 1)),
	];
	assert.deepEqual(lines(checkEntityPages(pages, expected)), [
		'dist/en/entities/bank/index.html: -: has 2 quoted sentences, the data has 3',
		'dist/en/entities/alone/index.html: -: was not built',
	]);
});

test('open data: every file parses and opens with its header; wrong evidence, counts and CSV rows are reported', () => {
	const dist = mkdtempSync(path.join(tmpdir(), 'open-data-'));
	mkdirSync(path.join(dist, 'data'));
	const write = (name: string, text: string) => writeFileSync(path.join(dist, 'data', name), text);
	const site = { dist, pages: [], files: new Set<string>() };
	const head = { licence: {}, version: {}, source: {} };
	const counts = { measures: 2, entities: 2, relations: 1, terms: 3 };
	const good = () => {
		write('graph.json', JSON.stringify({ ...head, edges: [{ measure: 1, evidence: '银行提供贷款' }] }));
		write('measures.json', JSON.stringify({ ...head, measures: [{ number: 1 }, { number: 2 }] }));
		write('measures.csv', '"number","text"\r\n"1","a\r\nb"\r\n"2",""\r\n');
		write(
			'relations.json',
			JSON.stringify({ ...head, entities: [{}, {}], relations: [{ measure: 2, evidence: '发行债券' }] }),
		);
		write('relations.csv', '"source"\r\n"bank"\r\n');
		write('entities.csv', '"id"\r\n"bank"\r\n"bond"\r\n');
		write('glossary.json', JSON.stringify({ ...head, terms: [{}, {}, {}] }));
		write('glossary.csv', '"id"\r\n"a"\r\n"b"\r\n"c"\r\n');
	};
	good();
	assert.deepEqual(lines(checkOpenData(site, plan, counts)), []);
	write('graph.json', JSON.stringify({ ...head, edges: [{ measure: 2, evidence: '银行提供贷款' }] }));
	write('measures.json', JSON.stringify({ licence: {}, measures: [{ number: 1 }] }));
	write('measures.csv', '"number"\r\n"1"\r\n');
	write(
		'relations.json',
		JSON.stringify({ ...head, entities: [{}], relations: [{ measure: 1, evidence: '发行债券' }] }),
	);
	write('glossary.json', '{');
	write('glossary.csv', '"id"\r\n"a"\r\n');
	assert.deepEqual(lines(checkOpenData(site, plan, counts)), [
		`${dist}/data/graph.json: -: evidence 「银行提供贷款」 is not in measure 2`,
		`${dist}/data/measures.json: -: lacks version, source`,
		`${dist}/data/measures.json: -: lists measures 1`,
		`${dist}/data/relations.json: -: has 1 entities, expected 2`,
		`${dist}/data/relations.json: -: evidence 「发行债券」 is not in measure 1`,
		`${dist}/data/glossary.json: -: cannot be read: Expected property name or '}' in JSON at position 1 (line 1 column 2)`,
		`${dist}/data/measures.csv: -: has 2 records, expected a header and 2 rows (measures)`,
		`${dist}/data/glossary.csv: -: has 2 records, expected a header and 3 rows (glossary terms)`,
	]);
});
