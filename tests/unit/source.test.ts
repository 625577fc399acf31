import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Correction } from '../../src/lib/schema.ts';
import { applyCorrections, parseSource, sourceMeasures } from '../../src/lib/source.ts';

const correction = (snapshot: string, document: string): Correction => ({
	id: 'x',
	where: 'test',
	kind: 'scrape-artefact',
	snapshot,
	document,
	why: 'test',
});

const FIXTURE = `[发文字号] 某号

## 通知标题

字号： 大 中 小

正文。

### 方案标题

引言。

#### 一、指导思想

思想。

# 三、主要任务

## （一）第一组

1.甲措施。甲的正文。

## (二) 第二组

2.乙措施。乙的正
文。

#### 四、保障措施

3.丙措施。丙。

页脚
`;

test('applyCorrections replaces text that occurs exactly once', () => {
	const { text, problems } = applyCorrections('aXb', [correction('X', 'Y')]);
	assert.equal(text, 'aYb');
	assert.deepEqual(problems, []);
});

test('applyCorrections reports a correction whose snapshot text is absent or ambiguous, and applies the others', () => {
	const absent = correction('Z', 'Y');
	const twice = correction('a', 'b');
	const { text, problems } = applyCorrections('aXa c', [absent, twice, correction('c', 'd')]);
	assert.equal(text, 'aXa d');
	assert.deepEqual(problems, [
		{
			correction: absent,
			message:
				'its snapshot text occurs 0 times (expected exactly once): quote the snapshot exactly, with enough context to be unique',
		},
		{
			correction: twice,
			message:
				'its snapshot text occurs 2 times (expected exactly once): quote the snapshot exactly, with enough context to be unique',
		},
	]);
});

test('parseSource flags half-width sub-part headings and stray paragraphs, with their lines', () => {
	assert.deepEqual(parseSource(FIXTURE).problems, [
		{
			line: 23,
			message:
				'heading "(二) 第二组" uses half-width parentheses: add a heading-punctuation correction that gives the document\'s （…）',
		},
		{
			line: 32,
			message:
				'paragraph "页脚…" follows measure 3 but has no number: if it is the measure\'s continuation, add a correction joining them',
		},
	]);
});

test('parseSource with corrections gives parts, groups and measures in order, nothing left over', () => {
	const corrected = applyCorrections(FIXTURE, [
		correction('字号： 大 中 小', ''),
		correction('(二) 第二组', '（二）第二组'),
		correction('页脚\n', ''),
	]).text;
	const { plan, problems } = parseSource(corrected);
	assert.deepEqual(problems, []);
	assert.equal(plan.metadata['发文字号'], '某号');
	assert.equal(plan.notice.title, '通知标题');
	assert.deepEqual(
		plan.notice.paragraphs.map((p) => p.text),
		['正文。'],
	);
	assert.equal(plan.plan.title, '方案标题');
	assert.deepEqual(
		plan.parts.map((p) => p.numeral + p.title),
		['一指导思想', '三主要任务', '四保障措施'],
	);
	const measures = sourceMeasures(plan).map(
		({ measure, part, subpart }) => `${measure.number}${part.numeral}${subpart?.numeral ?? ''}:${measure.body}`,
	);
	// A line break inside a paragraph is white space: normalised to one space.
	assert.deepEqual(measures, ['1三一:甲措施。甲的正文。', '2三二:乙措施。乙的正 文。', '3四:丙措施。丙。']);
});
