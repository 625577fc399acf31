/**
 * Diagram behaviour (the only diagram code that ships). Hovering or focusing an arrow shows its reading and sentence
 * in the caption area; an entity, the measures that name it, with its edges highlighted. On the diagram page, the
 * selects pick a beneficiary (?for=<id>) or a task group (?group=<slug>): the client reads the drawn flow back from
 * the SVG's data attributes, takes the subgraph with the same pure model functions and re-runs the same pure layout,
 * then moves the drawn nodes and edges (the rest are hidden), so the view fills its space. The mentions toggle adds
 * the measures that name each entity to its label, laid out the same way. ?focus=<id> highlights an entity.
 */
import { estimateTextWidth, lineJoiner } from './layout.ts';
import { LAYERED, layoutLayers } from './layered.ts';
import { flowFor, flowOfMeasures, type Flow, type FlowEdge, type FlowNode, type Layer } from './model.ts';
import { edgePath } from './paths.ts';
import { format, formatPlural, type PluralTemplates } from '../lib/labels.ts';

/** The plural forms of a count string that the page put in a data attribute (src/lib/labels.ts pluralTemplates). */
const templates = (json: string | undefined): PluralTemplates => JSON.parse(json ?? '{"lang":"en","forms":{}}');

const SVG = 'http://www.w3.org/2000/svg';

function captionOn(figure: HTMLElement): (target: Element | null) => void {
	const caption = figure.querySelector<HTMLElement>('[data-diagram-caption]');
	const sentences = figure.querySelector<HTMLTemplateElement>('template[data-diagram-sentences]')?.content;
	if (!caption) return () => {};
	const hint = caption.textContent ?? '';
	return (target) => {
		const svg = target?.closest('svg');
		for (const el of figure.querySelectorAll('.is-hot')) el.classList.remove('is-hot');
		figure.querySelectorAll('svg.diagram-svg').forEach((s) => s.classList.toggle('is-focusing', s === svg));
		if (!target || !svg) {
			caption.textContent = hint;
			return;
		}
		target.classList.add('is-hot');
		const title = target.getAttribute('aria-label') ?? '';
		const d = (target as SVGElement).dataset;
		if (d.key) {
			const sentence = sentences?.querySelector(`[data-key="${d.key}"]`);
			caption.replaceChildren(`${title} `, sentence?.cloneNode(true) ?? '');
			for (const end of [d.source, d.target]) svg.querySelector(`.dg-node[data-id="${end}"]`)?.classList.add('is-hot');
		} else {
			const measures = (d.measures ?? '').split(' ').filter(Boolean);
			caption.textContent = formatPlural(templates(caption.dataset.namedIn), measures.length, {
				name: d.label ?? '',
				measures: measures.join(caption.dataset.sep ?? ', '),
			});
			for (const e of svg.querySelectorAll<SVGElement>('.dg-edge'))
				if (e.dataset.source === d.id || e.dataset.target === d.id) e.classList.add('is-hot');
		}
	};
}

/** Hover and focus captions for any flow figure (the diagram page and the task-group pages). */
export function enhanceFlow(figure: HTMLElement): (target: Element | null) => void {
	const show = captionOn(figure);
	const pick = (ev: Event) => show((ev.target as Element).closest?.('.dg-edge, .dg-node') ?? null);
	figure.addEventListener('mouseover', pick);
	figure.addEventListener('focusin', pick);
	figure.addEventListener('mouseleave', () => show(null));
	figure.addEventListener('focusout', (ev) => {
		if (!figure.contains((ev as FocusEvent).relatedTarget as Node | null)) show(null);
	});
	return show;
}

/** The flow an SVG draws, read back from its data attributes (only what the model and the layout use). */
function readFlow(svg: SVGSVGElement): Flow {
	const nodes = [...svg.querySelectorAll<SVGElement>('.dg-node')].map((n): FlowNode => {
		const label = n.dataset.label!;
		return {
			id: n.dataset.id!,
			type: 'enterprise',
			layer: Number(n.dataset.layer) as Layer,
			name: { zh: label, en: label },
			measures: (n.dataset.measures ?? '').split(' ').filter(Boolean).map(Number),
		};
	});
	const edges = [...svg.querySelectorAll<SVGElement>('.dg-edge')].map((e): FlowEdge => ({
		id: e.dataset.id!,
		source: e.dataset.source!,
		target: e.dataset.target!,
		kind: '',
		strength: 'in-place',
		measure: Number(e.dataset.measure),
		sentence: '',
		evidence: '',
	}));
	return { nodes, edges };
}

/** Lays out `view` in `svg`'s width and moves the drawn nodes, edges and bands there; hides what it leaves out. */
function draw(svg: SVGSVGElement, view: Flow, label: (n: FlowNode) => string): void {
	const width = Number(svg.getAttribute('width'));
	const layout = layoutLayers(view, { width, label, textWidth: (t) => estimateTextWidth(t) });
	const boxes = new Map(layout.nodes.map((b) => [b.id, b]));
	const byId = new Map(view.nodes.map((n) => [n.id, n]));
	const paths = new Map(layout.edges.map((g) => [g.id, edgePath(g)]));
	const bands = new Map(layout.bands.map((b) => [String(b.layer), b]));
	const set = (el: Element | null, attrs: Record<string, number | string>) => {
		for (const [k, v] of Object.entries(attrs)) el?.setAttribute(k, String(v));
	};
	for (const n of svg.querySelectorAll<SVGElement>('.dg-node')) {
		const b = boxes.get(n.dataset.id!);
		n.classList.toggle('is-hidden', !b);
		if (!b) continue;
		set(n.querySelector('rect'), { x: b.x, y: b.y, width: b.width, height: b.height });
		const text = n.querySelector('text')!;
		const x = b.x + LAYERED.padX;
		set(text, { x, y: b.y + LAYERED.padY + 11 });
		text.replaceChildren(
			...b.lines.map((line, i) => {
				if (b.lines.length === 1) return line;
				const span = document.createElementNS(SVG, 'tspan');
				set(span, { x, dy: i === 0 ? 0 : LAYERED.lineHeight });
				span.textContent = i < b.lines.length - 1 ? `${line}${lineJoiner(label(byId.get(b.id)!))}` : line;
				return span;
			}),
		);
	}
	for (const e of svg.querySelectorAll<SVGElement>('.dg-edge')) {
		const d = paths.get(e.dataset.id!);
		e.classList.toggle('is-hidden', !d);
		if (d) set(e.querySelector('path'), { d });
	}
	for (const g of svg.querySelectorAll<SVGElement>('.dg-band')) {
		const b = bands.get(g.dataset.layer!);
		g.classList.toggle('is-hidden', !b);
		if (!b) continue;
		set(g.querySelector('rect'), { y: b.y, height: b.height + LAYERED.margin });
		set(g.querySelector('text'), { y: b.y + LAYERED.titleBaseline });
	}
	set(svg, { height: layout.height, viewBox: `0 0 ${width} ${layout.height}` });
}

/** "Showing 12 entities and 1 relation": the status line's template with each count in its plural form. */
const statusText = (status: HTMLElement, entities: number, relations: number) =>
	format(status.dataset.template ?? '', {
		entities: formatPlural(templates(status.dataset.entities), entities),
		relations: formatPlural(templates(status.dataset.relations), relations),
	});

export function enhanceDiagram(figure: HTMLElement, params: URLSearchParams): void {
	const show = enhanceFlow(figure);
	const form = figure.querySelector<HTMLElement>('[data-diagram-filters]');
	const status = figure.querySelector<HTMLElement>('[data-diagram-status]');
	const selects = [...(form?.querySelectorAll('select') ?? [])];
	const svgs = [...figure.querySelectorAll<SVGSVGElement>('[data-diagram-view] svg.diagram-svg')];
	if (!form || !svgs.length) return;
	// Read lazily: the page opens on the build-time layout, so nothing is laid out until a view is chosen.
	let flows: Flow[] | undefined;

	const mentions = form.querySelector<HTMLInputElement>('input[name="mentions"]');
	/** A node's label: its name, and with the mentions toggle on, the measures that name it. */
	const label = (n: FlowNode) =>
		mentions?.checked && n.measures.length
			? formatPlural(templates(mentions.dataset.template), n.measures.length, {
					name: n.name.en,
					measures: n.measures.join(mentions.dataset.sep ?? ', '),
				})
			: n.name.en;

	function render() {
		const select = selects.find((s) => s.value);
		const value = select?.value ?? '';
		const measures = select?.selectedOptions[0]?.dataset.measures;
		let shown: Flow | undefined;
		flows ??= svgs.map(readFlow);
		svgs.forEach((svg, i) => {
			const all = flows![i]!;
			shown = !value ? all : measures ? flowOfMeasures(all, measures.split(' ').map(Number)) : flowFor(all, value);
			draw(svg, shown, label);
		});
		if (status && shown) status.textContent = statusText(status, shown.nodes.length, shown.edges.length);
		const url = new URL(location.href);
		for (const s of selects) url.searchParams.delete(s.name);
		if (select && value) url.searchParams.set(select.name, value);
		history.replaceState(null, '', url);
	}
	for (const select of selects) {
		const initial = params.get(select.name);
		if (initial && [...select.options].some((o) => o.value === initial)) select.value = initial;
		select.addEventListener('change', () => {
			// One view at a time: choosing a beneficiary clears the task group and the other way round.
			for (const other of selects) if (other !== select) other.value = '';
			render();
		});
	}
	mentions?.addEventListener('change', render);
	form.hidden = false;
	if (selects.some((s) => s.value)) render();
	else if (status)
		status.textContent = statusText(
			status,
			svgs[0]!.querySelectorAll('.dg-node').length,
			svgs[0]!.querySelectorAll('.dg-edge').length,
		);

	const focus = params.get('focus');
	const nodes = [...figure.querySelectorAll(`[data-diagram-view] .dg-node[data-id="${CSS.escape(focus ?? '')}"]`)];
	const node = nodes.find((n) => n.getBoundingClientRect().width > 0) ?? nodes[0];
	if (node) {
		show(node);
		// After the browser's own jump to the #fragment (the text version, for readers without JavaScript).
		const scroll = () => requestAnimationFrame(() => node.scrollIntoView({ block: 'center', inline: 'center' }));
		if (document.readyState === 'complete') scroll();
		else addEventListener('load', scroll, { once: true });
	}
}
