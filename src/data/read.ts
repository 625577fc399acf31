/**
 * The file layer of the one door to the content (src/data/load.ts is the door): where each content file is, and
 * strict readers that parse it and validate it against its schema in src/lib/schema.ts. Node only (no Astro): the
 * site, the content checks, the built-site checks and the tests all reach the files through here and nowhere else.
 * Every file is required; a missing, unparsable or invalid file is a ContentError with one line that names the file
 * and says what to do.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import type { z } from 'zod';
import type { Locale, Strings } from '../lib/labels.ts';
import { uiStringsSchema } from '../lib/schema.ts';

export const contentPaths = (root: string) => {
	const content = path.join(root, 'content');
	return {
		root,
		content,
		snapshot: path.join(content, 'source', 'plan.zh.txt'),
		corrections: path.join(content, 'corrections.yaml'),
		document: path.join(content, 'plan', 'document.yaml'),
		measures: path.join(content, 'plan', 'measures'),
		glossary: path.join(content, 'glossary.yaml'),
		entities: path.join(content, 'entities.yaml'),
		explainers: path.join(content, 'explainers'),
		facets: path.join(content, 'facets.yaml'),
		renderings: path.join(content, 'renderings.yaml'),
		relationKinds: path.join(content, 'relation-kinds.yaml'),
		docs: path.join(root, 'src', 'content', 'docs'),
	};
};
export type ContentPaths = ReturnType<typeof contentPaths>;

/** A content file that is missing, does not parse or does not match its schema. */
export class ContentError extends Error {
	readonly file: string;
	readonly detail: string;
	constructor(file: string, detail: string) {
		super(`${file}: ${detail}`);
		this.file = file;
		this.detail = detail;
	}
}

/** `file` relative to the project root, for messages. */
export function relative(file: string, root: string): string {
	return path.relative(root, file) || file;
}

/** The file name a measure's data and explainer live in: 01.yaml … 41.yaml. */
export const measureFileName = (n: number): string => `${String(n).padStart(2, '0')}.yaml`;

/** Every file below `dir`, recursively (the one directory walk of the project). */
export function walkFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		return statSync(full).isDirectory() ? walkFiles(full) : [full];
	});
}

/** The text of a required file. */
export function readText(file: string, root: string): string {
	if (!existsSync(file))
		throw new ContentError(relative(file, root), 'is missing: restore it (git checkout) or create it');
	return readFileSync(file, 'utf8');
}

/** `raw` validated against `schema`; the problems, one clause each, in one ContentError line. */
export function validate<S extends z.ZodType>(raw: unknown, schema: S, file: string, what = 'its schema'): z.infer<S> {
	const result = schema.safeParse(raw);
	if (!result.success) {
		const issues = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
		throw new ContentError(file, `does not match ${what} (${issues}): fix the fields named`);
	}
	return result.data;
}

function parseYaml(text: string, file: string): unknown {
	try {
		return yaml.load(text);
	} catch (error) {
		throw new ContentError(file, `is not valid YAML (${(error as Error).message.split('\n')[0]}): fix the syntax`);
	}
}

export function readYaml<S extends z.ZodType>(file: string, schema: S, root: string): z.infer<S> {
	const rel = relative(file, root);
	return validate(parseYaml(readText(file, root), rel), schema, rel);
}

/** A file's path relative to the project root (for messages) and its validated data. */
export interface FileRecord<T> {
	file: string;
	data: T;
}

/** Every `.yaml` file of a required folder, in file-name order, each validated against `schema`. */
export function readYamlFolder<S extends z.ZodType>(dir: string, schema: S, root: string): FileRecord<z.infer<S>>[] {
	if (!existsSync(dir)) throw new ContentError(relative(dir, root), 'is missing: restore the folder and its files');
	return readdirSync(dir)
		.filter((name) => name.endsWith('.yaml'))
		.sort()
		.map((name) => {
			const file = path.join(dir, name);
			return { file: relative(file, root), data: readYaml(file, schema, root) };
		});
}

/** An MDX page of src/content/docs with its frontmatter (raw: the page rules read every field Starlight knows). */
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

/** A page's frontmatter and body; `localeFolders` are the folders below docs/ that hold a locale ('en'). */
export function parsePage(
	file: string,
	text: string,
	docsDir: string,
	root: string,
	localeFolders: readonly string[],
): PageRecord {
	const rel = path.relative(docsDir, file).split(path.sep).join('/');
	const [first, ...rest] = rel.split('/');
	const isLocale = localeFolders.includes(first ?? '');
	const slug = (isLocale ? rest.join('/') : rel).replace(/\.mdx?$/, '');
	const relFile = path.relative(root, file);
	const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
	const parsed = match ? (parseYaml(match[1]!, relFile) ?? {}) : {};
	if (typeof parsed !== 'object' || Array.isArray(parsed))
		throw new ContentError(relFile, 'has frontmatter that is not a YAML mapping: write `key: value` lines');
	return {
		file: relFile,
		locale: isLocale ? first! : 'zh',
		slug,
		frontmatter: parsed as Record<string, unknown>,
		body: match ? match[2]! : text,
	};
}

/** Every .md/.mdx page below `docsDir`, in path order. */
export function readPages(docsDir: string, root: string, localeFolders: readonly string[]): PageRecord[] {
	if (!existsSync(docsDir)) throw new ContentError(relative(docsDir, root), 'is missing: restore the pages');
	return walkFiles(docsDir)
		.filter((f) => /\.mdx?$/.test(f))
		.sort()
		.map((f) => parsePage(f, readFileSync(f, 'utf8'), docsDir, root, localeFolders));
}

const UI_STRING_FILES = { zh: 'zh-CN.json', en: 'en.json' } as const satisfies Record<Locale, string>;

/**
 * The UI strings of both languages (src/content/i18n/), for code that runs outside Astro's `t()` (the open data,
 * share cards, the checks); validated by the same schema Starlight's i18n collection uses.
 */
export function readUiStrings(root: string): Record<Locale, Strings> {
	const read = (locale: Locale): Strings => {
		const file = path.join(root, 'src', 'content', 'i18n', UI_STRING_FILES[locale]);
		const rel = relative(file, root);
		let raw: unknown;
		try {
			raw = JSON.parse(readText(file, root));
		} catch (error) {
			if (error instanceof ContentError) throw error;
			throw new ContentError(rel, `is not valid JSON (${(error as Error).message}): fix the syntax`);
		}
		validate(raw, uiStringsSchema, rel, 'the UI string schema (every key of zh-CN.json, in each language)');
		return raw as Strings;
	};
	return { zh: read('zh'), en: read('en') };
}
