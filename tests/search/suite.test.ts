/**
 * The search query suite, run against the built index (`dist/pagefind`, so after `npm run build`) without a browser,
 * with the site's own ranking options. Prints top-1 and top-3 per language; fails below 100% top-3 or 95% top-1, or
 * when any query's first result is a page other than a measure (an index or tool page: the entity index, the finder,
 * the data page, a task-group list, the glossary): every query in the suite is answered by a measure.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { loadSearch, type NodeSearch } from '../../scripts/lib/search/pagefind-node.ts';
import { formatScore, runSuite } from '../../scripts/lib/search/suite.ts';
import { PAGEFIND_OPTIONS } from '../../src/lib/search.ts';
import { EN_QUERIES, ZH_QUERIES } from './queries.ts';

const BUNDLE = path.join(import.meta.dirname, '..', '..', 'dist', 'pagefind');
let zh: NodeSearch;
let en: NodeSearch;

before(async () => {
	zh = await loadSearch(BUNDLE, 'zh-cn', { baseUrl: '/', ...PAGEFIND_OPTIONS });
	en = await loadSearch(BUNDLE, 'en', { baseUrl: '/', ...PAGEFIND_OPTIONS });
});
after(async () => {
	await zh?.destroy();
	await en?.destroy();
});

test('the suite has at least 40 Chinese and 30 English queries', () => {
	assert.ok(ZH_QUERIES.length >= 40, `${ZH_QUERIES.length} Chinese queries`);
	assert.ok(EN_QUERIES.length >= 30, `${EN_QUERIES.length} English queries`);
	for (const q of [...ZH_QUERIES, ...EN_QUERIES])
		assert.ok(q.top3.length >= 1 && q.top3.length <= 3, `${q.q}: expected 1–3 measures, got ${q.top3.length}`);
});

for (const [label, queries, search] of [
	['Chinese', ZH_QUERIES, () => zh],
	['English', EN_QUERIES, () => en],
] as const) {
	test(`${label} queries find their measures in the top 3, the first result a measure in 95 %`, async () => {
		const score = await runSuite(search(), queries);
		console.log(formatScore(label, score));
		const pageFirst = score.outcomes.filter((o) => o.pageFirst);
		assert.deepEqual(
			pageFirst.map((o) => `${o.q} → ${o.got[0]}`),
			[],
			'an index or tool page comes before the measure that answers these queries',
		);
		assert.ok(score.top1 >= 0.95, `top-1 ${(score.top1 * 100).toFixed(1)}% < 95%`);
		assert.equal(
			score.top3,
			1,
			`top-3 below 100%: ${score.outcomes
				.filter((o) => !o.top3)
				.map((o) => o.q)
				.join(', ')}`,
		);
	});
}
