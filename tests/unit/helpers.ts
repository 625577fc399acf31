/** A check context read once from the real content, and cheap deep copies of it to break in tests. */
import { loadContext, type CheckContext } from '../../scripts/lib/context.ts';
import type { Problem } from '../../scripts/lib/problem.ts';

const pristine = loadContext();

/** A fresh, independent copy of the project's real check context. */
export function context(): CheckContext {
	return structuredClone(pristine);
}

export function measureRecord(ctx: CheckContext, n: number) {
	const record = ctx.measures.find((m) => m.data.measure === n);
	if (!record) throw new Error(`fixture: measure ${n} not found`);
	return record;
}

export function pageOf(ctx: CheckContext, n: number, locale = 'zh') {
	const page = ctx.pages.find((p) => p.locale === locale && p.frontmatter.measure === n);
	if (!page) throw new Error(`fixture: no ${locale} page for measure ${n}`);
	return page;
}

/** Problems as one string each, for readable assertions. */
export const lines = (problems: Problem[]) => problems.map((p) => `${p.file}: ${p.measure ?? '-'}: ${p.message}`);
