/**
 * The one door to the content: `loadSiteData(root)` reads every content file under `root` once, validates each
 * against its schema (src/lib/schema.ts), joins them and derives the indexes that pages, checks and tests share.
 * The site takes it through `siteData()` (src/data/site-data.ts, cached), the content checks through `loadContext`
 * (scripts/lib/context.ts, which adds nothing but names), the built-site checks and the unit tests call it directly
 * (the tests on the pinned fixture, tests/unit/fixtures/site). Node only: no Astro imports.
 *
 * What it reads: content/ (snapshot, corrections, document, measures, glossary, entities, relation kinds,
 * explainers, facets, renderings) and every MDX page of src/content/docs/ — the measure
 * pages' in-briefs (`summary`, `whoActs`) are read from their frontmatter through the same `pageFrontmatterSchema`
 * Astro's docs collection uses. Strict: a missing, unparsable or invalid file throws a one-line ContentError.
 * Lenient on cross-references (an entity that is not a glossary term, a measure without an in-brief): those are
 * the content checks' job, which report them one line each, so loading never hides them behind an exception.
 */
import { buildFlow, buildGraph, type Flow, type Graph } from '../diagram/model.ts';
import { documentFacts, type DocumentFacts } from '../lib/document.ts';
import { joinEntities, measuresNaming, resolveEntities, type Entity, type EntityData } from '../lib/entities.ts';
import type { MeasureBrief } from '../lib/explainers.ts';
import type { Locale } from '../lib/labels.ts';
import { LOCALE_FOLDER, LOCALES } from '../lib/locale.ts';
import { buildPlan, type Plan } from '../lib/plan.ts';
import {
	correctionsFileSchema,
	documentFileSchema,
	entitiesFileSchemaFor,
	explainerFileSchema,
	facetsFileSchema,
	glossaryFileSchema,
	renderingsFileSchema,
	measureFileSchema,
	pageFrontmatterSchema,
	relationKindsFileSchema,
	type Correction,
	type DocumentFile,
	type EntitiesFile,
	type ExplainerFile,
	type FacetsFile,
	type GlossaryTerm,
	type MeasureFile,
	type RelationKindDef,
	type RenderingsFile,
} from '../lib/schema.ts';
import {
	contentPaths,
	readPages,
	readText,
	readYaml,
	readYamlFolder,
	validate,
	type ContentPaths,
	type FileRecord,
	type PageRecord,
} from './read.ts';

/** Everything the site, the checks and the tests know, read once. */
export interface SiteData {
	paths: ContentPaths;
	/** content/source/plan.zh.txt, as scraped. */
	snapshot: string;
	corrections: Correction[];
	document: DocumentFile;
	/** content/plan/measures/NN.yaml with their paths (for messages), in file order. */
	measureFiles: FileRecord<MeasureFile>[];
	/** The plan view: measures with titles, grouped by task group. */
	plan: Plan;
	glossary: GlossaryTerm[];
	/** content/renderings.yaml: other English renderings of glossary terms, with their sources. */
	renderings: RenderingsFile;
	relationKinds: RelationKindDef[];
	/** content/entities.yaml as written (the checks look at the listed mentions). */
	entitiesFile: EntitiesFile;
	/** The entities file with every mention (derived from the glossary, then the listed exceptions). */
	entityData: EntityData;
	/** Entities joined with their glossary terms (an id that is no term is left out here and reported by the check). */
	entities: Entity[];
	/** content/explainers/NN.yaml with their paths, in file order. */
	explainerFiles: FileRecord<ExplainerFile>[];
	/** The explainer of each measure. */
	explainers: Map<number, ExplainerFile>;
	facets: FacetsFile;
	/** Every MDX page of src/content/docs with its frontmatter. */
	pages: PageRecord[];
	/** The measure pages' in-briefs, by locale and measure. */
	briefs: Record<Locale, Map<number, MeasureBrief>>;
	/** Every page's `summary` (measure pages, and the task-group pages' one plain sentence), by locale and slug. */
	summaries: Record<Locale, Map<string, string>>;
	/** The measures whose text names each entity (from its mentions), ascending. */
	measuresNaming: Map<string, number[]>;
	/** The document's facts in each language (title, number, issuer, dates). */
	facts: Record<Locale, DocumentFacts>;
	/** Measures and entities as nodes, mentions and relations as edges. */
	graph: Graph;
	/** Who does what for whom: every relation the text states. */
	flow: Flow;
}

/** The pages' summaries and the measure pages' in-briefs, validated through the docs collection's schema. */
function readSummaries(pages: readonly PageRecord[]): Pick<SiteData, 'briefs' | 'summaries'> {
	const briefs: SiteData['briefs'] = { zh: new Map(), en: new Map() };
	const summaries: SiteData['summaries'] = { zh: new Map(), en: new Map() };
	for (const page of pages) {
		const data = validate(page.frontmatter, pageFrontmatterSchema, page.file, 'the page frontmatter schema');
		const locale = LOCALES.find((l) => (LOCALE_FOLDER[l] || 'zh') === page.locale);
		if (data.summary === undefined || !locale) continue;
		summaries[locale].set(page.slug, data.summary);
		if (data.measure !== undefined && !briefs[locale].has(data.measure))
			briefs[locale].set(data.measure, { summary: data.summary, ...(data.whoActs ? { whoActs: data.whoActs } : {}) });
	}
	return { briefs, summaries };
}

/** The content files as read and validated, before anything is joined or derived. */
export type ContentFiles = Pick<
	SiteData,
	| 'paths'
	| 'snapshot'
	| 'corrections'
	| 'document'
	| 'measureFiles'
	| 'glossary'
	| 'renderings'
	| 'relationKinds'
	| 'entitiesFile'
	| 'explainerFiles'
	| 'facets'
	| 'pages'
>;

/** Reads and validates every content file under `root` (the project root, or a fixture). */
export function readContentFiles(root: string): ContentFiles {
	const paths = contentPaths(root);
	const relationKinds = readYaml(paths.relationKinds, relationKindsFileSchema, root).kinds;
	return {
		paths,
		snapshot: readText(paths.snapshot, root),
		corrections: readYaml(paths.corrections, correctionsFileSchema, root).corrections,
		document: readYaml(paths.document, documentFileSchema, root),
		measureFiles: readYamlFolder(paths.measures, measureFileSchema, root),
		glossary: readYaml(paths.glossary, glossaryFileSchema, root).terms,
		renderings: readYaml(paths.renderings, renderingsFileSchema, root),
		relationKinds,
		entitiesFile: readYaml(paths.entities, entitiesFileSchemaFor(relationKinds.map((k) => k.id)), root),
		explainerFiles: readYamlFolder(paths.explainers, explainerFileSchema, root),
		facets: readYaml(paths.facets, facetsFileSchema, root),
		pages: readPages(paths.docs, root, Object.values(LOCALE_FOLDER).filter(Boolean)),
	};
}

/**
 * Joins the files and derives what is repeated elsewhere (pure but for the frontmatter validation, which throws a
 * ContentError). Tests that change a file record in a copy call this to see the change everywhere.
 */
export function joinContent(files: ContentFiles): SiteData {
	const { document, measureFiles, glossary, entitiesFile, explainerFiles, pages } = files;
	const measures = measureFiles.map((r) => r.data);
	const plan = buildPlan(document, measures);
	const entityData = resolveEntities(entitiesFile, glossary, measures);
	const entities = joinEntities(entitiesFile, glossary);
	const graph = buildGraph(plan, entities, entityData);
	return {
		paths: files.paths,
		snapshot: files.snapshot,
		corrections: files.corrections,
		document,
		measureFiles,
		plan,
		glossary,
		renderings: files.renderings,
		relationKinds: files.relationKinds,
		entitiesFile,
		entityData,
		entities,
		explainerFiles,
		explainers: new Map(explainerFiles.map((r) => [r.data.measure, r.data])),
		facets: files.facets,
		pages,
		...readSummaries(pages),
		measuresNaming: measuresNaming(entityData.mentions),
		facts: { zh: documentFacts(document, 'zh'), en: documentFacts(document, 'en') },
		graph,
		flow: buildFlow(graph),
	};
}

/** Reads, validates and joins every content file under `root` (the project root, or a fixture): the one door. */
export const loadSiteData = (root: string): SiteData => joinContent(readContentFiles(root));
