/**
 * Rule: every internal link, asset reference and fragment of the build resolves; external links go only to the
 * official source and the references the data documents. Absolute links to the site's own origin count as internal.
 */
import type { Problem } from '../problem.ts';
import type { Site, SitePage } from './site.ts';

export interface LinkOptions {
	/** The site's own origin (from astro.config `site`), e.g. https://example.org */
	origin: string;
	/** External URLs that pages may link to. */
	allowedExternal: readonly string[];
}

const REFERENCES = [
	['a', 'href'],
	['link', 'href'],
	['script', 'src'],
	['img', 'src'],
	['source', 'src'],
] as const;

/** The file a URL path is served from, if any. */
function resolveFile(site: Site, pathname: string): string | undefined {
	const decoded = decodeURIComponent(pathname);
	const candidates = decoded.endsWith('/')
		? [`${decoded}index.html`, `${decoded.slice(0, -1)}.html`]
		: [decoded, `${decoded}/index.html`, `${decoded}.html`];
	return candidates.find((c) => site.files.has(c));
}

export function checkLinks(site: Site, options: LinkOptions): Problem[] {
	const problems: Problem[] = [];
	const byUrl = new Map(site.pages.map((p) => [p.url, p]));
	const idsCache = new Map<SitePage, Set<string>>();
	const ids = (page: SitePage) => {
		let set = idsCache.get(page);
		if (!set) {
			set = new Set(page.root.querySelectorAll('[id]').map((el) => el.getAttribute('id')!));
			idsCache.set(page, set);
		}
		return set;
	};
	for (const page of site.pages) {
		const base = new URL(page.url, options.origin);
		for (const [tag, attr] of REFERENCES) {
			for (const el of page.root.querySelectorAll(`${tag}[${attr}]`)) {
				const raw = el.getAttribute(attr)!;
				if (/^(mailto|tel|data|javascript):/i.test(raw)) continue;
				const url = new URL(raw, base);
				if (url.origin !== new URL(options.origin).origin) {
					if (!options.allowedExternal.includes(url.href))
						problems.push({
							file: page.file,
							message: `<${tag}> links to another origin: ${url.href}`,
							fix: 'link only to this site, the official source, or a reference listed in content/plan/document.yaml',
						});
					continue;
				}
				const target = resolveFile(site, url.pathname);
				if (!target) {
					problems.push({
						file: page.file,
						message: `<${tag} ${attr}="${raw}"> points to a missing page or file`,
						fix: 'fix the link or create the page',
					});
					continue;
				}
				const fragment = decodeURIComponent(url.hash.slice(1));
				if (tag !== 'a' || !fragment || fragment === '_top') continue;
				const targetPage = byUrl.get(target.endsWith('/index.html') ? target.slice(0, -'index.html'.length) : target);
				if (targetPage && !ids(targetPage).has(fragment))
					problems.push({
						file: page.file,
						message: `link "${raw}" points to #${fragment}, which ${targetPage.url} does not have`,
						fix: 'link to an id that exists (sentence anchors are s1, s2, …)',
					});
			}
		}
	}
	return problems;
}
