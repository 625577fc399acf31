/**
 * The SVG path of an edge from its geometry (pure; used at build time and by the client when it re-lays out a view).
 * Between layers a vertical S-curve (as d3-shape's linkVertical draws it); inside a layer a curve that dips below
 * both ends, so it stays clear of the nodes it joins.
 */
import { LAYERED, type EdgeGeometry } from './layered.ts';

const r = (n: number) => Math.round(n * 10) / 10;

export function edgePath(g: EdgeGeometry): string {
	const [[x1, y1], [x2, y2]] = [g.from, g.to];
	if (g.direction === 'same') {
		const dip = r(Math.min(LAYERED.rowGap - 4, 14 + Math.abs(x2 - x1) / 12));
		return `M${r(x1)},${r(y1)}C${r(x1)},${r(y1 + dip)} ${r(x2)},${r(y2 + dip)} ${r(x2)},${r(y2)}`;
	}
	const mid = r((y1 + y2) / 2);
	return `M${r(x1)},${r(y1)}C${r(x1)},${mid} ${r(x2)},${mid} ${r(x2)},${r(y2)}`;
}
