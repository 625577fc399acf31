/** Reads the MDX pages under src/content/docs with their frontmatter, for the page checks. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { LOCALE_FOLDER } from '../../src/lib/locale.ts';

export interface PageRecord {
	/** Path relative to the project root. */
	file: string;
	/** 'zh' for the root locale, otherwise the locale folder (e.g. 'en'). */
	locale: string;
	/** Path below the locale, without extension: "measures/18", "index". */
	slug: string;
	frontmatter: Record<string, unknown>;
	body: string;
}

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		return statSync(full).isDirectory() ? walk(full) : [full];
	});
}

export function parsePage(file: string, text: string, docsDir: string, root: string): PageRecord {
	const rel = path.relative(docsDir, file).split(path.sep).join('/');
	const [first, ...rest] = rel.split('/');
	const folders: string[] = Object.values(LOCALE_FOLDER).filter(Boolean);
	const isLocale = folders.includes(first ?? '');
	const slug = (isLocale ? rest.join('/') : rel).replace(/\.mdx?$/, '');
	const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
	const frontmatter = match ? ((yaml.load(match[1]!) as Record<string, unknown>) ?? {}) : {};
	return {
		file: path.relative(root, file),
		locale: isLocale ? first! : 'zh',
		slug,
		frontmatter,
		body: match ? match[2]! : text,
	};
}

export function readPages(docsDir: string, root: string): PageRecord[] {
	return walk(docsDir)
		.filter((f) => /\.mdx?$/.test(f))
		.sort()
		.map((f) => parsePage(f, readFileSync(f, 'utf8'), docsDir, root));
}
