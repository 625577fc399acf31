/**
 * The in-brief rule on the pinned fixture (four measures), with in-briefs written here: a sound set passes; each
 * breakage (too long, a copied run, a number the text does not give) gives exactly the problem lines written below.
 * Lengths are counted by hand from tests/unit/fixtures/site/content/plan/measures (text after the heading):
 * measure 1: 16 characters / 8 words; 2: 16 / 8; 3: 23 / 16; 4: 6 / 6.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CheckContext } from '../../scripts/lib/context.ts';
import { formatProblem } from '../../scripts/lib/problem.ts';
import { checkInBriefs, copiedRuns, lengthOf, namesOf, unitsOf } from '../../scripts/lib/rules/in-briefs.ts';
import { fixtureContext, pageOf } from './helpers.ts';

function sound(): CheckContext {
	const ctx = fixtureContext();
	const brief: Record<number, [string, string]> = {
		1: ['发展知识产权融资。', 'Banks: more IP financing.'],
		2: ['数字人民币试点继续。', 'e-CNY pilots go on.'],
		3: ['担保费率将降到1%以下。', 'Guarantee fees are to fall below 1%.'],
		4: ['设专班。', 'Working group formed.'],
	};
	// The fixture's pages carry in-briefs of their own (the loader's tests read them): replace them whole.
	for (const [n, [zh, en]] of Object.entries(brief)) {
		for (const [locale, summary] of [
			['zh', zh],
			['en', en],
		] as const) {
			const { frontmatter } = pageOf(ctx, Number(n), locale);
			frontmatter.summary = summary;
			delete frontmatter.whoActs;
		}
	}
	return ctx;
}

const run = (ctx: CheckContext) => checkInBriefs(ctx).map(formatProblem);
const ZH3 = 'src/content/docs/measures/3.mdx: measure 3: zh in-brief';

test('units: plain characters without punctuation in Chinese, words in English', () => {
	assert.equal(lengthOf('引导融资担保机构降低费率至1%以下；', 'zh'), 16);
	assert.equal(lengthOf('REITs（试点）', 'zh'), 7);
	assert.deepEqual(
		unitsOf('Sci-tech R&D loans, 2.5% of it’s (京创通).', 'en').map((u) => u.key),
		['sci-tech', 'r&d', 'loans', '2.5', 'of', "it's", '京创通'],
	);
});

test('a run of 19 characters or 7 words passes; 20 characters or 8 words is a copy', () => {
	const zh = ['甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥。'];
	assert.deepEqual(copiedRuns('甲乙丙丁戊己庚辛壬癸，子丑寅卯辰巳午未申', zh, 'zh', 20), []);
	assert.deepEqual(copiedRuns('另：甲乙丙丁戊己庚辛壬癸，子丑寅卯辰巳午未申酉。', zh, 'zh', 20), [
		{ text: '甲乙丙丁戊己庚辛壬癸，子丑寅卯辰巳午未申酉', length: 20, sentences: 's1' },
	]);
	const en = ['One two three four five six seven eight nine.'];
	assert.deepEqual(copiedRuns('one two three four five six seven', en, 'en', 8), []);
	assert.deepEqual(copiedRuns('Say ONE two three four five six seven, eight!', en, 'en', 8), [
		{ text: 'ONE two three four five six seven, eight', length: 8, sentences: 's1' },
	]);
});

test('a glossary name counts as one unit in a run; only names of institutions, platforms, funds … do', () => {
	const names = namesOf(fixtureContext().glossary, 'en');
	assert.deepEqual(
		names.map((n) => n.name),
		['special working group', 'banking institutions', 'banking institution', 'Jingchuangtong'],
	);
	const text = ['Guide banking institutions to develop IP pledge financing.'];
	assert.deepEqual(copiedRuns('Guide banking institutions to develop IP pledge financing.', text, 'en', 8, names), []);
	assert.equal(copiedRuns('Guide banking institutions to develop IP pledge financing.', text, 'en', 8).length, 1);
});

test('a sound set of in-briefs passes', () => {
	assert.deepEqual(run(sound()), []);
});

test('too long: the text after the heading is the measure, and summary + whoActs count together', () => {
	const ctx = sound();
	pageOf(ctx, 4, 'zh').frontmatter.summary = '设工作组。';
	pageOf(ctx, 2, 'zh').frontmatter.whoActs = '由人民银行推进。';
	pageOf(ctx, 1, 'en').frontmatter.summary = 'Guide banking institutions to develop IP pledge financing.';
	assert.deepEqual(run(ctx), [
		"src/content/docs/en/measures/1.mdx: measure 1: en in-brief (summary) is 8 words, 100 % of the text's 8 after its heading → cut it to at most 4 words (60 %): lead with who gets what and leave details to the offers and the text",
		"src/content/docs/measures/2.mdx: measure 2: zh in-brief (summary + whoActs) is 16 characters, 100 % of the text's 16 after its heading → cut it to at most 9 characters (60 %): lead with who gets what and leave details to the offers and the text",
		"src/content/docs/measures/4.mdx: measure 4: zh in-brief (summary) is 4 characters, 67 % of the text's 6 after its heading → cut it to at most 3 characters (60 %): lead with who gets what and leave details to the offers and the text",
	]);
});

test('a copied run across a sentence end and through changed punctuation is found, in either language', () => {
	const ctx = sound();
	pageOf(ctx, 3, 'zh').frontmatter.summary = '引导融资担保机构降低费率至1%以下，并推动任务落实。';
	pageOf(ctx, 2, 'en').frontmatter.whoActs = 'continue the e-CNY pilots and promote Jingchuangtong (京创通)';
	pageOf(ctx, 2, 'en').frontmatter.summary = 'Yes.';
	assert.deepEqual(run(ctx), [
		"src/content/docs/en/measures/2.mdx: measure 2: en in-brief (summary + whoActs) is 9 words, 113 % of the text's 8 after its heading → cut it to at most 4 words (60 %): lead with who gets what and leave details to the offers and the text",
		'src/content/docs/en/measures/2.mdx: measure 2: en in-brief (whoActs) copies 8 words from s2 "continue the e-CNY pilots and promote Jingchuangtong (京创通)" → restate it in plain words (at most 7 words in a row from the text; a glossary name counts as one)',
		`${ZH3} (summary) is 23 characters, 100 % of the text's 23 after its heading → cut it to at most 13 characters (60 %): lead with who gets what and leave details to the offers and the text`,
		`${ZH3} (summary) copies 23 characters from s2–s3 「引导融资担保机构降低费率至1%以下，并推动任务落实」 → restate it in plain words (at most 19 characters in a row from the text; a glossary name counts as one)`,
	]);
});

test('a number the text does not give is named, in the field and language that gives it', () => {
	const ctx = sound();
	pageOf(ctx, 3, 'zh').frontmatter.summary = '担保费率降到2%以下。';
	pageOf(ctx, 3, 'en').frontmatter.whoActs = 'Fees: 0.5%.';
	assert.deepEqual(run(ctx), [
		`${ZH3} (summary) gives 2%, which the measure's zh text does not state → state only numbers the measure gives, as it gives them`,
		"src/content/docs/en/measures/3.mdx: measure 3: en in-brief (whoActs) gives 0.5%, which the measure's en text does not state → state only numbers the measure gives, as it gives them",
	]);
});
