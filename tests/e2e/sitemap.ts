/** Every page of the build, read from its sitemap, as paths ("/measures/18/"). */
import { readFileSync } from 'node:fs';

export function sitemapPaths(dist = 'dist'): string[] {
	const xml = readFileSync(`${dist}/sitemap-0.xml`, 'utf8');
	const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
	if (paths.length === 0) throw new Error(`${dist}/sitemap-0.xml lists no pages: build the site first`);
	return paths;
}
