/**
 * Edge crossings of a drawn diagram, counted on the geometry (pure): each edge's SVG path (M, L and C commands, as
 * d3-shape and the old layout wrote them) is flattened into a polyline, and every pair of edges that do not share an
 * end is counted once if their polylines intersect. The same count serves any layout, so two can be compared.
 */

type Point = [number, number];
export interface Drawn {
	id: string;
	source: string;
	target: string;
	d: string;
}

/** A path flattened into points: cubic segments sampled at `steps` points each. */
export function flatten(d: string, steps = 12): Point[] {
	const tokens = d.match(/[MLC]|-?\d*\.?\d+(?:e-?\d+)?/g) ?? [];
	const pts: Point[] = [];
	let i = 0;
	let command = '';
	const num = () => Number(tokens[i++]);
	while (i < tokens.length) {
		if (/[MLC]/.test(tokens[i]!)) command = tokens[i++]!;
		if (command === 'M' || command === 'L') pts.push([num(), num()]);
		else if (command === 'C') {
			const p0 = pts[pts.length - 1]!;
			const c1: Point = [num(), num()];
			const c2: Point = [num(), num()];
			const p1: Point = [num(), num()];
			for (let s = 1; s <= steps; s++) {
				const t = s / steps;
				const u = 1 - t;
				pts.push([
					u * u * u * p0[0] + 3 * u * u * t * c1[0] + 3 * u * t * t * c2[0] + t * t * t * p1[0],
					u * u * u * p0[1] + 3 * u * u * t * c1[1] + 3 * u * t * t * c2[1] + t * t * t * p1[1],
				]);
			}
		} else throw new Error(`flatten: unsupported path command in "${d}"`);
	}
	return pts;
}

const cross = (o: Point, a: Point, b: Point) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
/** Proper intersection of segments ab and cd (touching ends do not count). */
function intersects(a: Point, b: Point, c: Point, d: Point): boolean {
	const d1 = cross(c, d, a);
	const d2 = cross(c, d, b);
	const d3 = cross(a, b, c);
	const d4 = cross(a, b, d);
	return d1 * d2 < 0 && d3 * d4 < 0;
}

/** How many pairs of edges without a shared end cross. */
export function countCrossings(edges: readonly Drawn[]): number {
	const lines = edges.map((e) => {
		const pts = flatten(e.d);
		const xs = pts.map((p) => p[0]);
		const ys = pts.map((p) => p[1]);
		return { e, pts, box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] as const };
	});
	let count = 0;
	for (const [i, a] of lines.entries())
		for (const b of lines.slice(i + 1)) {
			const shared = [a.e.source, a.e.target].some((n) => n === b.e.source || n === b.e.target);
			if (shared) continue;
			if (a.box[2] < b.box[0] || b.box[2] < a.box[0] || a.box[3] < b.box[1] || b.box[3] < a.box[1]) continue;
			let hit = false;
			for (let p = 1; p < a.pts.length && !hit; p++)
				for (let q = 1; q < b.pts.length && !hit; q++)
					hit = intersects(a.pts[p - 1]!, a.pts[p]!, b.pts[q - 1]!, b.pts[q]!);
			if (hit) count++;
		}
	return count;
}
