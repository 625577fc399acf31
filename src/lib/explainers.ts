/**
 * The explainers as the site uses them, read once per build: each measure's offers and audience tags, the finder's
 * vocabulary with names in both languages (needs and stages from content/facets.yaml, enterprise groups from the
 * glossary), and each measure's tags in the shape the finder ranks.
 */
import { contentPaths, readExplainerFiles, readFacets } from './content.ts';
import { getEntities, getEntityData } from './entities.ts';
import type { FinderMeasure, SelectionFacet } from './finder.ts';
import { providersOf, type ProviderData } from './providers.ts';
import type { ExplainerFile, FacetsFile, OfferStatus, RelationStrength } from './schema.ts';

export interface FacetValue {
	facet: SelectionFacet;
	id: string;
	name: { zh: string; en: string };
}

/** A glossary name as a label: "high-tech enterprise" → "High-tech enterprise". */
const capitalized = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

let explainers: Map<number, ExplainerFile> | undefined;
let facets: FacetsFile | undefined;

function all(): Map<number, ExplainerFile> {
	explainers ??= new Map(readExplainerFiles(contentPaths()).map((r) => [r.data.measure, r.data]));
	return explainers;
}

export function getExplainer(n: number): ExplainerFile {
	const explainer = all().get(n);
	if (!explainer) throw new Error(`measure ${n} has no content/explainers file: run npm run check`);
	return explainer;
}

export function getFacets(): FacetsFile {
	facets ??= readFacets(contentPaths());
	return facets;
}

/** Every value of every facet with its names, in the order the finder shows them: needs, stages, then the
 * enterprise groups that some measure concerns (directly or as a broader group). */
export function facetValues(): FacetValue[] {
	const used = new Set([...all().values()].flatMap((e) => e.audiences.map((a) => a.id)));
	const types = getEntities()
		.filter((e) => e.type === 'enterprise')
		.filter((e) => used.has(e.id) || getFacets().alsoCountsAs.some((c) => c.type === e.id))
		.map((e): FacetValue => ({ facet: 'type', id: e.id, name: { zh: e.term.zh, en: capitalized(e.term.en) } }));
	return [...getFacets().facets.map((f): FacetValue => ({ ...f })), ...types];
}

/** An offer status as content/facets.yaml defines it: its badge name, what it means and its verbs. */
export const offerStatus = (status: OfferStatus) => {
	const found = getFacets().statuses.find((s) => s.id === status);
	if (!found) throw new Error(`status ${status} has no name in content/facets.yaml: add it under statuses`);
	return found;
};

/** The badge name of an offer status. */
export const offerStatusName = (status: OfferStatus) => offerStatus(status).name;

/**
 * The name of a relation's strength (content/entities.yaml, the diagram): its scale is coarser than the offers', its
 * in-place covering the offers' in-place and to-be-done, so it is named from both ("已有或待落实", "In place or to be
 * done") and never says that a relation still to be made exists.
 */
export const statusName = (strength: RelationStrength): { zh: string; en: string } => {
	if (strength !== 'in-place') return offerStatusName(strength);
	const [now, later] = [offerStatusName('in-place'), offerStatusName('to-be-done')];
	return { zh: `${now.zh}或${later.zh}`, en: `${now.en} or ${later.en.charAt(0).toLowerCase()}${later.en.slice(1)}` };
};

/** A measure's tags by facet, for the finder. */
export function finderMeasure(n: number): FinderMeasure {
	const tags = getExplainer(n).audiences;
	const of = (facet: SelectionFacet) => [...new Set(tags.filter((t) => t.facet === facet).map((t) => t.id))];
	return { number: n, need: of('need'), stage: of('stage'), type: of('type') };
}

/** The broader groups each enterprise group also counts as. */
export const alsoCountsAs = (): Map<string, string[]> => new Map(getFacets().alsoCountsAs.map((c) => [c.type, c.as]));

let providerData: ProviderData | undefined;
/** Who provides an offer of measure `n`, as the relations state it (src/lib/providers.ts): entity ids, maybe none. */
export function offerProviders(n: number, offer: { sentence: string; evidence: string }): string[] {
	providerData ??= {
		relations: getEntityData().relations,
		types: new Map(getEntities().map((e) => [e.id, e.type])),
		terms: getEntities().map((e) => e.term),
	};
	return providersOf(n, offer, providerData);
}
