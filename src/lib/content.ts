/**
 * Reads the plan data in `content/` and validates it against the schemas. Used by the site at build time and by
 * the checks (which run without Astro), so it only touches the file system.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import type { z } from 'zod';
import {
	correctionsFileSchema,
	documentFileSchema,
	entitiesFileSchemaFor,
	explainerFileSchema,
	facetsFileSchema,
	glossaryFileSchema,
	renderingsFileSchema,
	type RenderingsFile,
	measureFileSchema,
	relationKindsFileSchema,
	type Correction,
	type DocumentFile,
	type EntitiesFile,
	type ExplainerFile,
	type FacetsFile,
	type GlossaryTerm,
	type MeasureFile,
	type RelationKindDef,
} from './schema.ts';

export const contentPaths = (root = process.cwd()) => {
	const content = path.join(root, 'content');
	return {
		root,
		content,
		snapshot: path.join(content, 'source', 'plan.zh.txt'),
		corrections: path.join(content, 'corrections.yaml'),
		document: path.join(content, 'plan', 'document.yaml'),
		measures: path.join(content, 'plan', 'measures'),
		glossary: path.join(content, 'glossary.yaml'),
		renderings: path.join(content, 'renderings.yaml'),
		entities: path.join(content, 'entities.yaml'),
		explainers: path.join(content, 'explainers'),
		facets: path.join(content, 'facets.yaml'),
		relationKinds: path.join(content, 'relation-kinds.yaml'),
		docs: path.join(root, 'src', 'content', 'docs'),
	};
};
export type ContentPaths = ReturnType<typeof contentPaths>;

/** A content file that does not parse or does not match its schema. */
export class ContentError extends Error {
	readonly file: string;
	readonly detail: string;
	constructor(file: string, detail: string) {
		super(`${file}: ${detail}`);
		this.file = file;
		this.detail = detail;
	}
}

export function relative(file: string, root = process.cwd()): string {
	return path.relative(root, file) || file;
}

export function readYaml<S extends z.ZodType>(file: string, schema: S): z.infer<S> {
	let raw: unknown;
	try {
		raw = yaml.load(readFileSync(file, 'utf8'));
	} catch (error) {
		throw new ContentError(
			relative(file),
			`is not valid YAML (${(error as Error).message.split('\n')[0]}): fix the syntax`,
		);
	}
	const result = schema.safeParse(raw);
	if (!result.success) {
		const issues = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
		throw new ContentError(relative(file), `does not match its schema (${issues}): fix the fields named`);
	}
	return result.data;
}

export const readSnapshot = (paths: ContentPaths): string => readFileSync(paths.snapshot, 'utf8');
export const readCorrections = (paths: ContentPaths): Correction[] =>
	readYaml(paths.corrections, correctionsFileSchema).corrections;
export const readDocument = (paths: ContentPaths): DocumentFile => readYaml(paths.document, documentFileSchema);

export const readGlossary = (paths: ContentPaths): GlossaryTerm[] => readYaml(paths.glossary, glossaryFileSchema).terms;
export const readRenderings = (paths: ContentPaths): RenderingsFile =>
	existsSync(paths.renderings) ? readYaml(paths.renderings, renderingsFileSchema) : { sources: {}, renderings: {} };
export const readRelationKinds = (paths: ContentPaths): RelationKindDef[] =>
	existsSync(paths.relationKinds) ? readYaml(paths.relationKinds, relationKindsFileSchema).kinds : [];
/** The entities file, its relation kinds checked against content/relation-kinds.yaml (a typo fails). */
export const readEntities = (paths: ContentPaths, kinds = readRelationKinds(paths)): EntitiesFile =>
	existsSync(paths.entities)
		? readYaml(paths.entities, entitiesFileSchemaFor(kinds.map((k) => k.id)))
		: { entities: [], mentions: [], relations: [] };

export interface MeasureRecord {
	/** Path relative to the project root, for messages. */
	file: string;
	data: MeasureFile;
}

/** Every measure file, in file-name order. */
export function readMeasureFiles(paths: ContentPaths): MeasureRecord[] {
	if (!existsSync(paths.measures)) return [];
	return readdirSync(paths.measures)
		.filter((name) => name.endsWith('.yaml'))
		.sort()
		.map((name) => {
			const file = path.join(paths.measures, name);
			return { file: relative(file, paths.root), data: readYaml(file, measureFileSchema) };
		});
}

/** The file name a measure's data lives in: 01.yaml … 41.yaml. */
export const measureFileName = (n: number): string => `${String(n).padStart(2, '0')}.yaml`;

export const readFacets = (paths: ContentPaths): FacetsFile =>
	existsSync(paths.facets) ? readYaml(paths.facets, facetsFileSchema) : { facets: [], statuses: [], alsoCountsAs: [] };

export interface ExplainerRecord {
	/** Path relative to the project root, for messages. */
	file: string;
	data: ExplainerFile;
}

/** Every explainer file (`content/explainers/NN.yaml`), in file-name order. */
export function readExplainerFiles(paths: ContentPaths): ExplainerRecord[] {
	if (!existsSync(paths.explainers)) return [];
	return readdirSync(paths.explainers)
		.filter((name) => name.endsWith('.yaml'))
		.sort()
		.map((name) => {
			const file = path.join(paths.explainers, name);
			return { file: relative(file, paths.root), data: readYaml(file, explainerFileSchema) };
		});
}
