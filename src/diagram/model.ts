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

/**
 * The "who does what for whom" view: relations only, each entity in one of three layers by its type — providers
 * (0), instruments and services (1), beneficiaries (2) — and each relation a directed edge with its strength.
 */
export type Layer = 0 | 1 | 2;
export const LAYER_OF: Readonly<Record<EntityType, Layer>> = {
	authority: 0,
	institution: 0,
	market: 0,
	platform: 0,
	fund: 0,
	fiscal: 0,
	instrument: 1,
	programme: 1,
	enterprise: 2,
	talent: 2,
	sector: 2,
};
export const LAYERS: readonly Layer[] = [0, 1, 2];
/** The types a reader can pick a beneficiary view for. */
export const BENEFICIARY_TYPES: readonly EntityType[] = ['enterprise', 'talent'];

export interface FlowNode {
	id: string;
	type: EntityType;
	layer: Layer;
	name: { zh: string; en: string };
	/** The measures that name the entity (its mentions), in order. */
	measures: number[];
}
export interface FlowEdge {
	/** Stable id: the relation's place in content/entities.yaml ("r1", "r2" …). */
	id: string;
	source: string;
	target: string;
	kind: RelationKind;
	strength: RelationStrength;
	measure: number;
	sentence: string;
	evidence: string;
}
export interface Flow {
	nodes: FlowNode[];
	edges: FlowEdge[];
}

/** The graph's relations as a flow: the entities that take part in one, in graph order, and every relation. */
export function buildFlow(graph: Graph): Flow {
	const edges: FlowEdge[] = graph.edges
		.filter((e) => e.kind !== 'mentions')
		.map((e, i) => ({
			id: `r${i + 1}`,
			source: e.source,
			target: e.target,
			kind: e.kind,
			strength: e.strength!,
			measure: e.measure,
			sentence: e.sentence,
			evidence: e.evidence,
		}));
	const nodes = graph.nodes.flatMap((n): FlowNode[] =>
		n.type === 'measure'
			? []
			: [
					{
						id: n.id,
						type: n.type,
						layer: LAYER_OF[n.type],
						name: n.name,
						measures: [
							...new Set(graph.edges.filter((e) => e.kind === 'mentions' && e.target === n.id).map((e) => e.measure)),
						].sort((a, b) => a - b),
					},
				],
	);
	return restrict(nodes, edges);
}

/** The nodes that take part in the given edges, in their order, with those edges. */
function restrict(nodes: readonly FlowNode[], edges: FlowEdge[]): Flow {
	const used = new Set(edges.flatMap((e) => [e.source, e.target]));
	return { nodes: nodes.filter((n) => used.has(n.id)), edges };
}

/**
 * Who provides what to a beneficiary: the relations that touch it, and the relations into each of its
 * neighbours from a layer before the neighbour's (provider → instrument → beneficiary).
 */
export function flowFor(flow: Flow, beneficiary: string): Flow {
	const layer = new Map(flow.nodes.map((n) => [n.id, n.layer]));
	if (!layer.has(beneficiary)) throw new Error(`flowFor: "${beneficiary}" takes part in no relation`);
	const direct = flow.edges.filter((e) => e.source === beneficiary || e.target === beneficiary);
	const near = new Set(direct.flatMap((e) => [e.source, e.target]).filter((id) => id !== beneficiary));
	const keep = new Set(direct);
	for (const e of flow.edges)
		if (near.has(e.target) && e.source !== beneficiary && layer.get(e.source)! < layer.get(e.target)!) keep.add(e);
	return restrict(
		flow.nodes,
		flow.edges.filter((e) => keep.has(e)),
	);
}

/** The relations stated in the given measures (a task group's). */
export function flowOfMeasures(flow: Flow, measures: readonly number[]): Flow {
	return restrict(
		flow.nodes,
		flow.edges.filter((e) => measures.includes(e.measure)),
	);
}

/** One hop around an entity: the relations that touch it, and the entities at their other ends. */
export function neighbourhood(flow: Flow, id: string): Flow {
	if (!flow.nodes.some((n) => n.id === id)) throw new Error(`neighbourhood: "${id}" takes part in no relation`);
	return restrict(
		flow.nodes,
		flow.edges.filter((e) => e.source === id || e.target === id),
	);
}
