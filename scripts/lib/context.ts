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
	readSnapshot,
	type ContentPaths,
	type ExplainerRecord,
	type MeasureRecord,
} from '../../src/lib/content.ts';
import type { Correction, DocumentFile, EntitiesFile, FacetsFile, GlossaryTerm } from '../../src/lib/schema.ts';
import { readPages, type PageRecord } from './pages.ts';

export interface CheckContext {
	paths: ContentPaths;
	snapshot: string;
	corrections: Correction[];
	document: DocumentFile;
	measures: MeasureRecord[];
	glossary: GlossaryTerm[];
	entities: EntitiesFile;
	explainers: ExplainerRecord[];
	facets: FacetsFile;
	pages: PageRecord[];
}

export function loadContext(root = process.cwd()): CheckContext {
	const paths = contentPaths(root);
	return {
		paths,
		snapshot: readSnapshot(paths),
		corrections: readCorrections(paths),
		document: readDocument(paths),
		measures: readMeasureFiles(paths),
		glossary: readGlossary(paths),
		entities: readEntities(paths),
		explainers: readExplainerFiles(paths),
		facets: readFacets(paths),
		pages: readPages(paths.docs, root),
	};
}
