/**
 * Diagram layout: pure, deterministic, no DOM. Measures form a row across the top in document order, with a gap
 * between task groups. Entities sit in one horizontal band per type; inside a band each entity's chip is placed as
 * close as it fits to the mean position of the measures that name it (its barycentre), so mention lines run mostly
 * downwards instead of crossing the page.
 */
import { ENTITY_TYPES } from '../lib/schema.ts';
import type { Graph, GraphNode, NodeType } from './model.ts';

/** Bands top to bottom: the entity types in the order the schema declares them. */
export const TYPE_ORDER: readonly NodeType[] = ENTITY_TYPES;

export interface LayoutOptions {
	width: number;
	/** Label of a node in the page's language. */
	label: (node: GraphNode) => string;
	/** Width of a label in px (an estimate is fine: see estimateTextWidth). */
	textWidth: (text: string) => number;
	fontSize?: number;
}
export interface Box {
	id: string;
	x: number;
	y: number;
	width: number;
	height: number;
	/** The label, wrapped: one string per line. Never shortened, so the visible text is the node's whole name. */
	lines: string[];
}
export interface Band {
	type: NodeType;
	y: number;
	height: number;
}
export interface GroupSpan {
	group: string;
	x0: number;
	x1: number;
}
export interface Layout {
	width: number;
	height: number;
	measures: Box[];
	groups: GroupSpan[];
	bands: Band[];
	entities: Box[];
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/** Width of text in a sans-serif font: CJK characters are square, Latin ones a little over half as wide. */
export function estimateTextWidth(text: string, fontSize = 12): number {
	let w = 0;
	for (const ch of text) w += CJK.test(ch) ? fontSize : fontSize * 0.58;
	return w;
}

/** Wraps a label into lines of at most `max` px: at spaces for Latin text, between characters for Chinese. */
export function wrapLabel(text: string, max: number, textWidth: (t: string) => number): string[] {
	const words = /\s/u.test(text) ? text.split(/\s+/u) : [...text];
	const joiner = /\s/u.test(text) ? ' ' : '';
	const lines: string[] = [];
	let line = '';
	for (const word of words) {
		const next = line ? `${line}${joiner}${word}` : word;
		if (line && textWidth(next) > max) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

export const LAYOUT = {
	marginLeft: 130,
	marginRight: 16,
	top: 46,
	measureSize: 22,
	groupGap: 14,
	bandGap: 34,
	lineHeight: 15,
	chipPaddingY: 5,
	rowGap: 8,
	chipGap: 8,
	chipPadding: 10,
	maxLine: 230,
	maxShift: 90,
} as const;

export function layoutGraph(graph: Graph, options: LayoutOptions): Layout {
	const { width, label, textWidth } = options;
	const L = LAYOUT;
	const left = L.marginLeft;
	const right = width - L.marginRight;

	// Measures: one row, in numbering order, with gaps between task groups.
	const measureNodes = graph.nodes.filter((n) => n.type === 'measure').sort((a, b) => a.measure! - b.measure!);
	const groupsInOrder = [...new Set(measureNodes.map((n) => n.groups[0]!))];
	const step = (right - left - L.groupGap * (groupsInOrder.length - 1)) / measureNodes.length;
	const measures: Box[] = [];
	const groups: GroupSpan[] = [];
	measureNodes.forEach((node, i) => {
		const g = groupsInOrder.indexOf(node.groups[0]!);
		const cx = left + step * (i + 0.5) + L.groupGap * g;
		measures.push({
			id: node.id,
			x: cx - L.measureSize / 2,
			y: L.top,
			width: L.measureSize,
			height: L.measureSize,
			lines: [String(node.measure)],
		});
		const span = groups.find((s) => s.group === node.groups[0]);
		if (span) span.x1 = cx + step / 2;
		else groups.push({ group: node.groups[0]!, x0: cx - step / 2, x1: cx + step / 2 });
	});
	const measureX = new Map(measures.map((m) => [m.id, m.x + m.width / 2]));

	// Barycentre of each entity: the mean x of the measures that mention it.
	const bary = new Map<string, number>();
	for (const node of graph.nodes) {
		if (node.type === 'measure') continue;
		const xs = graph.edges
			.filter((e) => e.kind === 'mentions' && e.target === node.id)
			.map((e) => measureX.get(e.source)!);
		bary.set(node.id, xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : (left + right) / 2);
	}

	// Bands: one per type, chips packed into rows near their barycentre.
	const bands: Band[] = [];
	const entities: Box[] = [];
	let y = L.top + L.measureSize + L.bandGap + 10;
	for (const type of TYPE_ORDER) {
		const nodes = graph.nodes
			.filter((n) => n.type === type)
			.sort((a, b) => bary.get(a.id)! - bary.get(b.id)! || a.id.localeCompare(b.id));
		if (!nodes.length) continue;
		const rows: [number, number][][] = [];
		const placed: { box: Box; row: number }[] = [];
		for (const node of nodes) {
			const lines = wrapLabel(label(node), L.maxLine, textWidth);
			const w = Math.ceil(Math.max(...lines.map(textWidth))) + 2 * L.chipPadding;
			const h = lines.length * L.lineHeight + 2 * L.chipPaddingY;
			const want = Math.min(Math.max(bary.get(node.id)! - w / 2, left), right - w);
			let spot: { row: number; x: number } | undefined;
			for (let r = 0; !spot; r++) {
				rows[r] ??= [];
				const x = nearestFree(rows[r]!, want, w, left, right, L.chipGap);
				if (x !== undefined && (Math.abs(x - want) <= L.maxShift || r > 40)) spot = { row: r, x };
			}
			rows[spot.row]!.push([spot.x, spot.x + w]);
			placed.push({ box: { id: node.id, x: spot.x, y: 0, width: w, height: h, lines }, row: spot.row });
		}
		// Rows are as tall as their tallest chip.
		const rowTop: number[] = [];
		let top = y;
		rows.forEach((_, r) => {
			rowTop[r] = top;
			top += Math.max(...placed.filter((p) => p.row === r).map((p) => p.box.height)) + L.rowGap;
		});
		for (const p of placed) entities.push({ ...p.box, y: rowTop[p.row]! });
		const height = top - L.rowGap - y;
		bands.push({ type, y, height });
		y += height + L.bandGap;
	}
	return { width, height: Math.ceil(y - L.bandGap + 16), measures, groups, bands, entities };
}

/** The free x nearest to `want` for an interval of width w in a row of occupied intervals, or undefined. */
export function nearestFree(
	occupied: readonly [number, number][],
	want: number,
	w: number,
	left: number,
	right: number,
	gap: number,
): number | undefined {
	const candidates = [want, ...occupied.flatMap(([a, b]) => [a - gap - w, b + gap])]
		.map((x) => Math.min(Math.max(x, left), right - w))
		.filter((x) => occupied.every(([a, b]) => x + w + gap <= a || x >= b + gap));
	if (!candidates.length) return undefined;
	return candidates.reduce((best, x) => (Math.abs(x - want) < Math.abs(best - want) ? x : best));
}
