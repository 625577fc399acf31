/**
 * The citation download files (RIS, BibTeX, CSL-JSON) of the document and of each measure: paths, types, and the
 * endpoints' responses (src/pages/cite/), from the citation module's CSL item.
 */
import { citeOptions } from '../data/build-info.ts';
import { siteData } from '../data/site-data.ts';
import { getMeasure } from '../lib/plan.ts';
import { cslItem } from './citation.ts';
import { bibtex, cslJson, ris } from './csl.ts';

export const CITE_FORMATS = {
	ris: { ext: 'ris', label: 'RIS', contentType: 'application/x-research-info-systems; charset=utf-8', body: ris },
	bib: { ext: 'bib', label: 'BibTeX', contentType: 'application/x-bibtex; charset=utf-8', body: bibtex },
	json: {
		ext: 'json',
		label: 'CSL-JSON',
		contentType: 'application/vnd.citationstyles.csl+json; charset=utf-8',
		body: cslJson,
	},
} as const;
export type CiteFormat = keyof typeof CITE_FORMATS;
export const CITE_FORMAT_KEYS = Object.keys(CITE_FORMATS) as CiteFormat[];

/** /cite/document.ris, /cite/measures/18.bib … (the same files serve both languages). */
export const citeFilePath = (format: CiteFormat, measure?: number): string =>
	measure === undefined
		? `/cite/document.${CITE_FORMATS[format].ext}`
		: `/cite/measures/${measure}.${CITE_FORMATS[format].ext}`;

/** The endpoint's response: the file of the document (no measure) or of a measure. */
export function citeResponse(format: CiteFormat, measure?: number): Response {
	const { plan } = siteData();
	const item = cslItem(plan, measure === undefined ? undefined : getMeasure(plan, measure), citeOptions());
	return new Response(CITE_FORMATS[format].body(item), {
		headers: { 'Content-Type': CITE_FORMATS[format].contentType },
	});
}

/** getStaticPaths for the measure files: one per measure. */
export const measureCitePaths = () => siteData().plan.measures.map((m) => ({ params: { n: String(m.number) } }));
