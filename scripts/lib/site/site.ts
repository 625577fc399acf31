/** The built site as the checks read it: every HTML page of dist/ parsed once, and every file it contains. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { walkFiles as walk } from '../../../src/data/read.ts';
import { parse, type HTMLElement } from 'node-html-parser';

export interface SitePage {
	/** URL path of the page: "/", "/measures/18/", "/404.html". */
	url: string;
	/** File path relative to the project root, for messages. */
	file: string;
	html: string;
	root: HTMLElement;
}
export interface Site {
	dist: string;
	pages: SitePage[];
	/** Every file of the build, as URL paths ("/_astro/x.css", "/measures/18/index.html"). */
	files: Set<string>;
}

/** URL path of an HTML file in dist: dist/measures/18/index.html → /measures/18/. */
export function urlOf(dist: string, file: string): string {
	const rel = '/' + path.relative(dist, file).split(path.sep).join('/');
	return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}

export function pageFromHtml(url: string, html: string, file = url): SitePage {
	return { url, file, html, root: parse(html, { comment: false }) };
}

export function loadSite(dist: string, root = process.cwd()): Site {
	const all = walk(dist);
	const files = new Set(all.map((f) => '/' + path.relative(dist, f).split(path.sep).join('/')));
	const pages = all
		.filter((f) => f.endsWith('.html') && !f.includes(`${path.sep}pagefind${path.sep}`))
		.sort()
		.map((f) => pageFromHtml(urlOf(dist, f), readFileSync(f, 'utf8'), path.relative(root, f)));
	return { dist, pages, files };
}
