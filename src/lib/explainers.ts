/**
 * The explainers as the site uses them, pure functions of the loaded data (src/data/load.ts): each measure's
 * explainer and in-brief, the finder's vocabulary with names in both languages (needs and stages from
 * content/facets.yaml, enterprise groups from the glossary), the names of the offer statuses, and each measure's
 * tags in the shape the finder ranks.
 */
import type { Entity, EntityData } from './entities.ts';
import type { FinderMeasure, SelectionFacet } from './finder.ts';
import type { Locale } from './labels.ts';
import { providersOf } from './providers.ts';
import type { Bilingual, ExplainerFile, FacetsFile, OfferStatus, RelationKindDef, RelationStrength } from './schema.ts';
import { capitalized } from './text.ts';

export interface FacetValue {
	facet: SelectionFacet;
	id: string;
	name: Bilingual;
}

/** What a measure page says about its measure: the in-brief and, where it offers nothing directly, who acts. */
export interface MeasureBrief {
	summary: string;
	whoActs?: string;
}

/** The explainer of measure `n`; a missing one is reported by `npm run check`, so it throws here. */
export function explainerOf(explainers: ReadonlyMap<number, ExplainerFile>, n: number): ExplainerFile {
	const explainer = explainers.get(n);
	if (!explainer) throw new Error(`measure ${n} has no content/explainers file: run npm run check`);
	return explainer;
}

/** The in-brief of measure `n` in `locale`; a missing one is reported by `npm run check`, so it throws here. */
export function briefOf(
	briefs: Readonly<Record<Locale, ReadonlyMap<number, MeasureBrief>>>,
	locale: Locale,
	n: number,
): MeasureBrief {
	const found = briefs[locale].get(n);
	if (!found) throw new Error(`measure ${n} has no ${locale} summary in its page's frontmatter: run npm run check`);
	return found;
}

/** Every value of every facet with its names, in the order the finder shows them: needs, stages, then the
 * enterprise groups that some measure concerns (directly or as a broader group). */
export function facetValues(data: {
	explainers: ReadonlyMap<number, ExplainerFile>;
	entities: readonly Entity[];
	facets: FacetsFile;
}): FacetValue[] {
	const used = new Set([...data.explainers.values()].flatMap((e) => e.audiences.map((a) => a.id)));
	const types = data.entities
		.filter((e) => e.type === 'enterprise')
		.filter((e) => used.has(e.id) || data.facets.alsoCountsAs.some((c) => c.type === e.id))
		.map((e): FacetValue => ({ facet: 'type', id: e.id, name: { zh: e.term.zh, en: capitalized(e.term.en) } }));
	return [...data.facets.facets.map((f): FacetValue => ({ ...f })), ...types];
}

/** An offer status as content/facets.yaml defines it: its badge name, what it means and its verbs. */
export function offerStatus(facets: FacetsFile, status: OfferStatus) {
	const found = facets.statuses.find((s) => s.id === status);
	if (!found) throw new Error(`status ${status} has no name in content/facets.yaml: add it under statuses`);
	return found;
}

/** The badge name of an offer status. */
export const offerStatusName = (facets: FacetsFile, status: OfferStatus): Bilingual => offerStatus(facets, status).name;

/**
 * The name of a relation's strength (content/entities.yaml, the diagram): its scale is coarser than the offers', its
 * in-place covering the offers' in-place and to-be-done, so it is named from both ("已有或待落实", "In place or to be
 * done") and never says that a relation still to be made exists.
 */
export function statusName(facets: FacetsFile, strength: RelationStrength): Bilingual {
	if (strength !== 'in-place') return offerStatusName(facets, strength);
	const [now, later] = [offerStatusName(facets, 'in-place'), offerStatusName(facets, 'to-be-done')];
	return { zh: `${now.zh}或${later.zh}`, en: `${now.en} or ${later.en.charAt(0).toLowerCase()}${later.en.slice(1)}` };
}

/** A measure's tags by facet, for the finder. */
export function finderMeasure(explainer: ExplainerFile): FinderMeasure {
	const tags = explainer.audiences;
	const of = (facet: SelectionFacet) => [...new Set(tags.filter((t) => t.facet === facet).map((t) => t.id))];
	return { number: explainer.measure, need: of('need'), stage: of('stage'), type: of('type') };
}

/** The broader groups each enterprise group also counts as. */
export const alsoCountsAs = (facets: FacetsFile): Map<string, string[]> =>
	new Map(facets.alsoCountsAs.map((c) => [c.type, c.as]));

/** Who provides an offer of measure `n`, as the relations state it (src/lib/providers.ts): entity ids, maybe none. */
export function offerProviders(
	data: { entityData: EntityData; entities: readonly Entity[]; relationKinds: readonly RelationKindDef[] },
	n: number,
	offer: { sentence: string; evidence: string },
): string[] {
	return providersOf(n, offer, {
		relations: data.entityData.relations,
		kinds: data.relationKinds,
		types: new Map(data.entities.map((e) => [e.id, e.type])),
		terms: data.entities.map((e) => e.term),
	});
}
