import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CheckContext } from '../../scripts/lib/context.ts';
import { formatProblem } from '../../scripts/lib/problem.ts';
import { checkEntities } from '../../scripts/lib/rules/entities.ts';
import { contentPaths } from '../../src/data/read.ts';
import { deriveMentions, resolveEntities } from '../../src/lib/entities.ts';
import { readEdge, readingParts } from '../../src/lib/relation-kinds.ts';
import {
	entitiesFileSchemaFor,
	relationKindsFileSchema,
	type GlossaryTerm,
	type RelationKindDef,
} from '../../src/lib/schema.ts';
import { liveData, lines } from './helpers.ts';

// A pinned fixture: one measure of three sentences, five terms, two kinds.
const term = (id: string, zh: string): GlossaryTerm => ({
	id,
	zh,
	aliases: [],
	searchAliases: { zh: [], en: [] },
	en: id,
	enVariants: [],
	keepChinese: false,
	category: 'institution',
	definition: { zh, en: id },
	note: 'fixture',
});
const kind = (id: string, zh: string): RelationKindDef => ({
	id,
	label: { zh, en: id },
	family: 'offers',
	definition: { zh, en: id },
	reads: { zh: `{source}${zh}{target}`, en: `{source} ${id} {target}` },
});
const S2 = '鼓励银行机构开展信用贷款、知识产权和股权质押贷款等业务，为中小企业服务。';
function fixture(): CheckContext {
	return {
		data: {} as CheckContext['data'],
		paths: contentPaths('/fixture'),
		snapshot: '',
		corrections: [],
		document: {} as CheckContext['document'],
		pages: [],
		explainers: [],
		facets: { facets: [], statuses: [], alsoCountsAs: [] },
		measures: [
			{
				file: 'content/plan/measures/01.yaml',
				data: {
					measure: 1,
					part: '三',
					group: '一',
					sentences: [{ zh: '加大信贷支持力度。' }, { zh: S2 }, { zh: '探索新的模式。' }],
				},
			},
		],
		glossary: [
			term('bank', '银行机构'),
			term('credit-loan', '信用贷款'),
			term('ip-loan', '知识产权质押贷款'),
			term('equity-loan', '股权质押贷款'),
			term('sme', '中小企业'),
		],
		relationKinds: [kind('provides', '提供'), kind('serves', '服务')],
		entities: {
			entities: ['bank', 'credit-loan', 'ip-loan', 'equity-loan', 'sme'].map((id) => ({ id, type: 'institution' })),
			mentions: [
				{
					measure: 1,
					entity: 'ip-loan',
					sentence: 's2',
					evidence: '开展信用贷款、知识产权和股权质押贷款等业务',
					ellipsis: [{ phrase: '知识产权和股权质押贷款', names: '知识产权质押贷款' }],
				},
			],
			relations: [
				{
					source: 'bank',
					kind: 'provides',
					target: 'credit-loan',
					measure: 1,
					sentence: 's2',
					strength: 'encouraged',
					evidence: '鼓励银行机构开展信用贷款',
				},
				{
					source: 'bank',
					kind: 'provides',
					target: 'ip-loan',
					measure: 1,
					sentence: 's2',
					strength: 'encouraged',
					evidence: '鼓励银行机构开展信用贷款、知识产权和股权质押贷款等业务',
					ellipsis: [{ phrase: '知识产权和股权质押贷款', names: '知识产权质押贷款' }],
				},
			],
		},
	};
}
const P = 'content/entities.yaml: 1: relation bank provides credit-loan';

test('entities: the pinned fixture passes', () => {
	assert.deepEqual(lines(checkEntities(fixture())), []);
});

test('entities: a wrong or missing sentence id is reported with the sentence that holds the evidence', () => {
	const ctx = fixture();
	ctx.entities.relations[0]!.sentence = 's3';
	assert.deepEqual(lines(checkEntities(ctx)), [
		`${P}: evidence 「鼓励银行机构开展信用贷款」 is in sentence s2, not s3`,
	]);
	assert.equal(
		formatProblem(checkEntities(ctx)[0]!),
		'content/entities.yaml: measure 1: relation bank provides credit-loan: evidence 「鼓励银行机构开展信用贷款」 is in sentence s2, not s3 → set sentence: s2',
	);
	ctx.entities.relations[0]!.sentence = 's9';
	assert.deepEqual(lines(checkEntities(ctx)), [`${P} cites sentence s9, but the measure has 3 sentences (s1–s3)`]);
	ctx.entities.relations[0]!.sentence = 's2';
	ctx.entities.relations[0]!.evidence = '鼓励银行机构开展信用贷款业务';
	assert.deepEqual(lines(checkEntities(ctx)), [
		`${P}: evidence 「鼓励银行机构开展信用贷款业务」 is not in sentence s2 of the measure's Chinese text`,
	]);
});

test('entities: a missing strength and an unknown kind are reported', () => {
	const ctx = fixture();
	delete (ctx.entities.relations[0] as { strength?: string }).strength;
	ctx.entities.relations[1]!.kind = 'provide';
	assert.deepEqual(lines(checkEntities(ctx)), [
		`${P}: strength is missing`,
		'content/entities.yaml: 1: relation bank provide ip-loan: unknown kind "provide"',
	]);
});

test('entities: evidence that lacks an end, or an end the ellipsis does not cover, is reported', () => {
	const ctx = fixture();
	ctx.entities.relations[0]!.evidence = '开展信用贷款';
	delete ctx.entities.relations[1]!.ellipsis;
	assert.deepEqual(lines(checkEntities(ctx)), [
		`${P}: evidence 「开展信用贷款」 does not name bank`,
		'content/entities.yaml: 1: relation bank provides ip-loan: evidence 「鼓励银行机构开展信用贷款、知识产权和股权质押贷款等业务」 does not name ip-loan',
	]);
});

test('entities: an ellipsis must occur in the evidence and elide a full name of an end', () => {
	const ctx = fixture();
	const relation = ctx.entities.relations[1]!;
	relation.ellipsis = [
		{ phrase: '股权质押贷款', names: '知识产权质押贷款' },
		{ phrase: '知识产权和股权质押贷款', names: '中小企业' },
		{ phrase: '知识产权或股权质押贷款', names: '知识产权质押贷款' },
	];
	const R = 'content/entities.yaml: 1: relation bank provides ip-loan';
	assert.deepEqual(lines(checkEntities(ctx)), [
		`${R}: 「股权质押贷款」 is not an elided form of 「知识产权质押贷款」`,
		`${R}: ellipsis names 「中小企业」, which is not a name of bank or ip-loan`,
		`${R}: ellipsis 「知识产权或股权质押贷款」 is not in the evidence`,
	]);
});

test('entities: a listed mention the glossary already yields, a relation end without a mention, unknown ids', () => {
	const ctx = fixture();
	ctx.entities.mentions.push({
		measure: 1,
		entity: 'sme',
		sentence: 's2',
		evidence: '为中小企业服务',
		ellipsis: [{ phrase: '中小企业', names: '中小企业' }],
	});
	ctx.entities.mentions.splice(0, 1);
	ctx.entities.entities.push({ id: 'invented-bank', type: 'institution' });
	ctx.glossary.push(term('unnamed', '未出现'));
	ctx.entities.entities.push({ id: 'unnamed', type: 'institution' });
	assert.deepEqual(lines(checkEntities(ctx)), [
		'content/entities.yaml: -: entity "invented-bank" is not a glossary term',
		'content/entities.yaml: 1: mention of "sme" is listed, but the check already derives it from the glossary',
		'content/entities.yaml: 1: relation bank provides ip-loan: the measure has no mention of ip-loan',
		'content/entities.yaml: -: entity "ip-loan" is named in no measure',
		'content/entities.yaml: -: entity "unnamed" is named in no measure',
	]);
});

test('mentions are derived from the glossary: longest match, first use, the clause as evidence', () => {
	const ctx = fixture();
	const measures = ctx.measures.map((m) => m.data);
	assert.deepEqual(
		deriveMentions(measures, ctx.glossary).map((m) => [m.entity, m.sentence, m.evidence]),
		[
			['bank', 's2', '鼓励银行机构开展信用贷款、知识产权和股权质押贷款等业务'],
			['credit-loan', 's2', '鼓励银行机构开展信用贷款、知识产权和股权质押贷款等业务'],
			['equity-loan', 's2', '鼓励银行机构开展信用贷款、知识产权和股权质押贷款等业务'],
			['sme', 's2', '为中小企业服务'],
		],
	);
	const data = resolveEntities(ctx.entities, ctx.glossary, measures);
	assert.deepEqual(
		data.mentions.map((m) => m.entity),
		['bank', 'credit-loan', 'equity-loan', 'sme', 'ip-loan'],
	);
});

test('relation kinds: the schema wants both placeholders, unique ids; entities must use a listed kind', () => {
	const good = kind('provides', '提供');
	assert.ok(relationKindsFileSchema.safeParse({ kinds: [good] }).success);
	const noTarget = { ...good, reads: { zh: '{source}提供', en: '{source} provides {target}' } };
	assert.deepEqual(
		relationKindsFileSchema.safeParse({ kinds: [noTarget] }).error?.issues.map((i) => [i.path.join('.'), i.message]),
		[['kinds.0.reads.zh', 'a reading names {source} and {target} once each']],
	);
	assert.deepEqual(
		relationKindsFileSchema.safeParse({ kinds: [good, good] }).error?.issues.map((i) => i.message),
		['each kind id is listed once'],
	);
	// Every kind has a colour family the diagram's stylesheet knows.
	assert.deepEqual(
		relationKindsFileSchema
			.safeParse({ kinds: [{ ...good, family: 'colours' }] })
			.error?.issues.map((i) => i.path.join('.')),
		['kinds.0.family'],
	);
	const file = { ...fixture().entities, relations: [{ ...fixture().entities.relations[0]!, kind: 'provide' }] };
	assert.deepEqual(
		entitiesFileSchemaFor(['provides', 'serves'])
			.safeParse(file)
			.error?.issues.map((i) => [i.path.join('.'), i.message]),
		[
			[
				'relations.0.kind',
				'unknown relation kind "provide": use one of provides, serves (content/relation-kinds.yaml)',
			],
		],
	);
	assert.equal(
		entitiesFileSchemaFor(['provides'])
			.safeParse({ ...file, relations: [{ ...file.relations[0]!, kind: 'provides', strength: undefined }] })
			.error?.issues[0]?.path.join('.'),
		'relations.0.strength',
	);
});

test('relation kinds: an edge reads by its template; the project file validates and the entities use it', () => {
	const kinds = [kind('provides', '提供')];
	assert.deepEqual(readingParts(kinds, 'provides', 'zh'), [{ end: 'source' }, { text: '提供' }, { end: 'target' }]);
	assert.equal(readEdge(kinds, 'provides', 'en', { source: 'banks', target: 'loans' }), 'banks provides loans');
	assert.throws(() => readingParts(kinds, 'nope', 'en'), /relation kind "nope" is not in content\/relation-kinds.yaml/);
	// The project's files load through the one loader (which validates every relation's kind against the file).
	const live = liveData();
	const defined = new Set(live.relationKinds.map((k) => k.id));
	assert.deepEqual(
		live.entitiesFile.relations.filter((r) => !defined.has(r.kind)),
		[],
	);
});
