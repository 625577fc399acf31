import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resultTarget, scoreQuery } from '../../scripts/lib/search/suite.ts';

test('resultTarget reads a measure number from a result URL in either language, else keeps the page path', () => {
	assert.equal(resultTarget('/measures/18/'), 18);
	assert.equal(resultTarget('/en/measures/18/#s3'), 18);
	assert.equal(resultTarget('/tasks/3/#group-measures'), '/tasks/3/');
});

test('scoreQuery: top-1, top-3, and an index or tool page first', () => {
	const q = { q: '第18条', top3: [18] };
	assert.deepEqual(
		(({ top1, top3, pageFirst }) => ({ top1, top3, pageFirst }))(scoreQuery(q, ['/tasks/3/', '/measures/18/'])),
		{ top1: false, top3: true, pageFirst: true },
	);
	const good = scoreQuery(q, ['/measures/18/#s2', '/measures/28/', '/tasks/3/']);
	assert.equal(good.top1 && good.top3 && !good.pageFirst, true);
	// Another measure first is a top-1 miss but not a page first.
	assert.equal(scoreQuery(q, ['/measures/38/', '/measures/18/']).pageFirst, false);
	assert.equal(scoreQuery(q, []).pageFirst, false);
});
