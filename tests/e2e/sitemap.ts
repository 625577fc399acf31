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
 * The pages the desktop axe sweep visits: the fewest sitemap pages that hold every kind of markup of every page in the
 * sitemap (scripts/lib/markup-cover.ts: of 454 pages, 41 measure pages and 166 entity pages per language are two
 * templates over data; 29 pages hold all the markup), the pages that check the chrome in full (`chromePages`), and
 * the scripted states of the template list (the finder with a selection). Every template's page in both languages is
 * swept at 390 px by tests/e2e/phone.spec.ts. What a page left out could still get wrong alone is in its static
 * markup, which `check:site` checks on every page (html-validate's WCAG, ARIA, heading, label and landmark rules, the
 * Nu checker, links and fragments, head tags).
 */
export function sweepPaths(chromePages: Iterable<string>, dist = 'dist'): string[] {
	const pages = sitemapPaths(dist).map((path) => ({
		path,
		signatures: markupSignatures(
			readFileSync(`${dist}${path}index.html`, 'utf8'),
			path.startsWith('/en/') ? 'en' : 'zh',
		),
	}));
	// A scripted state (a template with `ready`) is not in any page's HTML, so the cover cannot see it.
	const scripted = templatePages().filter((p) => p.template.ready);
	return [...new Set([...chromePages, ...markupCover(pages), ...scripted.map((p) => p.path)])];
}
