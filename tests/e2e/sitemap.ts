/** Every page of the build, read from its sitemap, as paths ("/measures/18/"); and the pages the axe sweep visits. */
import { readFileSync } from 'node:fs';
import { data } from './fixtures.ts';
import { entityPath, LOCALES } from '../../src/lib/locale.ts';

export function sitemapPaths(dist = 'dist'): string[] {
	const xml = readFileSync(`${dist}/sitemap-0.xml`, 'utf8');
	const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
	if (paths.length === 0) throw new Error(`${dist}/sitemap-0.xml lists no pages: build the site first`);
	return paths;
}

/**
 * The pages the axe sweep visits: every page of the sitemap except the entity pages, which are one template over
 * 161 entities in each language (322 pages, eight minutes of axe on two cores): of those, the first entity of each
 * type, in both languages. Static facts of every entity page (links, HTML validity with two validators, CSP, head
 * tags) are checked by `check:site` on all of them.
 */
export function sweepPaths(dist = 'dist'): string[] {
	const entities = data.entitiesFile.entities;
	const sample = new Set(
		[...new Map(entities.map((e) => [e.type, e.id])).values()].flatMap((id) =>
			LOCALES.map((locale) => entityPath(locale, id)),
		),
	);
	const isEntity = new Set(entities.flatMap((e) => LOCALES.map((locale) => entityPath(locale, e.id))));
	return sitemapPaths(dist).filter((path) => !isEntity.has(path) || sample.has(path));
}
