/**
 * The content rules on the pinned fixture (tests/unit/fixtures/site): the pristine fixture passes, and each
 * breakage gives exactly the problem lines written here. `npm run check` runs the same rules on the real content.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkCorrections } from '../../scripts/lib/rules/corrections.ts';
import { checkEntities } from '../../scripts/lib/rules/entities.ts';
import { checkFidelity } from '../../scripts/lib/rules/fidelity.ts';
import { checkSectionPageTitles } from '../../scripts/lib/rules/group-pages.ts';
import { checkNumbering } from '../../scripts/lib/rules/numbering.ts';
import { checkPages } from '../../scripts/lib/rules/pages.ts';
import { checkEnglishPages, checkGlossary, checkTerminology } from '../../scripts/lib/rules/terminology.ts';
import { checkTranslation } from '../../scripts/lib/rules/translation.ts';
import { checkTwins } from '../../scripts/lib/rules/twins.ts';
import { fixtureContext, lines, measureRecord, pageAt, pageOf } from './helpers.ts';
import { STRINGS } from './fixtures/strings.ts';

const numbering = (ctx: ReturnType<typeof fixtureContext>) => lines(checkNumbering(ctx, STRINGS));

test('the pristine fixture passes every rule', () => {
	const ctx = fixtureContext();
	const found = {
		corrections: lines(checkCorrections(ctx)),
		fidelity: lines(checkFidelity(ctx)),
		numbering: numbering(ctx),
		'pages (zh)': lines(checkPages(ctx, 'zh')),
		'pages (en)': lines(checkPages(ctx, 'en')),
		twins: lines(checkTwins(ctx)),
		translation: lines(checkTranslation(ctx)),
		glossary: lines(checkGlossary(ctx)),
		terminology: lines(checkTerminology(ctx)),
		'english pages': lines(checkEnglishPages(ctx)),
		entities: lines(checkEntities(ctx)),
	};
	for (const [rule, problems] of Object.entries(found)) assert.deepEqual(problems, [], rule);
});

test('corrections: a correction that no longer matches is reported, and the scrape defect it fixed resurfaces', () => {
	const ctx = fixtureContext();
	const correction = ctx.corrections.find((c) => c.id === 'measure-3-split-word');
	assert.ok(correction, 'the fixture has the correction measure-3-split-word');
	correction.snapshot = '并推动任务落实';
	assert.deepEqual(lines(checkCorrections(ctx)), [
		'content/corrections.yaml: -: correction "measure-3-split-word" (measure 3): its snapshot text occurs 0 times (expected exactly once): quote the snapshot exactly, with enough context to be unique',
		'content/source/plan.zh.txt:51: -: after corrections, paragraph "动任务落实。…" follows measure 3 but has no number: if it is the measure\'s continuation, add a correction joining them',
	]);
});

test('corrections: a correction whose text occurs twice is reported', () => {
	const ctx = fixtureContext();
	ctx.corrections.push({
		id: 'ambiguous',
		where: 'measure 2',
		kind: 'scrape-artefact',
		snapshot: '数字人民币',
		document: '数字货币',
		why: 'test',
	});
	assert.deepEqual(lines(checkCorrections(ctx)), [
		'content/corrections.yaml: -: correction "ambiguous" (measure 2): its snapshot text occurs 2 times (expected exactly once): quote the snapshot exactly, with enough context to be unique',
	]);
});

test('corrections: without its heading-punctuation correction, a half-width heading is reported with its line', () => {
	const ctx = fixtureContext();
	ctx.corrections = ctx.corrections.filter((c) => c.kind !== 'heading-punctuation');
	assert.deepEqual(lines(checkCorrections(ctx)), [
		'content/source/plan.zh.txt:47: -: after corrections, heading "(二) 优化科创融资担保体系" uses half-width parentheses: add a heading-punctuation correction that gives the document\'s （…）',
	]);
});

test('fidelity: one changed character names the measure, the sentence and the character', () => {
	const ctx = fixtureContext();
	const s = measureRecord(ctx, 3).data.sentences[1]!;
	s.zh = s.zh.replace('1%', '2%');
	assert.deepEqual(lines(checkFidelity(ctx)), [
		'content/plan/measures/03.yaml: 3: text: sentence s2 differs from the snapshot at character 14: snapshot 「…保机构降低费率至1%以下；」, content 「…保机构降低费率至2%以下；」',
	]);
});

test('fidelity: a sentence left out is named, not reported as a changed sentence', () => {
	const ctx = fixtureContext();
	measureRecord(ctx, 3).data.sentences.splice(1, 1);
	assert.deepEqual(lines(checkFidelity(ctx)), [
		'content/plan/measures/03.yaml: 3: text: sentence s2 of the snapshot 「引导融资担保机构降低费率至1…」 is missing',
	]);
});

test('fidelity: an added sentence is named', () => {
	const ctx = fixtureContext();
	measureRecord(ctx, 4).data.sentences.push({ zh: '加强督促检查。' });
	assert.deepEqual(lines(checkFidelity(ctx)), [
		'content/plan/measures/04.yaml: 4: text: sentence s3 「加强督促检查。」 is not in the snapshot',
	]);
});

test('fidelity: altered metadata, goal text and task group title are reported', () => {
	const ctx = fixtureContext();
	ctx.document.metadata.发文字号 = '京政办发〔2023〕24号';
	ctx.document.goals.items[0]!.paragraphs[0]![0]!.zh += '（多余）';
	ctx.document.tasks.groups[1]!.title.zh = '优化担保体系';
	assert.deepEqual(lines(checkFidelity(ctx)), [
		'content/plan/document.yaml: -: metadata 发文字号 is "京政办发〔2023〕24号", the snapshot says "京政办发〔2023〕23号"',
		'content/plan/document.yaml: -: task group （二） title differs from the snapshot at character 3: snapshot 「优化科创融资担保体系」, content 「优化担保体系」',
		'content/plan/document.yaml: -: goal （一）: sentence goal-1-s1 differs from the snapshot at character 12: snapshot 「…构加大信贷投放。」, content 「…构加大信贷投放。（多余）」',
	]);
});

test('fidelity: a measure left out of the data, and one the snapshot does not have, are reported', () => {
	const ctx = fixtureContext();
	ctx.measures = ctx.measures.filter((m) => m.data.measure !== 4);
	ctx.measures.push({
		file: 'content/plan/measures/05.yaml',
		data: { measure: 5, part: '四', sentences: [{ zh: '新增措施。' }] },
	});
	assert.deepEqual(lines(checkFidelity(ctx)), [
		'content/plan/measures/04.yaml: 4: is in the snapshot but has no data file',
		'content/plan/measures/05.yaml: 5: is not a measure of the snapshot',
	]);
});

test('numbering: a gap names the missing measure', () => {
	const ctx = fixtureContext();
	ctx.measures = ctx.measures.filter((m) => m.data.measure !== 2);
	assert.deepEqual(numbering(ctx), ['content/plan/measures/02.yaml: 2: is missing: numbers jump from 1 to 3']);
});

test('numbering: a duplicate number is reported with the file name, the gap it leaves and the misplacement', () => {
	const ctx = fixtureContext();
	measureRecord(ctx, 3).data.measure = 2;
	assert.deepEqual(numbering(ctx), [
		'content/plan/measures/03.yaml: 2: file name 03.yaml does not match its number',
		'content/plan/measures/03.yaml: 2: duplicates the number of content/plan/measures/02.yaml',
		'content/plan/measures/03.yaml: 3: is missing: numbers jump from 2 to 4',
		'content/plan/measures/03.yaml: 2: is in part 三 task group （二）, but the snapshot puts it in part 三 task group （一）',
		'src/lib/sidebar.ts: -: the sidebar lists measures 1,2,2,4, not in numbering order',
	]);
});

test('numbering: a measure in the wrong task group is reported with the group the snapshot gives', () => {
	const ctx = fixtureContext();
	measureRecord(ctx, 1).data.group = '二';
	assert.deepEqual(numbering(ctx), [
		'content/plan/measures/01.yaml: 1: is in part 三 task group （二）, but the snapshot puts it in part 三 task group （一）',
		'content/plan/measures/02.yaml: 2: comes after measure 1 but sits in an earlier group (part 三 task group （一）)',
		'src/lib/sidebar.ts: -: the sidebar lists measures 2,1,3,4, not in numbering order',
	]);
});

test('numbering: task groups out of order are reported', () => {
	const ctx = fixtureContext();
	const groups = ctx.document.tasks.groups;
	[groups[0], groups[1]] = [groups[1]!, groups[0]!];
	assert.deepEqual(numbering(ctx), [
		'content/plan/document.yaml: -: task group 1 is numbered （二）',
		'content/plan/document.yaml: -: task group 2 is numbered （一）',
		"content/plan/document.yaml: -: task groups are （二）（一）, the snapshot's headings give （一）（二）",
		'content/plan/measures/03.yaml: 3: comes after measure 2 but sits in an earlier group (part 三 task group （二）)',
		'src/lib/sidebar.ts: -: the sidebar lists measures 3,1,2,4, not in numbering order',
	]);
});

test('pages: a deleted page names its measure', () => {
	const ctx = fixtureContext();
	ctx.pages = ctx.pages.filter((p) => p !== pageOf(ctx, 2));
	assert.deepEqual(lines(checkPages(ctx)), ['src/content/docs/measures/2.mdx: 2: has no Chinese page']);
});

test("pages: a page's measure number changed to another's names both measures", () => {
	const ctx = fixtureContext();
	pageOf(ctx, 2).frontmatter.measure = 3;
	assert.deepEqual(lines(checkPages(ctx)), [
		'src/content/docs/measures/2.mdx: 3: is at measures/2, not at measures/3',
		'src/content/docs/measures/2.mdx: 3: title "用好数字人民币" is not the measure\'s lead phrase "优化担保体系"',
		'src/content/docs/measures/3.mdx: 3: is one of 2 pages for this measure (src/content/docs/measures/2.mdx, src/content/docs/measures/3.mdx)',
		'src/content/docs/measures/2.mdx: 2: has no Chinese page',
	]);
});

test('pages: a title that differs from the data, and part or group repeated in the frontmatter, are reported', () => {
	const ctx = fixtureContext();
	Object.assign(pageOf(ctx, 3).frontmatter, { title: '担保体系', part: '三', group: '二' });
	pageOf(ctx, 4).frontmatter.group = '二';
	assert.deepEqual(lines(checkPages(ctx)), [
		'src/content/docs/measures/3.mdx: 3: frontmatter repeats part and group, which content/plan/measures gives',
		'src/content/docs/measures/3.mdx: 3: title "担保体系" is not the measure\'s lead phrase "优化担保体系"',
		'src/content/docs/measures/4.mdx: 4: frontmatter repeats group, which content/plan/measures gives',
	]);
});

test('pages: a measure number that is missing, not a number or not a measure is reported', () => {
	const ctx = fixtureContext();
	pageOf(ctx, 1).frontmatter.measure = '1';
	delete pageOf(ctx, 4).frontmatter.measure;
	const extra = structuredClone(pageAt(ctx, 'measures/3'));
	ctx.pages.push({
		...extra,
		file: 'src/content/docs/measures/9.mdx',
		slug: 'measures/9',
		frontmatter: { measure: 9 },
	});
	assert.deepEqual(lines(checkPages(ctx)), [
		'src/content/docs/measures/1.mdx: -: "measure: 1" is not a number',
		'src/content/docs/measures/4.mdx: -: is a measure page without "measure:" in its frontmatter',
		'src/content/docs/measures/9.mdx: 9: names a measure that is not in content/plan/measures',
		'src/content/docs/measures/1.mdx: 1: has no Chinese page',
		'src/content/docs/measures/4.mdx: 4: has no Chinese page',
	]);
});

test('pages: a page that does not render the official text is reported', () => {
	const ctx = fixtureContext();
	pageOf(ctx, 1).body = 'no text here';
	assert.deepEqual(lines(checkPages(ctx)), ['src/content/docs/measures/1.mdx: 1: does not render the official text']);
});

test('section pages: a goals or ideology page title that differs from the part label is reported', () => {
	const ctx = fixtureContext();
	const strings = { zh: { 'part.label': '{{numeral}}、{{title}}' }, en: { 'part.label': '{{numeral}}. {{title}}' } };
	for (const page of ctx.pages.filter((p) => p.slug === 'goals' || p.slug === 'ideology'))
		delete page.frontmatter.title;
	ctx.pages.push(
		{
			file: 'src/content/docs/ideology.mdx',
			locale: 'zh',
			slug: 'ideology',
			frontmatter: { title: '一、指导思想' },
			body: '',
		},
		{ file: 'src/content/docs/en/goals.mdx', locale: 'en', slug: 'goals', frontmatter: { title: 'Goals' }, body: '' },
	);
	assert.deepEqual(lines(checkSectionPageTitles(ctx, strings)), [
		'src/content/docs/en/goals.mdx: -: title is "Goals", the data gives "II. Goals"',
	]);
});
