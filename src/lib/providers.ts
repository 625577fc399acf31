/**
 * Who provides an offer, as the relations (content/entities.yaml) state it, so an enterprise knows whom to
 * approach. Derived, never written by hand: a provider of an offer is the source of a relation of the same measure
 * and sentence such that
 * - the relation's evidence contains the offer's evidence, or the offer's evidence contains the relation's;
 * - its kind is one of providing or running something (the diagram's kind families `offers` and `runs`: provides,
 *   serves, supports, invests in, issues, mobilizes, builds or runs …), not cooperating, trading on or being a kind of;
 * - its source is a provider by type (the diagram's provider layer: an authority, institution, market, platform,
 *   fund or fiscal tool);
 * - the offer's evidence names the relation's target (the product the offer is, or the group it serves), by its
 *   glossary name or alias, longest match first, or through the relation's declared ellipsis;
 * - and, where that target is a beneficiary (an enterprise or talent group, an industry), the offer's evidence does
 *   not name the source itself: then the offer is the source serving them (专营组织机构 that serve sci-tech firms),
 *   not something it provides.
 * Where no relation qualifies, the offer names no provider: nothing is guessed.
 */
import { LAYER_OF } from '../diagram/model.ts';
import { kindFamily } from './relation-kinds.ts';
import type { EntityType, GlossaryTerm, Relation, RelationFamily, RelationKindDef } from './schema.ts';
import { markFirstUses } from './terms.ts';

/** The kind families whose relations go from a provider to what it provides, runs or serves. */
const PROVIDING_FAMILIES: readonly RelationFamily[] = ['offers', 'runs'];

export interface ProviderData {
	relations: readonly Relation[];
	/** The relation kinds (content/relation-kinds.yaml), for their families. */
	kinds: readonly RelationKindDef[];
	/** Entity types by id. */
	types: ReadonlyMap<string, EntityType>;
	/** The glossary terms of the entities (their ids are the entity ids). */
	terms: readonly GlossaryTerm[];
}

/** The entities a Chinese phrase names, as the site finds terms (longest match first, no overlaps). */
export function named(text: string, terms: readonly GlossaryTerm[]): Set<string> {
	const [segments = []] = markFirstUses([text], terms, 'zh');
	return new Set(segments.flatMap((s) => (s.term ? [s.term.id] : [])));
}

/** The ids of an offer's providers, in the order of their relations, each once. */
export function providersOf(
	measure: number,
	offer: { sentence: string; evidence: string },
	data: ProviderData,
): string[] {
	const names = named(offer.evidence, data.terms);
	const layer = (id: string) => {
		const type = data.types.get(id);
		return type === undefined ? undefined : LAYER_OF[type];
	};
	const providers = data.relations.filter((r) => {
		if (r.measure !== measure || r.sentence !== offer.sentence) return false;
		if (!r.evidence.includes(offer.evidence) && !offer.evidence.includes(r.evidence)) return false;
		if (!PROVIDING_FAMILIES.includes(kindFamily(data.kinds, r.kind)) || layer(r.source) !== 0) return false;
		const elided = (r.ellipsis ?? []).some((e) => offer.evidence.includes(e.phrase));
		if (!names.has(r.target) && !elided) return false;
		return !(layer(r.target) === 2 && names.has(r.source));
	});
	return [...new Set(providers.map((r) => r.source))];
}
