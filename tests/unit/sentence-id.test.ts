/** Sentence anchor ids: made by `sentenceId`, read back by `parseSentenceId` (src/lib/locale.ts), one module. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseSentenceId, sentenceById, sentenceId, sentenceNumber, SENTENCE_ID } from '../../src/lib/locale.ts';

test('parseSentenceId reads back what sentenceId makes, with and without a section prefix', () => {
	assert.equal(parseSentenceId('s1'), 0);
	assert.equal(parseSentenceId('s3'), 2);
	assert.equal(parseSentenceId('s12'), 11);
	assert.equal(parseSentenceId('goal-1-s2', 'goal-1-'), 1);
	assert.equal(parseSentenceId('preamble-s1', 'preamble-'), 0);
	for (const [index, prefix] of [
		[0, ''],
		[40, ''],
		[4, 'goal-3-'],
	] as const)
		assert.equal(parseSentenceId(sentenceId(index, prefix), prefix), index);
});

test('parseSentenceId: anything that is not a sentence id is undefined', () => {
	for (const id of ['', 's', 's0', 's01', 'S3', 'x3', 's3a', ' s3', '3', 'goal-1-s2'])
		assert.equal(parseSentenceId(id), undefined, JSON.stringify(id));
	assert.equal(parseSentenceId('s2', 'goal-1-'), undefined);
	assert.equal(parseSentenceId('goal-2-s2', 'goal-1-'), undefined);
});

test('the schema pattern, the number a reader sees and the sentence lookup agree with the parser', () => {
	assert.ok(SENTENCE_ID.test('s7'));
	assert.ok(!SENTENCE_ID.test('s07'));
	assert.equal(sentenceNumber('s3'), 3);
	assert.throws(() => sentenceNumber('3'), /expected a sentence id s1, s2 …, got "3"/);
	assert.equal(sentenceById(['a', 'b', 'c'], 's2'), 'b');
	assert.equal(sentenceById(['a', 'b', 'c'], 's4'), undefined);
	assert.equal(sentenceById(['a', 'b', 'c'], 'nope'), undefined);
});
