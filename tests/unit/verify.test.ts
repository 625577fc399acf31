/** Verify a quote: normalisation (opencc, widths, spaces), the sentence list, matching on hand-written sentences. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as OpenCC from 'opencc-js/t2cn';
import type { PlanSentence } from '../../src/lib/sentences.ts';
import { planSentences } from '../../src/lib/sentences.ts';
import { buildIndex, checkQuote } from '../../src/verify/match.ts';
import { normalize, prepareQuote } from '../../src/verify/normalize.ts';
import { fixture, liveData } from './helpers.ts';

const t2s = OpenCC.Converter({ from: 'tw', to: 'cn' });

test('normalize: full-width letters, digits and punctuation become half-width; spaces go in Chinese', () => {
	assert.equal(normalize('降至１％以下， 引导（担保）。', 'zh').key, '降至1%以下,引导(担保).');
	assert.equal(normalize('“Below  1%”,\tsaid', 'en').key, '"below 1%", said');
	// Each key character remembers where it came from.
	assert.deepEqual(normalize('a  B', 'en'), { key: 'a b', map: [0, 1, 3] });
});

test('prepareQuote: traditional to simplified by opencc, without the quote marks and full stop around it', () => {
	const q = prepareQuote('「平均融資擔保費率降至1%以下。」', t2s);
	assert.equal(q.lang, 'zh');
	assert.equal(q.text, '「平均融资担保费率降至1%以下。」');
	assert.equal(q.key, '平均融资担保费率降至1%以下');
	assert.equal(prepareQuote(' "below 1%." ', t2s).key, 'below 1%');
	assert.equal(prepareQuote('(此件公开发布)', t2s).key, '(此件公开发布)');
});

const s = (zh: string, en: string, anchor: string, text = 'measures/1#'): PlanSentence => ({
	zh,
	en,
	path: '/measures/1/',
	anchor,
	place: { kind: 'measure', measure: 1, sentence: Number(anchor.slice(1)) },
	text,
});
const SENTENCES = [
	s('优化科创融资担保体系。', 'Optimize the guarantee system.', 's1'),
	s('引导担保机构将平均融资担保费率降至1%以下。', 'Lower the average guarantee fee rate to below 1%.', 's2'),
	s('支持企业上市融资。', 'Support listings.', 's1', 'measures/2#'),
];
const index = buildIndex(SENTENCES);

test('buildIndex: every sentence, and two consecutive sentences only within one text', () => {
	assert.deepEqual(
		index.zh.map((c) => c.sentences.map((x) => `${x.text}${x.anchor}`)),
		[['measures/1#s1'], ['measures/1#s2'], ['measures/2#s1'], ['measures/1#s1', 'measures/1#s2']],
	);
});

test('exact: a verbatim part of a sentence, in traditional characters and half-width punctuation', () => {
	const r = checkQuote(index, '平均融資擔保費率降至1%以下', t2s)!;
	assert.equal(r.verdict, 'exact');
	assert.deepEqual(r.best?.sentences, [SENTENCES[1]]);
	assert.equal(r.best?.diff, undefined);
});

test('exact: a quote across two consecutive sentences names both, the first to link to', () => {
	const r = checkQuote(index, '融资担保体系.引导担保机构', t2s)!;
	assert.equal(r.verdict, 'exact');
	assert.deepEqual(r.best?.sentences, [SENTENCES[0], SENTENCES[1]]);
});

test('close: 2% for 1%, with the character diff as written', () => {
	const r = checkQuote(index, '平均融资担保费率降至2%以下', t2s)!;
	assert.equal(r.verdict, 'close');
	assert.deepEqual(r.best?.sentences, [SENTENCES[1]]);
	assert.deepEqual(r.best?.diff, [
		{ kind: 'same', text: '平均融资担保费率降至' },
		{ kind: 'removed', text: '1' },
		{ kind: 'added', text: '2' },
		{ kind: 'same', text: '%以下' },
	]);
	assert.equal(r.best?.similarity, 26 / 28);
});

test('English: exact against the translation, and close with a word diff', () => {
	assert.equal(checkQuote(index, 'the average guarantee fee rate', t2s)?.verdict, 'exact');
	const r = checkQuote(index, 'Lower the average guarantee fee rate to below 2%', t2s)!;
	assert.equal(r.lang, 'en');
	assert.equal(r.verdict, 'close');
	assert.deepEqual(r.best?.diff, [
		{ kind: 'same', text: 'Lower the average guarantee fee rate to below ' },
		{ kind: 'removed', text: '1' },
		{ kind: 'added', text: '2' },
		{ kind: 'same', text: '%' },
	]);
});

test('none: nothing in the text says it; an empty quote is not checked', () => {
	assert.deepEqual(checkQuote(index, '对所有科技企业免征企业所得税', t2s), {
		verdict: 'none',
		lang: 'zh',
		quote: '对所有科技企业免征企业所得税',
		others: [],
	});
	assert.equal(checkQuote(index, ' 。” ', t2s), undefined);
});

test('planSentences: the anchors the pages use, in document order (fixture plan)', () => {
	const all = planSentences(fixture().plan);
	const ids = all.map((x) => `${x.path}#${x.anchor}`);
	// The fixture: a one-sentence notice, preamble, ideology, goals introduction and goal （一）; measures of 2, 2, 3, 2.
	assert.deepEqual(ids, [
		'/notice/#s1',
		'/notice/#preamble-s1',
		'/ideology/#s1',
		'/goals/#s1',
		'/goals/#goal-1-s1',
		'/measures/1/#s1',
		'/measures/1/#s2',
		'/measures/2/#s1',
		'/measures/2/#s2',
		'/measures/3/#s1',
		'/measures/3/#s2',
		'/measures/3/#s3',
		'/measures/4/#s1',
		'/measures/4/#s2',
	]);
	assert.equal(new Set(ids).size, ids.length, 'anchors are unique');
});

test('the real text is already simplified: opencc leaves every sentence as it is, so only the quote is converted', () => {
	const changed = planSentences(liveData().plan).filter((x) => t2s(x.zh) !== x.zh);
	assert.deepEqual(changed, []);
});
