/**
 * The rules on the English side, on the pinned fixture (tests/unit/fixtures/site): twins, translation, glossary,
 * terminology and the English pages' own prose. Each breakage gives exactly the problem lines written here.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkPages } from '../../scripts/lib/rules/pages.ts';
import {
	checkEnglishPages,
	checkGlossary,
	checkTerminology,
	untranslatedRuns,
} from '../../scripts/lib/rules/terminology.ts';
import { checkTranslation } from '../../scripts/lib/rules/translation.ts';
import { checkTwins } from '../../scripts/lib/rules/twins.ts';
import { fixtureContext, lines, measureRecord, pageAt, pageOf } from './helpers.ts';

const term = (ctx: ReturnType<typeof fixtureContext>, id: string) => {
	const found = ctx.glossary.find((t) => t.id === id);
	if (!found) throw new Error(`fixture: no glossary term ${id}`);
	return found;
};

test('twins: removing an English page names the measure', () => {
	const ctx = fixtureContext();
	ctx.pages = ctx.pages.filter((p) => p !== pageOf(ctx, 2, 'en'));
	assert.deepEqual(lines(checkTwins(ctx)), ['src/content/docs/measures/2.mdx: 2: has no English twin']);
	assert.deepEqual(lines(checkPages(ctx, 'en')), ['src/content/docs/en/measures/2.mdx: 2: has no English page']);
});

test('twins: an English page without a Chinese twin is reported', () => {
	const ctx = fixtureContext();
	ctx.pages = ctx.pages.filter((p) => p !== pageAt(ctx, 'glossary'));
	assert.deepEqual(lines(checkTwins(ctx)), ['src/content/docs/en/glossary.mdx: -: has no Chinese twin']);
});

test('twins: twins with different measure numbers are reported on the English page', () => {
	const ctx = fixtureContext();
	pageOf(ctx, 2, 'en').frontmatter.measure = 3;
	assert.deepEqual(lines(checkTwins(ctx)), [
		'src/content/docs/en/measures/2.mdx: 3: its twin src/content/docs/measures/2.mdx has measure 2',
	]);
});

test('translation: missing English sentences name the measure and the sentences', () => {
	const ctx = fixtureContext();
	delete measureRecord(ctx, 3).data.sentences[1]!.en;
	delete measureRecord(ctx, 4).data.sentences[0]!.en;
	delete measureRecord(ctx, 4).data.sentences[1]!.en;
	assert.deepEqual(lines(checkTranslation(ctx)), [
		'content/plan/measures/03.yaml: 3: sentence s2 of 3 has no English',
		'content/plan/measures/04.yaml: 4: sentences s1, s2 of 2 have no English',
	]);
});

test('translation: an untranslated title or section sentence in document.yaml is reported', () => {
	const ctx = fixtureContext();
	delete ctx.document.tasks.groups[1]!.title.en;
	delete ctx.document.goals.items[0]!.paragraphs[0]![0]!.en;
	delete ctx.document.about.gazette.en;
	assert.deepEqual(lines(checkTranslation(ctx)), [
		'content/plan/document.yaml: -: goal （一）: sentence goal-1-s1 has no English',
		'content/plan/document.yaml: -: gazette has no English',
		'content/plan/document.yaml: -: task group （二） title has no English',
	]);
});

test('english pages: the title must be the English lead phrase', () => {
	const ctx = fixtureContext();
	pageOf(ctx, 2, 'en').frontmatter.title = 'Something else';
	assert.deepEqual(lines(checkPages(ctx, 'en')), [
		'src/content/docs/en/measures/2.mdx: 2: title "Something else" is not the measure\'s lead phrase "Make good use of the e-CNY"',
	]);
});

test("terminology: a term's English missing from one measure names the measure and the term", () => {
	const ctx = fixtureContext();
	for (const s of measureRecord(ctx, 2).data.sentences) s.en = s.en!.replaceAll('e-CNY', 'digital yuan');
	assert.deepEqual(lines(checkTerminology(ctx)), [
		'content/plan/measures/02.yaml: 2: glossary term 数字人民币 is in the Chinese text, but its English "e-CNY" is not in the English text',
	]);
});

test('terminology: an English variant of the term is accepted', () => {
	const ctx = fixtureContext();
	for (const s of measureRecord(ctx, 2).data.sentences) s.en = s.en!.replaceAll('e-CNY', 'digital RMB');
	assert.deepEqual(lines(checkTerminology(ctx)), []);
});

test('terminology: Chinese left in English text is flagged unless the glossary keeps the term in Chinese', () => {
	const ctx = fixtureContext();
	measureRecord(ctx, 1).data.sentences[1]!.en += ' 增量扩面';
	assert.deepEqual(lines(checkTerminology(ctx)), [
		'content/plan/measures/01.yaml: 1: the English text contains untranslated Chinese: 「增量扩面」',
	]);
	term(ctx, 'jingchuangtong').keepChinese = false;
	assert.deepEqual(lines(checkTerminology(ctx)), [
		'content/plan/measures/01.yaml: 1: the English text contains untranslated Chinese: 「增量扩面」',
		'content/plan/measures/02.yaml: 2: the English text contains untranslated Chinese: 「京创通」',
	]);
});

test('untranslatedRuns takes out terms kept in Chinese and finds full-width punctuation', () => {
	const { glossary } = fixtureContext();
	assert.deepEqual(untranslatedRuns('Jingchuangtong (京创通) and 京创通', glossary), []);
	assert.deepEqual(untranslatedRuns('a （full-width） note、', glossary), ['（', '）', '、']);
	assert.deepEqual(untranslatedRuns('e-CNY (数字人民币)', glossary), ['数字人民币']);
});

test('glossary: a Chinese form that the plan does not contain, and a duplicate id, are reported', () => {
	const ctx = fixtureContext();
	term(ctx, 'banking-institutions').aliases.push('不存在的词');
	ctx.glossary.push({ ...term(ctx, 'ip-pledge-financing') });
	assert.deepEqual(lines(checkGlossary(ctx)), [
		'content/glossary.yaml: -: term "banking-institutions": "不存在的词" does not occur in the plan',
		'content/glossary.yaml: -: term id "ip-pledge-financing" is used twice',
	]);
});

test('glossary: a form the plan gives only through a declared ellipsis need not occur verbatim', () => {
	const ctx = fixtureContext();
	term(ctx, 'banking-institutions').aliases.push('银行等机构的全称');
	assert.equal(lines(checkGlossary(ctx)).length, 1);
	ctx.entities.mentions.push({
		measure: 1,
		entity: 'banking-institutions',
		sentence: 's2',
		evidence: '引导银行机构',
		ellipsis: [{ phrase: '银行机构', names: '银行等机构的全称' }],
	});
	assert.deepEqual(lines(checkGlossary(ctx)), []);
});

test("english pages: Chinese in an English page's own prose is flagged with the page", () => {
	const ctx = fixtureContext();
	pageAt(ctx, 'index', 'en').body += '\n本站完整收录。\n';
	pageOf(ctx, 1, 'en').frontmatter.title = '加大信贷支持';
	assert.deepEqual(lines(checkEnglishPages(ctx)), [
		'src/content/docs/en/index.mdx: -: the English page contains untranslated Chinese: 「本站完整收录。」',
		'src/content/docs/en/measures/1.mdx: 1: the English page contains untranslated Chinese: 「加大信贷支持」',
	]);
});
