/**
 * What the content checks look at: the one loader's data (src/data/load.ts), with the names the rules use for
 * the files they report on. Every field but `data` is the same object as in `data` (so a test that breaks a file
 * record in a copy breaks it for both); unit tests build the same object from the pinned fixture.
 */
import { loadSiteData, type SiteData } from '../../src/data/load.ts';
import type { ContentPaths, FileRecord, PageRecord } from '../../src/data/read.ts';
import type {
	Correction,
	DocumentFile,
	EntitiesFile,
	ExplainerFile,
	FacetsFile,
	GlossaryTerm,
	MeasureFile,
	RelationKindDef,
} from '../../src/lib/schema.ts';

export type MeasureRecord = FileRecord<MeasureFile>;
export type ExplainerRecord = FileRecord<ExplainerFile>;

export interface CheckContext {
	data: SiteData;
	paths: ContentPaths;
	snapshot: string;
	corrections: Correction[];
	document: DocumentFile;
	measures: MeasureRecord[];
	glossary: GlossaryTerm[];
	relationKinds: RelationKindDef[];
	entities: EntitiesFile;
	explainers: ExplainerRecord[];
	facets: FacetsFile;
	pages: PageRecord[];
}

/** The check context of loaded data: its file records under the rules' names. */
export function checkContext(data: SiteData): CheckContext {
	return {
		data,
		paths: data.paths,
		snapshot: data.snapshot,
		corrections: data.corrections,
		document: data.document,
		measures: data.measureFiles,
		glossary: data.glossary,
		relationKinds: data.relationKinds,
		entities: data.entitiesFile,
		explainers: data.explainerFiles,
		facets: data.facets,
		pages: data.pages,
	};
}

export const loadContext = (root: string): CheckContext => checkContext(loadSiteData(root));
