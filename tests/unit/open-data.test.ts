/** The open data files on the pinned fixture: exact records, exact CSV text. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Graph } from '../../src/diagram/model.ts';
import { HEADER_FIELDS, OPEN_DATA_FILES } from '../../src/lib/open-data-fields.ts';
import {
	dataHeader,
	relationsJson,
	entityRecords,
	entityTypes,
	glossaryJson,
	graphJson,
	measuresJson,
	relationRecords,
	termRecords,
} from '../../src/lib/open-data.ts';
import { entitiesCsv, glossaryCsv, measuresCsv, relationsCsv, toCsv } from '../../src/lib/open-data-csv.ts';
import { resolveEntities } from '../../src/lib/entities.ts';
import { buildPlan } from '../../src/lib/plan.ts';
import { ENTITY_TYPES, TERM_CATEGORIES } from '../../src/lib/schema.ts';
import { fixtureContext, liveData, measureRecord } from './helpers.ts';

const ORIGIN = 'https://example.org';
const VERSION = { date: '2026-11-28', commit: 'abc1234' };
/** Pinned type and category names: "类型 market" / "Type market". */
const STRINGS = {
	zh: Object.fromEntries([
		...ENTITY_TYPES.map((t) => [`type.${t}`, `类型 ${t}`]),
		...TERM_CATEGORIES.map((c) => [`category.${c}`, `类别 ${c}`]),
	]),
	en: Object.fromEntries([
		...ENTITY_TYPES.map((t) => [`type.${t}`, `Type ${t}`]),
		...TERM_CATEGORIES.map((c) => [`category.${c}`, `Category ${c}`]),
	]),
};
const HEADER = {
	licence: {
		text: 'The official Chinese text is a government document, not subject to copyright (Copyright Law of the PRC, art. 5); it is authoritative. The English translation, summaries and data structure are unofficial and licensed CC BY 4.0.',
		url: 'https://creativecommons.org/licenses/by/4.0/',
		credit:
			'English translation and data: https://example.org/ (unofficial), CC BY 4.0. Chinese text: 北京市人民政府办公厅, 京政办发〔2023〕23号, https://www.beijing.gov.cn/zhengce/example.html',
	},
	version: { date: '2026-11-28', commit: 'abc1234' },
	source: {
		title: { zh: '试验区实施方案', en: 'Pilot Zone Implementation Plan' },
		docNumber: { zh: '京政办发〔2023〕23号', en: 'Jing Zheng Ban Fa [2023] No. 23' },
		issuer: { zh: '北京市人民政府办公厅', en: "General Office of the Beijing Municipal People's Government" },
		date: '2023-10-24',
		officialUrl: 'https://www.beijing.gov.cn/zhengce/example.html',
	},
	site: 'https://example.org/',
};

/** The whole fixture: four measures, four entities, one relation, six glossary terms. */
function fixture() {
	const ctx = fixtureContext();
	return { ctx, plan: ctx.data.plan, data: ctx.data.entityData, entities: ctx.data.entities };
}

/** A two-measure plan: measure 1 (task group （一）, translated) and measure 4 (part 四, one sentence untranslated). */
function twoMeasures() {
	const ctx = fixtureContext();
	delete measureRecord(ctx, 4).data.sentences[1]!.en;
	const measures = [measureRecord(ctx, 1).data, measureRecord(ctx, 4).data];
	const plan = buildPlan(ctx.document, measures);
	// Measure 1 has an explainer; measure 4 none (its fields come out empty).
	const explainers = new Map([
		[
			1,
			{
				summary: { zh: '银行发展知识产权质押融资。', en: 'Banks develop IP pledge financing.' },
				whoActs: null,
				explainer: {
					measure: 1,
					offers: [
						{
							zh: '知识产权质押融资',
							en: 'IP pledge financing',
							status: 'encouraged' as const,
							verb: '引导',
							sentence: 's2',
							evidence: '知识产权质押融资',
						},
					],
					audiences: [{ facet: 'need' as const, id: 'ip', sentence: 's2', evidence: '知识产权质押融资' }],
				},
			},
		],
	]);
	const facets = [{ facet: 'need', id: 'ip', name: { zh: '知识产权融资', en: 'IP financing' } }];
	return measuresJson(
		plan,
		resolveEntities(ctx.entities, ctx.glossary, measures),
		ORIGIN,
		header(ctx),
		explainers,
		facets,
	);
}
const header = (ctx = fixtureContext()) => dataHeader(ctx.document, VERSION, ORIGIN);

test('every JSON file opens with the licence and its credit line, the version and the source document', () => {
	assert.deepEqual(header(), HEADER);
});

test('measures.json: the parts and task groups with their titles, measures and overview pages', () => {
	const { licence, version, source, site, parts, groups } = twoMeasures();
	assert.deepEqual({ licence, version, source, site }, HEADER);
	assert.deepEqual(parts, [
		{ part: '三', title: { zh: '主要任务', en: 'Main Tasks' } },
		{ part: '四', title: { zh: '保障措施', en: 'Safeguards' } },
	]);
	assert.deepEqual(groups, [
		{
			part: '三',
			group: '一',
			title: { zh: '完善科创信贷体系', en: 'Improve the sci-tech credit system' },
			measures: [1],
			url: { zh: 'https://example.org/tasks/1/', en: 'https://example.org/en/tasks/1/' },
		},
		{
			part: '三',
			group: '二',
			title: { zh: '优化科创融资担保体系', en: 'Optimize the sci-tech financing guarantee system' },
			measures: [],
			url: { zh: 'https://example.org/tasks/2/', en: 'https://example.org/en/tasks/2/' },
		},
		{
			part: '四',
			group: null,
			title: { zh: '保障措施', en: 'Safeguards' },
			measures: [4],
			url: { zh: 'https://example.org/safeguards/', en: 'https://example.org/en/safeguards/' },
		},
	]);
});

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
			summary: { zh: '银行发展知识产权质押融资。', en: 'Banks develop IP pledge financing.' },
			whoActs: null,
			offers: [
				{
					zh: '知识产权质押融资',
					en: 'IP pledge financing',
					status: 'encouraged',
					providers: [],
					evidence: '知识产权质押融资',
					sentence: 's2',
				},
			],
			audiences: [{ facet: 'need', id: 'ip', evidence: '知识产权质押融资', sentence: 's2' }],
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
			summary: null,
			whoActs: null,
			offers: [],
			audiences: [],
		},
	]);
});

test('measures.csv: a header and one row per measure, with its offers counted by status', () => {
	assert.equal(
		measuresCsv(twoMeasures().measures),
		'\uFEFF' +
			'"number","part","group","title_zh","title_en","text_zh","text_en","sentence_count","url_zh","url_en","entities",' +
			'"summary_zh","summary_en","offers_in_place","offers_to_be_done","offers_encouraged","offers_studied"\r\n' +
			'"1","三","一","加大信贷支持","Increase credit support","加大信贷支持。引导银行机构发展知识产权质押融资。",' +
			'"Increase credit support. Guide banking institutions to develop IP pledge financing.","2",' +
			'"https://example.org/measures/1/","https://example.org/en/measures/1/","banking-institutions ip-pledge-financing",' +
			'"银行发展知识产权质押融资。","Banks develop IP pledge financing.","0","0","1","0"\r\n' +
			'"4","四","","加强组织保障","Strengthen organizational safeguards","加强组织保障。成立工作专班。","","2",' +
			'"https://example.org/measures/4/","https://example.org/en/measures/4/","special-working-group","","","0","0","0","0"\r\n',
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
	const kinds = fixtureContext().relationKinds.slice(0, 1);
	const { licence, version, source, site, ...rest } = graphJson(graph, header(), kinds, [
		{ id: 'market', label: { zh: '市场', en: 'Markets' } },
	]);
	assert.deepEqual({ licence, version, source, site }, HEADER);
	assert.deepEqual(rest, {
		kinds: [
			{
				id: 'provides',
				label: { zh: '提供', en: 'provides' },
				definition: kinds[0]!.definition,
				reads: { zh: '{source}提供{target}', en: '{source} provides {target}' },
			},
		],
		types: [{ id: 'market', label: { zh: '市场', en: 'Markets' } }],
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

test('relations: both ends named and linked, the kind labelled, the sentence in both languages with its anchor', () => {
	const { ctx, plan, data, entities } = fixture();
	const records = relationRecords(plan, entities, data, ctx.relationKinds, ORIGIN);
	assert.deepEqual(records, [
		{
			source: {
				id: 'banking-institutions',
				name: { zh: '银行机构', en: 'banking institutions' },
				url: {
					zh: 'https://example.org/entities/banking-institutions/',
					en: 'https://example.org/en/entities/banking-institutions/',
				},
			},
			kind: { id: 'provides', label: { zh: '提供', en: 'provides' } },
			target: {
				id: 'ip-pledge-financing',
				name: { zh: '知识产权质押融资', en: 'IP pledge financing' },
				url: {
					zh: 'https://example.org/entities/ip-pledge-financing/',
					en: 'https://example.org/en/entities/ip-pledge-financing/',
				},
			},
			strength: 'encouraged',
			measure: 1,
			sentence: {
				id: 's2',
				zh: '引导银行机构发展知识产权质押融资。',
				en: 'Guide banking institutions to develop IP pledge financing.',
				url: { zh: 'https://example.org/measures/1/#s2', en: 'https://example.org/en/measures/1/#s2' },
			},
			evidence: '引导银行机构发展知识产权质押融资',
		},
	]);
	assert.equal(
		relationsCsv(records),
		'\uFEFF' +
			'"source","source_zh","source_en","kind","kind_zh","kind_en","target","target_zh","target_en","strength",' +
			'"measure","sentence","evidence_zh","sentence_en","sentence_url_zh","sentence_url_en","source_url_zh",' +
			'"source_url_en","target_url_zh","target_url_en"\r\n' +
			'"banking-institutions","银行机构","banking institutions","provides","提供","provides",' +
			'"ip-pledge-financing","知识产权质押融资","IP pledge financing","encouraged","1","s2",' +
			'"引导银行机构发展知识产权质押融资","Guide banking institutions to develop IP pledge financing.",' +
			'"https://example.org/measures/1/#s2","https://example.org/en/measures/1/#s2",' +
			'"https://example.org/entities/banking-institutions/","https://example.org/en/entities/banking-institutions/",' +
			'"https://example.org/entities/ip-pledge-financing/","https://example.org/en/entities/ip-pledge-financing/"\r\n',
	);
});

test('entities.csv: one row per entity with type names, definitions, measures and relation counts', () => {
	const { data, entities } = fixture();
	const csv = entitiesCsv(entityRecords(entities, data, entityTypes(STRINGS), ORIGIN));
	assert.equal(
		csv,
		'\uFEFF' +
			'"id","type","type_zh","type_en","name_zh","name_en","aliases","definition_zh","definition_en","measures",' +
			'"relations_as_source","relations_as_target","url_zh","url_en"\r\n' +
			'"special-working-group","authority","类型 authority","Type authority","工作专班","special working group","",' +
			'"为专项工作设立的工作机制。","A task force set up for one piece of work.","4","0","0",' +
			'"https://example.org/entities/special-working-group/","https://example.org/en/entities/special-working-group/"\r\n' +
			'"banking-institutions","institution","类型 institution","Type institution","银行机构","banking institutions","",' +
			'"银行业金融机构。","Banks and other banking financial institutions.","1","1","0",' +
			'"https://example.org/entities/banking-institutions/","https://example.org/en/entities/banking-institutions/"\r\n' +
			'"ip-pledge-financing","instrument","类型 instrument","Type instrument","知识产权质押融资","IP pledge financing","",' +
			'"以知识产权出质取得的融资。","Financing secured by a pledge of intellectual property.","1","0","1",' +
			'"https://example.org/entities/ip-pledge-financing/","https://example.org/en/entities/ip-pledge-financing/"\r\n' +
			'"digital-rmb","instrument","类型 instrument","Type instrument","数字人民币","e-CNY","",' +
			'"中国人民银行发行的数字形式的法定货币。","The digital form of China\'s legal tender, issued by the PBOC.","2","0","0",' +
			'"https://example.org/entities/digital-rmb/","https://example.org/en/entities/digital-rmb/"\r\n',
	);
});

test('glossary.json and glossary.csv: every term, its entry on the glossary pages and, for an entity, its page', () => {
	const { ctx } = fixture();
	const records = termRecords(ctx.glossary, ctx.entities.entities, ORIGIN);
	const json = glossaryJson(records, header(), [{ id: 'platform', label: { zh: '平台', en: 'Platforms' } }]);
	assert.deepEqual(json.categories, [{ id: 'platform', label: { zh: '平台', en: 'Platforms' } }]);
	assert.equal(json.terms.length, 6);
	assert.deepEqual(json.terms[3], {
		id: 'jingchuangtong',
		category: 'platform',
		zh: '京创通',
		aliases: [],
		en: 'Jingchuangtong',
		enVariants: [],
		definition: {
			zh: '北京的科创企业融资服务平台。',
			en: "Beijing's financing service platform for sci-tech enterprises.",
		},
		note: { zh: null, en: 'A coined name, shown with its Chinese.' },
		entityType: null,
		url: {
			zh: 'https://example.org/glossary/#term-jingchuangtong',
			en: 'https://example.org/en/glossary/#term-jingchuangtong',
		},
		entityUrl: null,
	});
	const lines = glossaryCsv(records.slice(0, 1)).split('\r\n');
	assert.deepEqual(lines, [
		'\uFEFF"id","category","zh","aliases","en","en_variants","definition_zh","definition_en","note_zh","note_en",' +
			'"entity_type","url_zh","url_en","entity_url_zh","entity_url_en"',
		'"banking-institutions","institution","银行机构","","banking institutions","banking institution","银行业金融机构。",' +
			'"Banks and other banking financial institutions.","","Plural, as the plan means the sector.","institution",' +
			'"https://example.org/glossary/#term-banking-institutions","https://example.org/en/glossary/#term-banking-institutions",' +
			'"https://example.org/entities/banking-institutions/","https://example.org/en/entities/banking-institutions/"',
		'',
	]);
});

test('the data page documents every CSV column, in order, and every key of every JSON file', () => {
	const docs = new Map(OPEN_DATA_FILES.map((d) => [d.file, d.fields.map((x) => x.name)]));
	// The header each CSV file is written with is the list of documented columns (one table defines both).
	const columns = (csv: string) => csv.slice(1).trim().replaceAll('"', '').split(',');
	assert.deepEqual(docs.get('relations.csv'), columns(relationsCsv([])));
	assert.deepEqual(docs.get('entities.csv'), columns(entitiesCsv([])));
	assert.deepEqual(docs.get('glossary.csv'), columns(glossaryCsv([])));
	assert.deepEqual(docs.get('measures.csv'), columns(measuresCsv([])));
	assert.deepEqual(
		HEADER_FIELDS.map((x) => x.name.split('.')[0]),
		['licence', 'licence', 'licence', 'version', 'version', 'source', 'source', 'source', 'source', 'source', 'site'],
	);
	const { ctx, plan, data, entities } = fixture();
	const types = entityTypes(STRINGS);
	const records = relationRecords(plan, entities, data, ctx.relationKinds, ORIGIN);
	const files = {
		'measures.json': twoMeasures(),
		'relations.json': relationsJson(records, header(), ctx.relationKinds, [], types),
		'glossary.json': glossaryJson(termRecords(ctx.glossary, ctx.entities.entities, ORIGIN), header(), []),
		'graph.json': graphJson(ctx.data.graph, header(), ctx.relationKinds, types),
	};
	const headerKeys = new Set(HEADER_FIELDS.map((x) => x.name.split('.')[0]));
	for (const [file, json] of Object.entries(files)) {
		const documented = new Set(docs.get(file)!.map((n) => n.split(/[.[]/u)[0]));
		const keys = Object.keys(json).filter((k) => !headerKeys.has(k));
		assert.deepEqual(
			keys.filter((k) => !documented.has(k)),
			[],
			`${file}: undocumented keys`,
		);
		const arrays = keys.filter((k) => Array.isArray((json as Record<string, unknown>)[k]));
		for (const k of arrays) {
			const first = ((json as unknown as Record<string, readonly unknown[]>)[k] ?? [])[0];
			if (!first || typeof first !== 'object') continue;
			const fields = docs.get(file)!.filter((n) => n.startsWith(`${k}[]`));
			if (fields.includes(`${k}[]`)) continue; // documented as a whole
			const named = new Set(fields.map((n) => n.slice(k.length + 3).split(/[.[]/u)[0]));
			assert.deepEqual(
				Object.keys(first).filter((x) => !named.has(x)),
				[],
				`${file}: ${k}[] has undocumented keys`,
			);
		}
	}
});

test('measures.json on the real content: an offer carries the provider that a relation of its sentence states', async () => {
	// content/entities.yaml: "banking-institution provides credit-loan, measure 1 s2" (鼓励银行机构积极开展信用贷款…),
	// and content/explainers/01.yaml offers the bank loans of that sentence.
	const { measureExplainers } = await import('../../src/endpoints/open-data.ts');
	const data = liveData();
	const one = measureExplainers(data).get(1)!;
	const i = one.explainer.offers.findIndex((o) => o.zh.startsWith('银行贷款产品'));
	assert.ok(i >= 0, 'measure 1 offers bank loans');
	assert.deepEqual(one.providers?.[i], ['banking-institution']);
	const json = measuresJson(data.plan, data.entityData, ORIGIN, header(), measureExplainers(data), []);
	const offer = json.measures.find((m) => m.number === 1)!.offers[i]!;
	assert.deepEqual(offer.providers, ['banking-institution']);
});
