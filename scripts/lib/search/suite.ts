/** Scores a query suite against search results: top-1 and top-3 hits, and a report line per miss. */
import type { NodeSearch } from './pagefind-node.ts';

export interface SuiteQuery {
	q: string;
	top3: readonly number[];
}
export interface QueryOutcome {
	q: string;
	expected: readonly number[];
	/** The first three results: a measure number, or the page path for other pages. */
	got: (number | string)[];
	top1: boolean;
	top3: boolean;
	/** The first result is an index or tool page (a non-measure page), though a measure answers the query. */
	pageFirst: boolean;
}
export interface SuiteScore {
	outcomes: QueryOutcome[];
	top1: number;
	top3: number;
}

/** `/measures/9/`, `/en/measures/9/#s2` → 9; other pages → their path. */
export function resultTarget(url: string): number | string {
	const match = /^\/(?:en\/)?measures\/(\d+)\//.exec(url);
	return match ? Number(match[1]) : url.replace(/#.*$/, '');
}

export function scoreQuery(q: SuiteQuery, urls: readonly string[]): QueryOutcome {
	const got = urls.slice(0, 3).map(resultTarget);
	return {
		q: q.q,
		expected: q.top3,
		got,
		top1: q.top3.includes(got[0] as number),
		top3: q.top3.every((n) => got.includes(n)),
		pageFirst: got.length > 0 && typeof got[0] === 'string',
	};
}

export async function runSuite(search: NodeSearch, queries: readonly SuiteQuery[]): Promise<SuiteScore> {
	const outcomes: QueryOutcome[] = [];
	for (const q of queries) {
		const results = await search.search(q.q, 3);
		outcomes.push(
			scoreQuery(
				q,
				results.map((r) => r.url),
			),
		);
	}
	const share = (key: 'top1' | 'top3') => outcomes.filter((o) => o[key]).length / outcomes.length;
	return { outcomes, top1: share('top1'), top3: share('top3') };
}

export function formatScore(label: string, score: SuiteScore): string {
	const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
	const n = score.outcomes.length;
	const lines = [
		`${label}: ${n} queries, top-1 ${pct(score.top1)} (${Math.round(score.top1 * n)}/${n}), top-3 ${pct(score.top3)} (${Math.round(score.top3 * n)}/${n})`,
	];
	for (const o of score.outcomes.filter((o) => !o.top3))
		lines.push(`  miss: ${o.q} → expected ${o.expected.join(', ')} in top 3, got ${o.got.join(' | ') || 'nothing'}`);
	for (const o of score.outcomes.filter((o) => o.top3 && !o.top1))
		lines.push(`  not first: ${o.q} → expected ${o.expected.join(', ')} first, got ${o.got.join(' | ')}`);
	return lines.join('\n');
}
