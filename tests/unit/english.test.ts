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
import { context, lines, measureRecord, pageOf } from './helpers.ts';

test('twins: removing an English page names the measure', () => {
	const ctx = context();
	ctx.pages = ctx.pages.filter((p) => p !== pageOf(ctx, 18, 'en'));
	assert.deepEqual(lines(checkTwins(ctx)), ['src/content/docs/measures/18.mdx: 18: has no English twin']);
	assert.deepEqual(lines(checkPages(ctx, 'en')), ['src/content/docs/en/measures/18.mdx: 18: has no English page']);
});

test('twins: an English page without a Chinese twin is reported', () => {
	const ctx = context();
	ctx.pages = ctx.pages.filter((p) => !(p.locale === 'zh' && p.slug === 'glossary'));
	assert.deepEqual(lines(checkTwins(ctx)), ['src/content/docs/en/glossary.mdx: -: has no Chinese twin']);
});

test('translation: removing one English sentence names the measure and the sentence', () => {
	const ctx = context();
	delete measureRecord(ctx, 27).data.sentences[3]!.en;
	assert.deepEqual(lines(checkTranslation(ctx)), [
		`content/plan/measures/27.yaml: 27: sentence s4 of ${measureRecord(ctx, 27).data.sentences.length} has no English`,
	]);
});

test('translation: an untranslated title or section sentence in document.yaml is reported', () => {
	const ctx = context();
	delete ctx.document.tasks.groups[2]!.title.en;
	delete ctx.document.goals.items[1]!.paragraphs[0]![0]!.en;
	assert.deepEqual(lines(checkTranslation(ctx)), [
		'content/plan/document.yaml: -: goal （二）: sentences s1 have no English',
		'content/plan/document.yaml: -: task group （三） title has no English',
	]);
});

test('english pages: the title must be the English lead phrase', () => {
	const ctx = context();
	pageOf(ctx, 5, 'en').frontmatter.title = 'Something else';
	const found = lines(checkPages(ctx, 'en'));
	assert.equal(found.length, 1, found.join('\n'));
	assert.match(
		found[0]!,
		/^src\/content\/docs\/en\/measures\/5.mdx: 5: title "Something else" is not the measure's lead phrase/,
	);
});

test("terminology: changing one term's English rendering in one measure names the measure and the term", () => {
	const ctx = context();
	const term = ctx.glossary.find((t) => t.zh === '数字人民币')!;
	const record = measureRecord(ctx, 27);
	for (const s of record.data.sentences)
		for (const form of [term.en, ...term.enVariants]) s.en = s.en!.split(form).join('digital yuan');
	const found = lines(checkTerminology(ctx));
	assert.equal(found.length, 1, found.join('\n'));
	assert.match(
		found[0]!,
		/^content\/plan\/measures\/27.yaml: 27: glossary term 数字人民币 is in the Chinese text, but its English "e-CNY" is not in the English text/,
	);
});

test('terminology: Chinese left in English text is flagged unless the glossary keeps the term in Chinese', () => {
	const ctx = context();
	measureRecord(ctx, 2).data.sentences[1]!.en += ' 增量扩面';
	const found = lines(checkTerminology(ctx));
	assert.deepEqual(found, [
		'content/plan/measures/2.yaml: 2: the English text contains untranslated Chinese: 「增量扩面」'.replace(
			'2.yaml',
			'02.yaml',
		),
	]);
	const kept = ctx.glossary.filter((t) => t.keepChinese).map((t) => t.zh);
	assert.ok(kept.includes('京创通'));
	assert.deepEqual(untranslatedRuns('Jingchuangtong (京创通) and 京创通', ctx.glossary), []);
	assert.deepEqual(untranslatedRuns('a （full-width） note、', ctx.glossary), ['（', '）', '、']);
});

test('glossary: a Chinese form that the plan does not contain, and a duplicate id, are reported', () => {
	const ctx = context();
	ctx.glossary[0]!.aliases.push('不存在的词');
	ctx.glossary.push({ ...ctx.glossary[1]! });
	const found = lines(checkGlossary(ctx));
	assert.equal(found.length, 2, found.join('\n'));
	assert.match(found[0]!, /"不存在的词" does not occur in the plan/);
	assert.match(found[1]!, /is used twice/);
});

test('the English text of the measures is under 2% Chinese characters, outside terms kept in Chinese', () => {
	const ctx = context();
	const english = ctx.measures.flatMap((m) => m.data.sentences.map((s) => s.en ?? '')).join(' ');
	const chinese = (english.match(/[\u3400-\u9fff]/gu) ?? []).length;
	assert.ok(chinese / english.length < 0.02, `${chinese} Chinese characters in ${english.length}`);
	assert.deepEqual(untranslatedRuns(english, ctx.glossary), []);
});

test("english pages: Chinese in an English page's own prose is flagged with the page", () => {
	const ctx = context();
	assert.deepEqual(lines(checkEnglishPages(ctx)), []);
	const home = ctx.pages.find((p) => p.locale === 'en' && p.slug === 'index')!;
	home.body += '\n本站完整收录。\n';
	assert.deepEqual(lines(checkEnglishPages(ctx)), [
		'src/content/docs/en/index.mdx: -: the English page contains untranslated Chinese: 「本站完整收录。」',
	]);
});
