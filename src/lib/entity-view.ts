/**
 * What an entity page shows, as data: the entity's relations grouped by direction (as source: what it does or
 * offers; as target: what the plan does for it or with it), then by kind (in the order of content/relation-kinds.yaml),
 * then by strength (in place, encouraged, studied), each relation in file order; and the measures that name it.
 * Pure: the page renders it, the tests check it on a fixture.
 */
import { measuresNaming, type Mention } from './entities.ts';
import { RELATION_STRENGTHS, type Relation, type RelationKindDef, type RelationStrength } from './schema.ts';

export type Direction = 'source' | 'target';
export const DIRECTIONS = ['source', 'target'] as const satisfies readonly Direction[];

export interface StrengthGroup {
	strength: RelationStrength;
	relations: Relation[];
}
export interface KindGroup {
	kind: string;
	strengths: StrengthGroup[];
}
export interface EntityView {
	id: string;
	/** Relations where the entity is the source (provider, actor), then where it is the target (beneficiary, object). */
	directions: { direction: Direction; kinds: KindGroup[] }[];
	/** The measures whose text names the entity, ascending. */
	measures: number[];
}

function byKindAndStrength(relations: readonly Relation[], kinds: readonly RelationKindDef[]): KindGroup[] {
	return kinds
		.map((k) => ({
			kind: k.id,
			strengths: RELATION_STRENGTHS.map((strength) => ({
				strength,
				relations: relations.filter((r) => r.kind === k.id && r.strength === strength),
			})).filter((g) => g.relations.length > 0),
		}))
		.filter((g) => g.strengths.length > 0);
}

export function entityView(
	id: string,
	data: { relations: readonly Relation[]; mentions: readonly Mention[] },
	kinds: readonly RelationKindDef[],
): EntityView {
	const unknown = data.relations.find((r) => !kinds.some((k) => k.id === r.kind));
	if (unknown)
		throw new Error(`relation kind "${unknown.kind}" is not in content/relation-kinds.yaml: run npm run check`);
	return {
		id,
		directions: DIRECTIONS.map((direction) => ({
			direction,
			kinds: byKindAndStrength(
				data.relations.filter((r) => r[direction] === id),
				kinds,
			),
		})).filter((d) => d.kinds.length > 0),
		measures: measuresNaming(data.mentions).get(id) ?? [],
	};
}

/** The number of relations in a view (for the description and the headings). */
export const relationCount = (view: EntityView, direction?: Direction): number =>
	view.directions
		.filter((d) => direction === undefined || d.direction === direction)
		.flatMap((d) => d.kinds.flatMap((k) => k.strengths.flatMap((s) => s.relations))).length;
