/**
 * Layered layout of a flow with d3-dag's Sugiyama method (pure, deterministic, no DOM; build time only): providers →
 * instruments and services → beneficiaries, left to right. Each entity type's layer is a band of one or more columns:
 * d3-dag's simplex layering puts every node in its band (the rank accessor) and a relation between two nodes of the
 * same band into the next column of it (so the band stays readable left to right); its two-layer decrossing orders
 * each column to reduce crossings, its simplex coordinates place the nodes, and each edge follows the points d3-dag
 * routes it through, drawn by d3-shape's horizontal bump curve. An edge against the flow (a beneficiary that issues an
 * instrument) is laid out reversed and drawn back, its arrow still at its target.
 */
import {
	coordSimplex,
	decrossTwoLayer,
	graph,
	layeringSimplex,
	sugiyama,
	type GraphNode,
	type MutGraphNode,
} from 'd3-dag';
import { curveBumpX, line } from 'd3-shape';
import { wrapLabel } from './layout.ts';
import type { Flow, FlowEdge, FlowNode, Layer } from './model.ts';

export interface DagOptions {
	/** Label of a node in the page's language. */
	label: (node: FlowNode) => string;
	/** Width of a label in px (estimateTextWidth is fine). */
	textWidth: (text: string) => number;
}
export interface NodeBox {
	id: string;
	layer: Layer;
	x: number;
	y: number;
	width: number;
	height: number;
	/** The label, wrapped; never shortened. */
	lines: string[];
}
/** The columns a layer's nodes occupy, with room at the top for its title. */
export interface LayerBand {
	layer: Layer;
	x: number;
	width: number;
}
export interface EdgeGeometry {
	id: string;
	/** SVG path data, from the source's side to the target's side. */
	d: string;
	/** The points the path passes through (ends on the nodes' sides), for crossing counts. */
	points: [number, number][];
}
export interface DagLayout {
	width: number;
	height: number;
	bands: LayerBand[];
	nodes: NodeBox[];
	edges: EdgeGeometry[];
}

export const DAG = {
	margin: 8,
	/** Room above the nodes for the band titles. */
	title: 28,
	titleBaseline: 18,
	padX: 8,
	padY: 5,
	lineHeight: 15,
	maxLine: 132,
	/** Between two nodes of a column, and between columns (where the edges run). */
	nodeGap: 6,
	columnGap: 56,
} as const;

const round = (n: number) => Math.round(n * 10) / 10;

/** Column inside a band: 0, or one more than the deepest same-band node with a relation into it. */
function bandColumns(flow: Flow): Map<string, number> {
	const layer = new Map(flow.nodes.map((n) => [n.id, n.layer]));
	const into = new Map<string, string[]>(flow.nodes.map((n) => [n.id, []]));
	for (const e of flow.edges) if (layer.get(e.source) === layer.get(e.target)) into.get(e.target)!.push(e.source);
	const column = new Map<string, number>();
	const visit = (id: string, path: Set<string>): number => {
		if (column.has(id)) return column.get(id)!;
		path.add(id);
		// A cycle inside a band (none in the data) would be cut where it closes.
		const depth =
			Math.max(
				-1,
				...into
					.get(id)!
					.filter((s) => !path.has(s))
					.map((s) => visit(s, path)),
			) + 1;
		path.delete(id);
		column.set(id, depth);
		return depth;
	};
	for (const id of [...layer.keys()].sort()) visit(id, new Set());
	return column;
}

/** Node datum: the flow node, its wrapped label and box size; link datum: the flow edge, and whether it is laid out
 * reversed. */
interface NodeDatum {
	node: FlowNode;
	lines: string[];
	w: number;
	h: number;
}
interface LinkDatum {
	edge: FlowEdge;
	reversed: boolean;
}

export function layoutDag(flow: Flow, options: DagOptions): DagLayout {
	const L = DAG;
	const { label, textWidth } = options;
	const layerOf = new Map(flow.nodes.map((n) => [n.id, n.layer]));
	const column = bandColumns(flow);
	const g = graph<NodeDatum, LinkDatum>();
	const made = new Map<string, MutGraphNode<NodeDatum, LinkDatum>>();
	// Id order, so the result depends on the nodes and edges, not on the order they come in.
	for (const node of [...flow.nodes].sort((a, b) => (a.id < b.id ? -1 : 1))) {
		const lines = wrapLabel(label(node), L.maxLine, textWidth);
		const w = Math.ceil(Math.max(...lines.map(textWidth))) + 2 * L.padX;
		const h = lines.length * L.lineHeight + 2 * L.padY;
		made.set(node.id, g.node({ node, lines, w, h }));
	}
	for (const edge of [...flow.edges].sort(
		(a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)) || (a.id < b.id ? -1 : 1),
	)) {
		const [s, t] = [layerOf.get(edge.source)!, layerOf.get(edge.target)!];
		const reversed = s > t || (s === t && column.get(edge.source)! > column.get(edge.target)!);
		const [from, to] = reversed ? [edge.target, edge.source] : [edge.source, edge.target];
		g.link(made.get(from)!, made.get(to)!, { edge, reversed });
	}
	// Laid out top to bottom (d3-dag's layers are rows), then turned to run left to right: a node's size is given as
	// [its height, its width].
	const layout = sugiyama()
		.layering(
			layeringSimplex().rank(
				({ data }: GraphNode<NodeDatum, LinkDatum>) => data.node.layer * 100 + column.get(data.node.id)!,
			),
		)
		.decross(decrossTwoLayer())
		.coord(coordSimplex())
		.nodeSize(({ data }: GraphNode<NodeDatum, LinkDatum>) => [data.h, data.w] as const)
		.gap([L.nodeGap, L.columnGap]);
	const size = layout(g);

	const top = L.margin + L.title;
	const left = L.margin;
	const nodes: NodeBox[] = [];
	const box = new Map<string, NodeBox>();
	for (const n of g.nodes()) {
		const { node, lines, w, h } = n.data;
		// Turned: d3-dag's y (along the layers) is our x, its x (inside a layer) our y; both are centres.
		const b: NodeBox = {
			id: node.id,
			layer: node.layer,
			x: Math.round(left + n.y - w / 2),
			y: Math.round(top + n.x - h / 2),
			width: w,
			height: h,
			lines,
		};
		nodes.push(b);
		box.set(node.id, b);
	}
	nodes.sort((a, b) => a.x - b.x || a.y - b.y || (a.id < b.id ? -1 : 1));
	const width = Math.ceil(left + size.height + L.margin);
	const height = Math.ceil(top + size.width + L.margin);

	const curve = line().curve(curveBumpX);
	const edges: EdgeGeometry[] = [];
	for (const link of g.links()) {
		const { edge, reversed } = link.data;
		// d3-dag's points run from the laid-out source's centre to the laid-out target's centre, through the dummy
		// nodes of a long edge; turned, and with the ends moved to the nodes' facing sides.
		const pts = link.points.map(([x, y]): [number, number] => [left + y, top + x]);
		const from = box.get(reversed ? edge.target : edge.source)!;
		const to = box.get(reversed ? edge.source : edge.target)!;
		pts[0] = [from.x + from.width, pts[0]![1]];
		pts[pts.length - 1] = [to.x, pts[pts.length - 1]![1]];
		if (reversed) pts.reverse();
		const points = pts.map(([x, y]): [number, number] => [round(x), round(y)]);
		edges.push({ id: edge.id, d: curve(points)!, points });
	}
	edges.sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)) || (a.id < b.id ? -1 : 1));

	const bands: LayerBand[] = [];
	for (const layer of [...new Set(nodes.map((b) => b.layer))].sort()) {
		const mine = nodes.filter((b) => b.layer === layer);
		const x0 = Math.min(...mine.map((b) => b.x));
		const x1 = Math.max(...mine.map((b) => b.x + b.width));
		bands.push({ layer, x: x0 - L.margin / 2, width: x1 - x0 + L.margin });
	}
	return { width, height, bands, nodes, edges };
}
