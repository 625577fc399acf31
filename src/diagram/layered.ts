/**
 * Layered layout of a flow (providers → instruments and services → beneficiaries): pure, deterministic, no DOM.
 * Each layer is a band, top to bottom. Inside a layer, nodes are ordered by the barycentre of their neighbours in the
 * other layers (from id order, a few sweeps, ties broken by the previous order, then id), which keeps edges short
 * and reduces crossings. A layer too wide for one row is dealt round-robin into the fewest rows that fit, so every
 * row keeps the barycentre order and spans the width; each row spreads its spare width evenly between its nodes, so
 * a smaller view fills the space instead of leaving gaps. The same function lays out the wide and the narrow variant.
 */
import { wrapLabel } from './layout.ts';
import { LAYERS, type Flow, type FlowNode, type Layer } from './model.ts';

export interface LayeredOptions {
	width: number;
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
export interface LayerBand {
	layer: Layer;
	/** Top of the band's title; nodes start at `y + LAYERED.title`. */
	y: number;
	height: number;
}
/** An edge's ends: `down` from a source's bottom to a target's top, `up` the reverse, `same` bottom to bottom. */
export interface EdgeGeometry {
	id: string;
	from: [number, number];
	to: [number, number];
	direction: 'down' | 'up' | 'same';
}
export interface LayeredLayout {
	width: number;
	height: number;
	bands: LayerBand[];
	nodes: NodeBox[];
	edges: EdgeGeometry[];
}

export const LAYERED = {
	margin: 8,
	title: 24,
	titleBaseline: 16,
	bandGap: 64,
	rowGap: 22,
	chipGap: 8,
	padX: 8,
	padY: 5,
	lineHeight: 15,
	maxLine: 140,
	sweeps: 4,
} as const;

/** Orders each layer's node ids by the barycentre of their neighbours in the other layers. */
export function orderLayers(flow: Flow): string[][] {
	const L = LAYERED;
	// Start from id order, so the result depends on the nodes and edges, not on the order the nodes come in.
	const order = LAYERS.map((l) =>
		flow.nodes
			.filter((n) => n.layer === l)
			.map((n) => n.id)
			.sort(),
	);
	const layerOf = new Map(flow.nodes.map((n) => [n.id, n.layer]));
	const neighbours = new Map<string, string[]>(flow.nodes.map((n) => [n.id, []]));
	for (const e of flow.edges)
		if (layerOf.get(e.source) !== layerOf.get(e.target)) {
			neighbours.get(e.source)!.push(e.target);
			neighbours.get(e.target)!.push(e.source);
		}
	const rank = new Map<string, number>();
	const setRanks = (ids: string[]) => ids.forEach((id, i) => rank.set(id, ids.length > 1 ? i / (ids.length - 1) : 0.5));
	order.forEach(setRanks);
	const sweep: Layer[] = [1, 2, 1, 0];
	for (let s = 0; s < L.sweeps; s++)
		for (const l of sweep) {
			const bary = new Map(
				order[l]!.map((id) => {
					const ns = neighbours.get(id)!;
					return [id, ns.length ? ns.reduce((a, n) => a + rank.get(n)!, 0) / ns.length : rank.get(id)!];
				}),
			);
			order[l]!.sort((a, b) => bary.get(a)! - bary.get(b)! || rank.get(a)! - rank.get(b)! || (a < b ? -1 : 1));
			setRanks(order[l]!);
		}
	return order;
}

export function layoutLayers(flow: Flow, options: LayeredOptions): LayeredLayout {
	const { width, label, textWidth } = options;
	const L = LAYERED;
	const inner = width - 2 * L.margin;
	const maxLine = Math.min(L.maxLine, inner / 2 - L.chipGap - 2 * L.padX);
	const byId = new Map(flow.nodes.map((n) => [n.id, n]));
	const nodes: NodeBox[] = [];
	const bands: LayerBand[] = [];
	let y = L.margin;
	for (const ids of orderLayers(flow)) {
		if (!ids.length) continue;
		const layer = byId.get(ids[0]!)!.layer;
		const boxes = ids.map((id) => {
			const lines = wrapLabel(label(byId.get(id)!), maxLine, textWidth);
			return {
				id,
				layer,
				x: 0,
				y: 0,
				width: Math.ceil(Math.max(...lines.map(textWidth))) + 2 * L.padX,
				height: lines.length * L.lineHeight + 2 * L.padY,
				lines,
			};
		});
		// The fewest rows such that dealing the nodes round-robin fits every row in the width.
		const rowsOf = (k: number) => Array.from({ length: k }, (_, r) => boxes.filter((_, i) => i % k === r));
		const fits = (row: NodeBox[]) => row.reduce((a, b) => a + b.width, 0) + L.chipGap * (row.length - 1) <= inner;
		let k = 1;
		while (!rowsOf(k).every(fits)) k++;
		let top = y + L.title;
		for (const row of rowsOf(k)) {
			const used = row.reduce((a, b) => a + b.width, 0);
			const gap = (inner - used) / (row.length + 1);
			let x = L.margin + gap;
			for (const box of row) {
				box.x = Math.round(x);
				box.y = top;
				x += box.width + gap;
			}
			top += Math.max(...row.map((b) => b.height)) + L.rowGap;
		}
		nodes.push(...boxes);
		const height = top - L.rowGap - y;
		bands.push({ layer, y, height });
		y += height + L.bandGap;
	}
	const box = new Map(nodes.map((b) => [b.id, b]));
	const edges = flow.edges.map((e): EdgeGeometry => {
		const s = box.get(e.source)!;
		const t = box.get(e.target)!;
		const cx = (b: NodeBox) => b.x + b.width / 2;
		if (s.layer === t.layer)
			return { id: e.id, from: [cx(s), s.y + s.height], to: [cx(t), t.y + t.height], direction: 'same' };
		const down = s.layer < t.layer;
		return {
			id: e.id,
			from: [cx(s), down ? s.y + s.height : s.y],
			to: [cx(t), down ? t.y : t.y + t.height],
			direction: down ? 'down' : 'up',
		};
	});
	return { width, height: Math.ceil(y - L.bandGap + L.margin), bands, nodes, edges };
}
