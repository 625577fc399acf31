import assert from 'node:assert/strict';
import { test } from 'node:test';
import { estimateTextWidth, lineJoiner, wrapLabel } from '../../src/diagram/layout.ts';
import { joinContent } from '../../src/data/load.ts';
import { fixtureContext, measureRecord } from './helpers.ts';

/** The graph of a (possibly changed) copy of the fixture, joined by the loader. */
const graphOf = (ctx: ReturnType<typeof fixtureContext>) => joinContent(ctx.data).graph;

test('model of the fixture: measure nodes in order, entity nodes with their groups, mentions then relations', () => {
	assert.deepEqual(graphOf(fixtureContext()), {
		nodes: [
			{
				id: 'measure-1',
				type: 'measure',
				name: { zh: '加大信贷支持', en: 'Increase credit support' },
				aliases: [],
				groups: ['三-一'],
				measure: 1,
			},
			{
				id: 'measure-2',
				type: 'measure',
				name: { zh: '用好数字人民币', en: 'Make good use of the e-CNY' },
				aliases: [],
				groups: ['三-一'],
				measure: 2,
			},
			{
				id: 'measure-3',
				type: 'measure',
				name: { zh: '优化担保体系', en: 'Optimize the guarantee system' },
				aliases: [],
				groups: ['三-二'],
				measure: 3,
			},
			{
				id: 'measure-4',
				type: 'measure',
				name: { zh: '加强组织保障', en: 'Strengthen organizational safeguards' },
				aliases: [],
				groups: ['四'],
				measure: 4,
			},
			{
				id: 'special-working-group',
				type: 'authority',
				name: { zh: '工作专班', en: 'special working group' },
				aliases: [],
				groups: ['四'],
			},
			{
				id: 'banking-institutions',
				type: 'institution',
				name: { zh: '银行机构', en: 'banking institutions' },
				aliases: [],
				groups: ['三-一'],
			},
			{
				id: 'ip-pledge-financing',
				type: 'instrument',
				name: { zh: '知识产权质押融资', en: 'IP pledge financing' },
				aliases: [],
				groups: ['三-一'],
			},
			{
				id: 'digital-rmb',
				type: 'instrument',
				name: { zh: '数字人民币', en: 'e-CNY' },
				aliases: [],
				groups: ['三-一'],
			},
		],
		edges: [
			{
				source: 'measure-1',
				target: 'banking-institutions',
				kind: 'mentions',
				measure: 1,
				sentence: 's2',
				evidence: '引导银行机构发展知识产权质押融资',
			},
			{
				source: 'measure-1',
				target: 'ip-pledge-financing',
				kind: 'mentions',
				measure: 1,
				sentence: 's2',
				evidence: '引导银行机构发展知识产权质押融资',
			},
			{
				source: 'measure-2',
				target: 'digital-rmb',
				kind: 'mentions',
				measure: 2,
				sentence: 's1',
				evidence: '用好数字人民币',
			},
			{
				source: 'measure-4',
				target: 'special-working-group',
				kind: 'mentions',
				measure: 4,
				sentence: 's2',
				evidence: '成立工作专班',
			},
			{
				source: 'banking-institutions',
				target: 'ip-pledge-financing',
				kind: 'provides',
				measure: 1,
				sentence: 's2',
				evidence: '引导银行机构发展知识产权质押融资',
				strength: 'encouraged',
			},
		],
	});
});

test('model: an entity named in two groups lists both, sorted, once; an untranslated measure is named in Chinese', () => {
	const ctx = fixtureContext();
	measureRecord(ctx, 4).data.sentences[1]!.zh = '成立工作专班，联系银行机构。';
	measureRecord(ctx, 2).data.sentences[1]!.zh = '持续开展数字人民币试点，银行机构推广京创通。';
	delete measureRecord(ctx, 3).data.sentences[0]!.en;
	const nodes = new Map(graphOf(ctx).nodes.map((n) => [n.id, n]));
	assert.deepEqual(nodes.get('banking-institutions')?.groups, ['三-一', '四']);
	assert.deepEqual(nodes.get('measure-3')?.name, { zh: '优化担保体系', en: '优化担保体系' });
});

test('wrapLabel keeps every word, in lines that fit; lines rejoin with a space in Latin text only', () => {
	assert.equal(lineJoiner('Beijing Stock Exchange'), ' ');
	assert.equal(lineJoiner('北京证券交易所'), '');
	const w = (t: string) => estimateTextWidth(t);
	assert.deepEqual(wrapLabel('短', 100, w), ['短']);
	const zh = wrapLabel('中关村国家自主创新示范区公司型创业投资企业', 60, w);
	assert.equal(zh.join(''), '中关村国家自主创新示范区公司型创业投资企业');
	assert.ok(
		zh.every((l) => w(l) <= 60),
		zh.join('|'),
	);
	const en = wrapLabel('Beijing Municipal Science and Technology Commission', 120, w);
	assert.equal(en.join(' '), 'Beijing Municipal Science and Technology Commission');
	assert.ok(en.length > 1 && en.every((l) => w(l) <= 120), en.join('|'));
});
