/** Every page of the build, read from its sitemap, as paths ("/measures/18/"); and the pages the axe sweep visits. */
import { readFileSync } from 'node:fs';
import { markupCover, markupSignatures } from '../../scripts/lib/markup-cover.ts';
import { templatePages } from '../../scripts/lib/templates.ts';

export function sitemapPaths(dist = 'dist'): string[] {
	const xml = readFileSync(`${dist}/sitemap-0.xml`, 'utf8');
	const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
	if (paths.length === 0) throw new Error(`${dist}/sitemap-0.xml lists no pages: build the site first`);
	return paths;
}

/**
 * The pages the desktop axe sweep visits: one page of every template in both languages (the list the phone sweep and
 * Lighthouse use), the pages that check the chrome in full (`chromePages`), and the fewest sitemap pages that hold
 * every kind of markup of every page in the sitemap (scripts/lib/markup-cover.ts: 442 pages, of which the 41 measure
 * pages and 161 entity pages per language are two templates over data; about 33 pages hold all of their markup).
 * What a skipped page could still get wrong alone is in its static markup, which `check:site` checks on every page
 * (html-validate's WCAG, ARIA, heading, label and landmark rules, the Nu checker, links and fragments, head tags).
 */
export function sweepPaths(chromePages: Iterable<string>, dist = 'dist'): string[] {
	const pages = sitemapPaths(dist).map((path) => ({
		path,
		signatures: markupSignatures(
			readFileSync(`${dist}${path}index.html`, 'utf8'),
			path.startsWith('/en/') ? 'en' : 'zh',
		),
	}));
	return [...new Set([...templatePages().map((p) => p.path), ...chromePages, ...markupCover(pages)])];
}
