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
