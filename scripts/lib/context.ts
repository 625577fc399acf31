/** Everything the checks look at, read once from disk. Unit tests build the same object from fixtures. */
import {
	contentPaths,
	readCorrections,
	readDocument,
	readEntities,
	readExplainerFiles,
	readFacets,
	readGlossary,
	readMeasureFiles,
	readRelationKinds,
	readSnapshot,
	type ContentPaths,
	type ExplainerRecord,
	type MeasureRecord,
} from '../../src/lib/content.ts';
import type {
	Correction,
	DocumentFile,
	EntitiesFile,
	FacetsFile,
	GlossaryTerm,
	RelationKindDef,
} from '../../src/lib/schema.ts';
import { readPages, type PageRecord } from './pages.ts';

export interface CheckContext {
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

export function loadContext(root = process.cwd()): CheckContext {
	const paths = contentPaths(root);
	const relationKinds = readRelationKinds(paths);
	return {
		paths,
		snapshot: readSnapshot(paths),
		corrections: readCorrections(paths),
		document: readDocument(paths),
		measures: readMeasureFiles(paths),
		glossary: readGlossary(paths),
		relationKinds,
		entities: readEntities(paths, relationKinds),
		explainers: readExplainerFiles(paths),
		facets: readFacets(paths),
		pages: readPages(paths.docs, root),
	};
}
