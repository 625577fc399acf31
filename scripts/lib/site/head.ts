/**
 * Rule: every page has what search engines and link previews need: a language, a meaningful <title>, a meta
 * description, a canonical URL, hreflang alternates for both languages, and a favicon.
 */
import { LANG } from '../../../src/lib/locale.ts';
import type { Problem } from '../problem.ts';
import type { SitePage } from './site.ts';

export function checkHead(pages: readonly SitePage[]): Problem[] {
	const problems: Problem[] = [];
	for (const page of pages) {
		const head = page.root.querySelector('head');
		const add = (message: string, fix: string) => problems.push({ file: page.file, message, fix });
		if (!page.root.querySelector('html')?.getAttribute('lang'))
			add('<html> has no lang', 'Starlight sets it from the locale: check the locales in astro.config.mjs');
		const title = head?.querySelector('title')?.textContent.trim() ?? '';
		if (title.length < 5) add(`<title> "${title}" is not meaningful`, 'give the page a title in its frontmatter');
		if (!head?.querySelector('meta[name="description"]')?.getAttribute('content')?.trim())
			add('has no meta description', 'add `description:` to the frontmatter (measure pages derive it from their text)');
		if (page.url === '/404.html') continue; // the error page is not indexed and has no alternates
		if (!head?.querySelector('link[rel="canonical"]')) add('has no canonical URL', 'set `site` in astro.config.mjs');
		const langs = new Set(
			head?.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => l.getAttribute('hreflang')),
		);
		for (const lang of Object.values(LANG))
			if (!langs.has(lang)) add(`has no hreflang="${lang}" alternate`, 'keep both locales in astro.config.mjs');
		if (!head?.querySelector('link[rel~="icon"]'))
			add('has no favicon', 'keep `favicon` in the Starlight config and the file in public/');
	}
	return problems;
}
