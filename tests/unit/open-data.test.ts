/** The open data files on the pinned fixture: exact records, exact CSV text. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Graph } from '../../src/diagram/model.ts';
import { graphJson, measuresCsv, measuresJson, toCsv } from '../../src/lib/open-data.ts';
import { resolveEntities } from '../../src/lib/entities.ts';
import { buildPlan } from '../../src/lib/plan.ts';
import { fixtureContext, measureRecord } from './helpers.ts';

/** A two-measure plan: measure 1 (task group （一）, translated) and measure 4 (part 四, one sentence untranslated). */
function twoMeasures() {
	const ctx = fixtureContext();
	delete measureRecord(ctx, 4).data.sentences[1]!.en;
	const measures = [measureRecord(ctx, 1).data, measureRecord(ctx, 4).data];
	const plan = buildPlan(ctx.document, measures);
	return measuresJson(plan, resolveEntities(ctx.entities, ctx.glossary, measures), 'https://example.org');
}

test('toCsv quotes every field, doubles quotes and keeps line breaks inside fields', () => {
	assert.equal(
		toCsv([
			['a', 'say "hi"', null, 3],
			['x\ny', '', '中文', 0],
		]),
		'\uFEFF"a","say ""hi""","","3"\r\n"x\ny","","中文","0"\r\n',
	);
});

test('measures.json: each measure with its sentences, anchors, both languages, URLs and entities', () => {
	const { licence, measures } = twoMeasures();
	assert.equal(licence.url, 'https://creativecommons.org/licenses/by/4.0/');
	assert.deepEqual(measures, [
		{
			number: 1,
			part: '三',
			group: '一',
			title: { zh: '加大信贷支持', en: 'Increase credit support' },
			text: {
				zh: '加大信贷支持。引导银行机构发展知识产权质押融资。',
				en: 'Increase credit support. Guide banking institutions to develop IP pledge financing.',
			},
			sentences: [
				{ id: 's1', zh: '加大信贷支持。', en: 'Increase credit support.' },
				{
					id: 's2',
					zh: '引导银行机构发展知识产权质押融资。',
					en: 'Guide banking institutions to develop IP pledge financing.',
				},
			],
			url: { zh: 'https://example.org/measures/1/', en: 'https://example.org/en/measures/1/' },
			entities: ['banking-institutions', 'ip-pledge-financing'],
		},
		{
			number: 4,
			part: '四',
			group: null,
			title: { zh: '加强组织保障', en: 'Strengthen organizational safeguards' },
			text: { zh: '加强组织保障。成立工作专班。', en: null },
			sentences: [
				{ id: 's1', zh: '加强组织保障。', en: 'Strengthen organizational safeguards.' },
				{ id: 's2', zh: '成立工作专班。', en: null },
			],
			url: { zh: 'https://example.org/measures/4/', en: 'https://example.org/en/measures/4/' },
			entities: ['special-working-group'],
		},
	]);
});

test('measures.csv: a header and one row per measure', () => {
	assert.equal(
		measuresCsv(twoMeasures().measures),
		'\uFEFF' +
			'"number","part","group","title_zh","title_en","text_zh","text_en","sentence_count","url_zh","url_en","entities"\r\n' +
			'"1","三","一","加大信贷支持","Increase credit support","加大信贷支持。引导银行机构发展知识产权质押融资。",' +
			'"Increase credit support. Guide banking institutions to develop IP pledge financing.","2",' +
			'"https://example.org/measures/1/","https://example.org/en/measures/1/","banking-institutions ip-pledge-financing"\r\n' +
			'"4","四","","加强组织保障","Strengthen organizational safeguards","加强组织保障。成立工作专班。","","2",' +
			'"https://example.org/measures/4/","https://example.org/en/measures/4/","special-working-group"\r\n',
	);
});

test('graph.json: nodes without their layout groups, a measure number only on measures, edges with evidence', () => {
	const graph: Graph = {
		nodes: [
			{ id: 'measure-1', type: 'measure', name: { zh: '甲', en: 'A' }, aliases: [], groups: ['三-一'], measure: 1 },
			{ id: 'bse', type: 'market', name: { zh: '北京证券交易所', en: 'BSE' }, aliases: ['北交所'], groups: ['三-一'] },
		],
		edges: [
			{ source: 'measure-1', target: 'bse', kind: 'mentions', measure: 1, sentence: 's2', evidence: '支持北交所' },
			{
				source: 'bse',
				target: 'bse',
				kind: 'serves',
				measure: 1,
				sentence: 's3',
				evidence: '北交所',
				strength: 'studied',
			},
		],
	};
	const { licence, ...rest } = graphJson(graph);
	assert.equal(licence.url, 'https://creativecommons.org/licenses/by/4.0/');
	assert.deepEqual(rest, {
		nodes: [
			{ id: 'measure-1', type: 'measure', name: { zh: '甲', en: 'A' }, aliases: [], measure: 1 },
			{ id: 'bse', type: 'market', name: { zh: '北京证券交易所', en: 'BSE' }, aliases: ['北交所'] },
		],
		edges: [
			{ source: 'measure-1', target: 'bse', kind: 'mentions', measure: 1, sentence: 's2', evidence: '支持北交所' },
			{
				source: 'bse',
				target: 'bse',
				kind: 'serves',
				measure: 1,
				sentence: 's3',
				evidence: '北交所',
				strength: 'studied',
			},
		],
	});
});
