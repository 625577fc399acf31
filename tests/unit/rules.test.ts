import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkCorrections } from '../../scripts/lib/rules/corrections.ts';
import { checkFidelity } from '../../scripts/lib/rules/fidelity.ts';
import { checkNumbering } from '../../scripts/lib/rules/numbering.ts';
import { checkPages } from '../../scripts/lib/rules/pages.ts';
import { rules } from '../../scripts/lib/rules/index.ts';
import { readStrings } from '../../src/lib/strings.ts';
import { context, lines, measureRecord, pageOf } from './helpers.ts';

const strings = readStrings();

test('the real content passes every rule', () => {
	const ctx = context();
	for (const rule of rules) assert.deepEqual(lines(rule.run(ctx)), [], rule.name);
});

test('numbering: a gap names the missing measure', () => {
	const ctx = context();
	ctx.measures = ctx.measures.filter((m) => m.data.measure !== 5);
	const found = lines(checkNumbering(ctx, strings));
	assert.ok(
		found.some((l) => l.startsWith('content/plan/measures/05.yaml: 5: is missing')),
		found.join('\n'),
	);
});

test('numbering: a duplicate number is reported', () => {
	const ctx = context();
	measureRecord(ctx, 7).data.measure = 6;
	const found = lines(checkNumbering(ctx, strings));
	assert.ok(
		found.some((l) => l.includes('07.yaml: 6: duplicates the number of content/plan/measures/06.yaml')),
		found.join('\n'),
	);
	assert.ok(
		found.some((l) => l.includes(': 7: is missing')),
		found.join('\n'),
	);
});

test('numbering: a measure in the wrong task group is reported with the group the snapshot gives', () => {
	const ctx = context();
	measureRecord(ctx, 10).data.group = '一';
	const found = lines(checkNumbering(ctx, strings));
	assert.ok(
		found.some((l) =>
			l.includes('10.yaml: 10: is in part 三 task group （一）, but the snapshot puts it in part 三 task group （二）'),
		),
		found.join('\n'),
	);
});

test('numbering: task groups out of order are reported', () => {
	const ctx = context();
	const groups = ctx.document.tasks.groups;
	[groups[0], groups[1]] = [groups[1]!, groups[0]!];
	const found = lines(checkNumbering(ctx, strings));
	assert.ok(
		found.some((l) => l.includes('task group 1 is numbered （二）')),
		found.join('\n'),
	);
});

test('fidelity: one changed character names the measure, the sentence and the character', () => {
	const ctx = context();
	const s = measureRecord(ctx, 18).data.sentences[2]!;
	s.zh = s.zh.replace('1%', '2%');
	const found = lines(checkFidelity(ctx));
	assert.equal(found.length, 1, found.join('\n'));
	assert.match(
		found[0]!,
		/18\.yaml: 18: text: sentence s3 differs from the snapshot at character \d+: snapshot 「.*1%.*」, content 「.*2%.*」/,
	);
});

test('fidelity: a missing sentence is named', () => {
	const ctx = context();
	measureRecord(ctx, 27).data.sentences.splice(1, 1);
	const found = lines(checkFidelity(ctx));
	assert.equal(found.length, 1, found.join('\n'));
	assert.match(found[0]!, /27\.yaml: 27: text: sentence s2 of the snapshot 「持续开展数字人民币试点.*」 is missing/);
});

test('fidelity: altered notice, goal and metadata text is reported', () => {
	const ctx = context();
	ctx.document.goals.items[0]!.paragraphs[0]![0]!.zh += '（多余）';
	ctx.document.metadata.发文字号 = '京政办发〔2023〕24号';
	const found = lines(checkFidelity(ctx));
	assert.ok(
		found.some((l) => l.includes('goal （一）, paragraph 1: sentence s1 differs')),
		found.join('\n'),
	);
	assert.ok(
		found.some((l) => l.includes('metadata 发文字号')),
		found.join('\n'),
	);
});

test('fidelity: a measure left out of the data is reported', () => {
	const ctx = context();
	ctx.measures = ctx.measures.filter((m) => m.data.measure !== 41);
	assert.ok(lines(checkFidelity(ctx)).some((l) => l.includes('41.yaml: 41: is in the snapshot but has no data file')));
});

test('corrections: a correction that no longer matches the snapshot is reported, and the scrape defect resurfaces', () => {
	const ctx = context();
	const correction = ctx.corrections.find((c) => c.id === 'measure-38-split-word')!;
	correction.snapshot = '并推动任务落实';
	const found = lines(checkCorrections(ctx));
	assert.ok(
		found.some((l) => l.includes('correction "measure-38-split-word" (measure 38): its snapshot text occurs 0 times')),
		found.join('\n'),
	);
	assert.ok(
		found.some((l) => l.includes('follows measure 38 but has no number')),
		found.join('\n'),
	);
});

test('pages: a deleted page names its measure', () => {
	const ctx = context();
	ctx.pages = ctx.pages.filter((p) => p !== pageOf(ctx, 12));
	const found = lines(checkPages(ctx));
	assert.deepEqual(found, ['src/content/docs/measures/12.mdx: 12: has no Chinese page']);
});

test("pages: a page's measure number changed to another's names both measures", () => {
	const ctx = context();
	pageOf(ctx, 12).frontmatter.measure = 13;
	const found = lines(checkPages(ctx));
	assert.ok(
		found.some((l) => l.startsWith('src/content/docs/measures/12.mdx: 13: is at measures/12, not at measures/13')),
		found.join('\n'),
	);
	assert.ok(
		found.some((l) => l.includes(': 12: has no Chinese page')),
		found.join('\n'),
	);
	assert.ok(
		found.some((l) => l.includes(': 13: is one of 2 pages for this measure')),
		found.join('\n'),
	);
});

test('pages: a title that is not the lead phrase, and wrong part or group, are reported', () => {
	const ctx = context();
	const page = pageOf(ctx, 18);
	page.frontmatter.title = '优化担保体系';
	page.frontmatter.group = '二';
	const found = lines(checkPages(ctx));
	assert.ok(
		found.some((l) => l.includes('18: title "优化担保体系" is not the measure\'s lead phrase "优化科创融资担保体系"')),
		found.join('\n'),
	);
	assert.ok(
		found.some((l) => l.includes('18: frontmatter group is 二, the data says 三')),
		found.join('\n'),
	);
});

test('pages: a page that does not render the official text is reported', () => {
	const ctx = context();
	pageOf(ctx, 3).body = 'no text here';
	assert.deepEqual(lines(checkPages(ctx)), ['src/content/docs/measures/3.mdx: 3: does not render the official text']);
});
