/**
 * The explainer rule on the pinned fixture (four measures), with its explainers, the finder's vocabulary and the
 * in-briefs of its pages: a sound set passes; each breakage gives exactly the problem lines written below.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CheckContext } from '../../scripts/lib/context.ts';
import { checkExplainers, numbersIn, unstatedNumbers } from '../../scripts/lib/rules/explainers.ts';
import { fixtureContext, lines, pageOf } from './helpers.ts';

/** The fixture as it is: its explainers, facets and in-briefs (tests/unit/fixtures/README.md), plus one
 * enterprise group for the type facet. */
function sound(): CheckContext {
	const ctx = fixtureContext();
	ctx.entities.entities.push({ id: 'innovative-sme', type: 'enterprise' });
	return ctx;
}

test('numbers are read with their per cent sign and thousands separators', () => {
	assert.deepEqual(numbersIn('降至1%以下，超过200亿元，1,000 家，2.5 ％'), ['1%', '200', '1000', '2.5%']);
	assert.deepEqual(unstatedNumbers('降至2%以下，200亿元', '降至1%以下，超过200亿元'), ['2%']);
});

test('a sound set of explainers passes', () => {
	assert.deepEqual(lines(checkExplainers(sound())), []);
});

test('offers: evidence not in the sentence, a wrong sentence, a verb not in the sentence or not of its status', () => {
	const ctx = sound();
	const [offer] = ctx.explainers[0]!.data.offers;
	offer!.evidence = '专利质押';
	ctx.explainers[2]!.data.offers[0]!.sentence = 's9';
	ctx.explainers[2]!.data.offers.push({
		zh: '数字人民币',
		en: 'e-CNY 2',
		status: 'studied',
		verb: '用好',
		sentence: 's1',
		evidence: '优化',
	});
	assert.deepEqual(lines(checkExplainers(ctx)), [
		'content/explainers/01.yaml: 1: offer "知识产权质押融资": evidence "专利质押" is not in sentence s2',
		'content/explainers/03.yaml: 3: offer "担保费率降至1%以下": sentence s9 does not exist',
		'content/explainers/03.yaml: 3: offer "数字人民币": verb 用好 is not in sentence s1',
		'content/explainers/03.yaml: 3: offer "数字人民币": verb 用好 is not a verb of status studied',
		'content/explainers/03.yaml: 3: offer "数字人民币": en gives 2, which the measure\'s en text does not state',
	]);
});

test('statuses: a to-be-done verb under in-place names the offer and the status to set; an unlisted verb says where to add it', () => {
	const ctx = sound();
	// Measure 3, s2 of the fixture: 引导融资担保机构降低费率至1%以下；
	const offer = ctx.explainers[2]!.data.offers[0]!;
	Object.assign(offer, { status: 'in-place', verb: '开展' });
	ctx.explainers[2]!.data.offers.push({ ...offer, zh: '担保', status: 'encouraged', verb: '降低' });
	assert.deepEqual(
		checkExplainers(ctx).map((p) => `${p.file}: ${p.measure}: ${p.message} — ${p.fix}`),
		[
			'content/explainers/03.yaml: 3: offer "担保费率降至1%以下": verb 开展 is not in sentence s2 — give the verb of that sentence that governs the offer',
			'content/explainers/03.yaml: 3: offer "担保费率降至1%以下": verb 开展 is not a verb of status in-place — set status: to-be-done (content/facets.yaml lists 开展 there), or name the verb that governs the offer',
			'content/explainers/03.yaml: 3: offer "担保": verb 降低 is not a verb of status encouraged — add 降低 to the verbs of the status it gives in content/facets.yaml, and set that status',
		],
	);
});

test('statuses: each of the four defined once, each verb under one status only', () => {
	const ctx = sound();
	ctx.facets.statuses = ctx.facets.statuses.filter((s) => s.id !== 'studied');
	ctx.facets.statuses[0]!.verbs.push('开展', '用好');
	ctx.facets.statuses.push({ ...ctx.facets.statuses[2]!, verbs: ['引导'] });
	assert.deepEqual(lines(checkExplainers(ctx)), [
		'content/facets.yaml: -: status encouraged is defined 2 times under statuses',
		'content/facets.yaml: -: status studied is defined 0 times under statuses',
		'content/facets.yaml: -: verb 用好 is listed under in-place twice',
		'content/facets.yaml: -: verb 开展 is listed under both in-place and to-be-done',
	]);
});

test('audiences: an unknown need, an unknown enterprise type, and a need no measure uses', () => {
	const ctx = sound();
	ctx.explainers[2]!.data.audiences = [
		{ facet: 'need', id: 'loans', sentence: 's2', evidence: '融资担保机构' },
		{ facet: 'type', id: 'banking-institutions', sentence: 's2', evidence: '融资担保机构' },
	];
	assert.deepEqual(lines(checkExplainers(ctx)), [
		'content/explainers/03.yaml: 3: audience need=loans is not a known need',
		'content/explainers/03.yaml: 3: audience type=banking-institutions is not a known type',
		'content/facets.yaml: -: need guarantee is used by no measure',
	]);
});

test('a measure without explainer, without in-brief, or offering nothing without saying who acts', () => {
	const ctx = sound();
	ctx.explainers = ctx.explainers.filter((e) => e.data.measure !== 4);
	delete pageOf(ctx, 1, 'en').frontmatter.summary;
	delete pageOf(ctx, 2, 'zh').frontmatter.whoActs;
	ctx.explainers.push({ file: 'content/explainers/9.yaml', data: { measure: 1, offers: [], audiences: [] } });
	assert.deepEqual(lines(checkExplainers(ctx)), [
		'content/explainers/9.yaml: 1: is a second explainer for this measure (the first is content/explainers/01.yaml)',
		"content/explainers/9.yaml: 1: is measure 1's explainer but not named 01.yaml",
		'src/content/docs/en/measures/1.mdx: 1: has no in-brief',
		'src/content/docs/measures/2.mdx: 2: offers enterprises nothing directly but does not say who it asks to act',
		'content/explainers/04.yaml: 4: has no explainer (offers and audiences)',
	]);
});

test('a group that counts as another must name enterprise groups on both sides', () => {
	const ctx = sound();
	ctx.facets.alsoCountsAs = [
		{ type: 'innovative-sme', as: ['smes'], why: { zh: '因为', en: 'because' } },
		{ type: 'banking-institutions', as: ['innovative-sme'], why: { zh: '因为', en: 'because' } },
	];
	assert.deepEqual(lines(checkExplainers(ctx)), [
		'content/facets.yaml: -: alsoCountsAs: smes is not an enterprise group',
		'content/facets.yaml: -: alsoCountsAs: banking-institutions is not an enterprise group',
	]);
});
