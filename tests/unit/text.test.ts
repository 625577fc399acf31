import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sentenceId } from '../../src/lib/locale.ts';
import { chineseRuns, firstDifference, leadPhrase, normalizeWhitespace, splitSentences } from '../../src/lib/text.ts';

test('splitSentences splits after 。 and ； and loses nothing', () => {
	const text = '优化科创融资担保体系。用好基金；发挥作用。尾句';
	const parts = splitSentences(text);
	assert.deepEqual(parts, ['优化科创融资担保体系。', '用好基金；', '发挥作用。', '尾句']);
	assert.equal(parts.join(''), text);
});

test('leadPhrase is the words before the first 。', () => {
	assert.equal(leadPhrase('优化科创融资担保体系。用好北京市政府性融资担保基金。'), '优化科创融资担保体系');
	assert.equal(leadPhrase('没有句号'), '没有句号');
});

test('normalizeWhitespace collapses runs and trims', () => {
	assert.equal(normalizeWhitespace('  a \n\n b\t c  '), 'a b c');
});

test('sentence ids count from s1, with an optional prefix', () => {
	assert.equal(sentenceId(0), 's1');
	assert.equal(sentenceId(3, 'goal-2-'), 'goal-2-s4');
});

test('firstDifference finds the first differing character or -1', () => {
	assert.equal(firstDifference('abc', 'abc'), -1);
	assert.equal(firstDifference('abc', 'abd'), 2);
	assert.equal(firstDifference('ab', 'abc'), 2);
});

test('chineseRuns cuts English text around its Chinese, keeping every character', () => {
	assert.deepEqual(chineseRuns('The Chinese (给予100BP贷款贴息) can be read'), [
		{ text: 'The Chinese (', chinese: false },
		{ text: '给予', chinese: true },
		{ text: '100BP', chinese: false },
		{ text: '贷款贴息', chinese: true },
		{ text: ') can be read', chinese: false },
	]);
	assert.deepEqual(chineseRuns('no Chinese'), [{ text: 'no Chinese', chinese: false }]);
	assert.deepEqual(chineseRuns('“此件公开发布”'), [
		{ text: '“', chinese: false },
		{ text: '此件公开发布', chinese: true },
		{ text: '”', chinese: false },
	]);
});
