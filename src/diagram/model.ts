/**
 * Diagram model: plan data → graph. Nodes are the measures and the entities; edges are the mentions
 * (measure → entity) and the relations the text states (entity → entity), each with its measure and evidence.
 */
import type { Entity, EntityData } from '../lib/entities.ts';
import type { Plan } from '../lib/plan.ts';
import type { EntityType, RelationKind, RelationStrength } from '../lib/schema.ts';

export type NodeType = EntityType | 'measure';
export interface GraphNode {
	id: string;
	type: NodeType;
	name: { zh: string; en: string };
	aliases: string[];
	/** Task groups the node belongs to ("三-一" … "三-七", "四"): its own for a measure, its measures' for an entity. */
	groups: string[];
	/** Measure number, for measure nodes. */
	measure?: number;
}
export interface GraphEdge {
	source: string;
	target: string;
	kind: 'mentions' | RelationKind;
	measure: number;
	/** The sentence of the measure the evidence comes from (s1, s2 …). */
	sentence: string;
	evidence: string;
	/** How firmly the text commits to a relation (relations only). */
	strength?: RelationStrength;
}
export interface Graph {
	nodes: GraphNode[];
	edges: GraphEdge[];
}

export const measureNodeId = (n: number): string => `measure-${n}`;
export const groupKey = (part: string, group?: string): string => (group ? `${part}-${group}` : part);

export function buildGraph(plan: Plan, entities: readonly Entity[], data: EntityData): Graph {
	const measureGroup = new Map(plan.measures.map((m) => [m.number, groupKey(m.part, m.group)]));
	const measures: GraphNode[] = plan.measures.map((m) => ({
		id: measureNodeId(m.number),
		type: 'measure',
		name: { zh: m.title.zh, en: m.title.en ?? m.title.zh },
		aliases: [],
		groups: [measureGroup.get(m.number)!],
		measure: m.number,
	}));
	const entityNodes: GraphNode[] = entities.map((e) => ({
		id: e.id,
		type: e.type,
		name: { zh: e.term.zh, en: e.term.en },
		aliases: e.term.aliases,
		groups: [
			...new Set(data.mentions.filter((m) => m.entity === e.id).map((m) => measureGroup.get(m.measure)!)),
		].sort(),
	}));
	const edges: GraphEdge[] = [
		...data.mentions.map((m) => ({
			source: measureNodeId(m.measure),
			target: m.entity,
			kind: 'mentions' as const,
			measure: m.measure,
			sentence: m.sentence,
			evidence: m.evidence,
		})),
		...data.relations.map((r) => ({
			source: r.source,
			target: r.target,
			kind: r.kind,
			measure: r.measure,
			sentence: r.sentence,
			evidence: r.evidence,
			strength: r.strength,
		})),
	];
	return { nodes: [...measures, ...entityNodes], edges };
}
