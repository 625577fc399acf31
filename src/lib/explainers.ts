/**
 * The explainers as the site uses them, pure functions of the loaded data (src/data/load.ts): each measure's
 * explainer and in-brief, the finder's vocabulary with names in both languages (needs and stages from
 * content/facets.yaml, enterprise groups from the glossary), the names of the offer statuses, and each measure's
 * tags in the shape the finder ranks.
 */
import type { Entity } from './entities.ts';
import type { FinderMeasure, SelectionFacet } from './finder.ts';
import type { Locale } from './labels.ts';
import type { Bilingual, ExplainerFile, FacetsFile, OfferStatus } from './schema.ts';
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

/** The name of an offer status (and of a relation's strength, the same scale) in both languages. */
export function statusName(facets: FacetsFile, status: OfferStatus): Bilingual {
	const found = facets.statuses.find((s) => s.id === status);
	if (!found) throw new Error(`status ${status} has no name in content/facets.yaml`);
	return found.name;
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
