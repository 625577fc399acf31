/**
 * Pan and zoom for the full diagram (d3-zoom on d3-selection), loaded by the client on the first interaction with
 * the diagram so it is not part of the page's up-front script. The viewport keeps the transform on the SVG's canvas
 * group; the buttons, the keyboard and gestures all go through d3-zoom, so they share one state. Wheel zooms only
 * with Ctrl or ⌘ (a trackpad pinch sends that), so plain scrolling still scrolls the page.
 */
import { select } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, zoomTransform, type ZoomBehavior } from 'd3-zoom';

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}
export interface Zoomer {
	by(factor: number): void;
	pan(dx: number, dy: number): void;
	/**
	 * Fits the box into the viewport, no larger than `maxScale`; where that would take it below `minScale`, centres
	 * `centre` (default: the box) at `minScale` instead, so labels stay legible.
	 */
	fit(box: Box, maxScale?: number, minScale?: number, centre?: Box): void;
	/** Pans just enough to bring the box into view, at the current scale. */
	reveal(box: Box): void;
	scale(): number;
}

const MIN = 0.2;
const MAX = 4;

export function attachZoom(
	svg: SVGSVGElement,
	canvas: SVGGElement,
	initial: { x: number; y: number; k: number },
): Zoomer {
	const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
	const behaviour: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
		.scaleExtent([MIN, MAX])
		.filter((ev: Event) => {
			if (ev.type === 'wheel') return (ev as WheelEvent).ctrlKey || (ev as WheelEvent).metaKey;
			return !(ev as MouseEvent).button;
		})
		.on('zoom', (ev: { transform: { toString(): string } }) => canvas.setAttribute('transform', String(ev.transform)));
	const sel = select(svg);
	sel.call(behaviour).on('dblclick.zoom', null);
	behaviour.transform(sel, zoomIdentity.translate(initial.x, initial.y).scale(initial.k));
	const move = () => (reduce ? sel : sel.transition().duration(250));
	const size = () => ({ w: svg.clientWidth, h: svg.clientHeight });
	return {
		by: (factor) => behaviour.scaleBy(move(), factor),
		pan: (dx, dy) => behaviour.translateBy(move(), dx / zoomTransform(svg).k, dy / zoomTransform(svg).k),
		fit(box, maxScale = 1, minScale = MIN, centre) {
			const { w, h } = size();
			const fitted = Math.min(maxScale, (w - 16) / box.width, (h - 16) / box.height);
			const k = Math.max(minScale, fitted);
			const on = fitted < minScale && centre ? centre : box;
			const t = zoomIdentity
				.translate(w / 2, h / 2)
				.scale(k)
				.translate(-(on.x + on.width / 2), -(on.y + on.height / 2));
			behaviour.transform(move(), t);
		},
		reveal(box) {
			const t = zoomTransform(svg);
			const { w, h } = size();
			const [x0, y0] = t.apply([box.x, box.y]);
			const [x1, y1] = t.apply([box.x + box.width, box.y + box.height]);
			const dx = x0 < 8 ? 8 - x0 : x1 > w - 8 ? w - 8 - x1 : 0;
			const dy = y0 < 8 ? 8 - y0 : y1 > h - 8 ? h - 8 - y1 : 0;
			if (dx || dy) behaviour.translateBy(sel, dx / t.k, dy / t.k);
		},
		scale: () => zoomTransform(svg).k,
	};
}
