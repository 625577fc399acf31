/**
 * The data for the unit tests, through the one loader (src/data/load.ts). Tests use the pinned fixture site in
 * tests/unit/fixtures/site (four measures, six glossary terms, twelve pages), so their expected values are written
 * by hand and do not change when the real content does. `context()` is the real content, for the few tests that
 * must look at it.
 */
import path from 'node:path';
import { checkContext, type CheckContext } from '../../scripts/lib/context.ts';
import type { Problem } from '../../scripts/lib/problem.ts';
import { loadSiteData, type SiteData } from '../../src/data/load.ts';

export const FIXTURE_ROOT = path.join(import.meta.dirname, 'fixtures', 'site');
export const PROJECT_ROOT = path.join(import.meta.dirname, '..', '..');

const fixtureData = loadSiteData(FIXTURE_ROOT);
let live: SiteData | undefined;

/** A fresh, independent copy of the pinned fixture's data (loadSiteData(FIXTURE_ROOT)). */
export const fixture = (): SiteData => structuredClone(fixtureData);

/** The project's real data, loaded once (not to be changed by a test). */
export function liveData(): SiteData {
	live ??= loadSiteData(PROJECT_ROOT);
	return live;
}

/** A fresh, independent copy of the pinned fixture's check context, to break in a test. */
export function fixtureContext(): CheckContext {
	return checkContext(fixture());
}

/** A fresh, independent copy of the project's real check context. */
export function context(): CheckContext {
	return checkContext(structuredClone(liveData()));
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

/** The page at `slug` in `locale` ("index", "glossary", "measures/3"). */
export function pageAt(ctx: CheckContext, slug: string, locale = 'zh') {
	const page = ctx.pages.find((p) => p.locale === locale && p.slug === slug);
	if (!page) throw new Error(`fixture: no ${locale} page at ${slug}`);
	return page;
}

/** Problems as one string each, for readable assertions. */
export const lines = (problems: Problem[]) => problems.map((p) => `${p.file}: ${p.measure ?? '-'}: ${p.message}`);
