/**
 * Diagram behaviour (the only diagram code that ships; the layout is done at build time). Hovering or focusing an
 * arrow shows its reading and sentence in the caption area; an entity, the measures that name it, with its edges
 * highlighted. On the diagram page (d3-selection for the interaction): an entity chosen by click, Enter or the
 * search box is focused (?focus=<id>, pushed to the history so Back returns): everything but its neighbourhood
 * fades, the view zooms to it and a sentence says what it does and for whom. The selects fade all but a beneficiary's
 * view (?for=<id>) or a task group's (?group=<slug>), with the same pure model functions as the build. Pan and zoom
 * (src/diagram/zoom.ts, d3-zoom) load on the first interaction with the diagram.
 */
import { select } from 'd3-selection';
import { format, formatPlural, type PluralTemplates } from '../lib/labels.ts';
import {
	flowFor,
	flowOfMeasures,
	neighbourhood,
	type Flow,
	type FlowEdge,
	type FlowNode,
	type Layer,
} from './model.ts';
import type { Box, Zoomer } from './zoom.ts';

/** The plural forms of a count string that the page put in a data attribute (src/lib/labels.ts pluralTemplates). */
const templates = (json: string | undefined): PluralTemplates => JSON.parse(json ?? '{"lang":"en","forms":{}}');

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

/** Hover and focus captions for any flow figure (the diagram page, the task-group pages, the entity pages). */
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

/** The flow an SVG draws, read back from its data attributes (only what the model functions use). */
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

/** The box around the drawn nodes of a view, in SVG units. */
function boxOf(svg: SVGSVGElement, ids: ReadonlySet<string>): Box | undefined {
	const rects = [...svg.querySelectorAll<SVGElement>('.dg-node')]
		.filter((n) => ids.has(n.dataset.id!))
		.map((n) => n.querySelector('rect')!)
		.map(
			(r) => ['x', 'y', 'width', 'height'].map((a) => Number(r.getAttribute(a))) as [number, number, number, number],
		);
	if (!rects.length) return undefined;
	const x = Math.min(...rects.map((r) => r[0]));
	const y = Math.min(...rects.map((r) => r[1]));
	return {
		x,
		y,
		width: Math.max(...rects.map((r) => r[0] + r[2])) - x,
		height: Math.max(...rects.map((r) => r[1] + r[3])) - y,
	};
}

/** "Showing 12 entities and 1 relation": the status line's template with each count in its plural form. */
const statusText = (status: HTMLElement, entities: number, relations: number) =>
	format(status.dataset.template ?? '', {
		entities: formatPlural(templates(status.dataset.entities), entities),
		relations: formatPlural(templates(status.dataset.relations), relations),
	});

type View =
	{ kind: 'all' } | { kind: 'focus'; id: string } | { kind: 'for'; id: string } | { kind: 'group'; value: string };

export function enhanceDiagram(figure: HTMLElement): void {
	const show = enhanceFlow(figure);
	const svg = figure.querySelector<SVGSVGElement>('[data-diagram-view] svg.diagram-svg');
	const viewport = figure.querySelector<HTMLElement>('[data-dg-viewport]');
	const canvas = svg?.querySelector<SVGGElement>('.dg-canvas');
	if (!svg || !viewport || !canvas) return;
	const flow = readFlow(svg);
	const ids = new Set(flow.nodes.map((n) => n.id));
	const form = figure.querySelector<HTMLElement>('[data-diagram-filters]');
	const status = figure.querySelector<HTMLElement>('[data-diagram-status]');
	const selects = [...(form?.querySelectorAll('select') ?? [])];
	const find = figure.querySelector<HTMLFormElement>('[data-diagram-find]');
	const findInput = find?.querySelector('input');
	const findStatus = figure.querySelector<HTMLElement>('[data-diagram-find-status]');
	const panel = figure.querySelector<HTMLElement>('[data-diagram-focus]');
	const sentences = figure.querySelector<HTMLTemplateElement>('template[data-diagram-neighbourhoods]')?.content;
	const zoomBar = figure.querySelector<HTMLElement>('[data-diagram-zoom]');

	// The viewport: the drawing at its natural size, moved and scaled by a transform on its canvas.
	const natural = { width: Number(svg.dataset.width), height: Number(svg.dataset.height) };
	viewport.classList.add('is-zoomable');
	viewport.tabIndex = 0;
	viewport.setAttribute('role', 'group');
	viewport.setAttribute('aria-label', zoomBar?.getAttribute('aria-label') ?? '');
	svg.removeAttribute('viewBox');
	svg.setAttribute('width', '100%');
	svg.setAttribute('height', '100%');
	const whole: Box = { x: 0, y: 0, ...natural };
	// Opens on the whole width where labels stay legible (≥ 0.75 of their size), else at that scale from the left.
	const k0 = Math.min(1, Math.max(0.75, viewport.clientWidth / natural.width));
	canvas.setAttribute('transform', `translate(0,0) scale(${k0})`);
	let zoomer: Promise<Zoomer> | undefined;
	const zoomed = () =>
		(zoomer ??= import('./zoom.ts').then(({ attachZoom }) => attachZoom(svg, canvas, { x: 0, y: 0, k: k0 })));
	for (const type of ['pointerdown', 'touchstart', 'wheel', 'focusin'])
		viewport.addEventListener(type, () => void zoomed(), { once: true, passive: true });
	if (zoomBar) zoomBar.hidden = false;
	select(zoomBar)
		.selectAll<HTMLButtonElement, unknown>('button[data-zoom]')
		.on('click', function () {
			const action = this.dataset.zoom;
			void zoomed().then((z) => (action === 'in' ? z.by(1.4) : action === 'out' ? z.by(1 / 1.4) : z.fit(whole)));
		});
	viewport.addEventListener('keydown', (ev) => {
		if (ev.altKey || ev.ctrlKey || ev.metaKey) return;
		const step = 80;
		const act: Record<string, (z: Zoomer) => void> = {
			'+': (z) => z.by(1.4),
			'=': (z) => z.by(1.4),
			'-': (z) => z.by(1 / 1.4),
			'0': (z) => z.fit(whole),
			ArrowLeft: (z) => z.pan(step, 0),
			ArrowRight: (z) => z.pan(-step, 0),
			ArrowUp: (z) => z.pan(0, step),
			ArrowDown: (z) => z.pan(0, -step),
		};
		const f = act[ev.key];
		if (!f) return;
		ev.preventDefault();
		void zoomed().then(f);
	});
	// Tabbing through nodes and arrows keeps the focused one in view.
	viewport.addEventListener('focusin', (ev) => {
		const node = (ev.target as Element).closest?.('.dg-node');
		const box = node && boxOf(svg, new Set([(node as SVGElement).dataset.id!]));
		if (box) void zoomed().then((z) => z.reveal(box));
	});

	const fade = (view: Flow | undefined, centre?: string) => {
		const nodes = new Set(view?.nodes.map((n) => n.id));
		const edges = new Set(view?.edges.map((e) => e.id));
		select(svg).classed('is-filtered', !!view);
		const id = (_: unknown, i: number, group: ArrayLike<SVGElement>) => group[i]!.dataset.id!;
		select(svg)
			.selectAll<SVGElement, unknown>('.dg-node')
			.classed('is-near', (d, i, g) => nodes.has(id(d, i, g)))
			.classed('is-centre', (d, i, g) => id(d, i, g) === centre);
		select(svg)
			.selectAll<SVGElement, unknown>('.dg-edge')
			.classed('is-near', (d, i, g) => edges.has(id(d, i, g)));
		return nodes;
	};
	const count = (view: Flow) => {
		if (status) status.textContent = statusText(status, view.nodes.length, view.edges.length);
	};

	function viewOf(params: URLSearchParams): View {
		const focus = params.get('focus');
		if (focus && ids.has(focus)) return { kind: 'focus', id: focus };
		const forId = params.get('for');
		if (forId && ids.has(forId)) return { kind: 'for', id: forId };
		const group = params.get('group');
		const option = selects
			.find((s) => s.name === 'group')
			?.querySelector<HTMLOptionElement>(`option[value="${CSS.escape(group ?? '')}"]`);
		if (group && option) return { kind: 'group', value: group };
		return { kind: 'all' };
	}

	function apply(view: View, fit: boolean) {
		for (const s of selects)
			s.value =
				view.kind === 'for' && s.name === 'for'
					? view.id
					: view.kind === 'group' && s.name === 'group'
						? view.value
						: '';
		let shown: Flow | undefined;
		if (view.kind === 'focus') shown = neighbourhood(flow, view.id);
		else if (view.kind === 'for') shown = flowFor(flow, view.id);
		else if (view.kind === 'group') {
			const measures = selects.find((s) => s.name === 'group')?.selectedOptions[0]?.dataset.measures ?? '';
			shown = flowOfMeasures(flow, measures.split(' ').map(Number));
		}
		const nodes = fade(shown, view.kind === 'focus' || view.kind === 'for' ? view.id : undefined);
		count(shown ?? flow);
		if (view.kind === 'focus' && status && panel?.dataset.status)
			status.textContent = formatPlural(templates(panel.dataset.status), (shown?.nodes.length ?? 1) - 1, {
				name: svg!.querySelector<SVGElement>(`.dg-node[data-id="${CSS.escape(view.id)}"]`)?.dataset.label ?? '',
			});
		if (panel) {
			panel.hidden = view.kind !== 'focus';
			if (view.kind === 'focus') {
				const p = sentences?.querySelector<HTMLElement>(`[data-id="${CSS.escape(view.id)}"]`);
				const text = panel.querySelector<HTMLElement>('[data-diagram-focus-sentence]');
				const open = panel.querySelector<HTMLAnchorElement>('[data-diagram-focus-open]');
				if (text) text.textContent = p?.textContent?.trim() ?? '';
				if (open && p) {
					open.href = p.dataset.href ?? '';
					open.textContent = p.dataset.open ?? '';
				}
			}
		}
		// A chosen entity's neighbourhood fills the view where it fits at a legible scale; a large one (a hub) is
		// centred on the entity itself at that scale, its faded-in neighbours a pan away.
		const centre = view.kind === 'focus' || view.kind === 'for' ? boxOf(svg!, new Set([view.id])) : undefined;
		if (fit) void zoomed().then((z) => (shown ? z.fit(boxOf(svg!, nodes) ?? whole, 1, 0.7, centre) : z.fit(whole)));
	}

	/** Changes the view: a focus is a new history entry (Back returns), a filter replaces the current one. */
	function go(view: View) {
		const url = new URL(location.href);
		for (const k of ['focus', 'for', 'group']) url.searchParams.delete(k);
		url.hash = '';
		if (view.kind === 'focus') url.searchParams.set('focus', view.id);
		if (view.kind === 'for') url.searchParams.set('for', view.id);
		if (view.kind === 'group') url.searchParams.set('group', view.value);
		if (view.kind === 'focus') history.pushState(null, '', url);
		else history.replaceState(null, '', url);
		apply(view, true);
	}

	for (const s of selects)
		s.addEventListener('change', () =>
			go(
				!s.value
					? { kind: 'all' }
					: s.name === 'for'
						? { kind: 'for', id: s.value }
						: { kind: 'group', value: s.value },
			),
		);
	if (form) form.hidden = false;

	// Choosing an entity: a click or Enter on its node focuses it (its page is one link away, in the panel).
	svg.addEventListener('click', (ev) => {
		const node = (ev.target as Element).closest?.<SVGElement>('.dg-node');
		if (!node || ev.ctrlKey || ev.metaKey || ev.shiftKey || (ev as MouseEvent).button) return;
		ev.preventDefault();
		go({ kind: 'focus', id: node.dataset.id! });
	});
	panel?.querySelector('[data-diagram-focus-clear]')?.addEventListener('click', () => go({ kind: 'all' }));

	// The search box: any name of an entity in either language, or an alias.
	const byName = new Map<string, string>();
	for (const o of figure.querySelectorAll<HTMLOptionElement>('#dg-find-names option'))
		byName.set(o.value.toLowerCase(), o.dataset.id!);
	if (find && findInput) {
		find.hidden = false;
		find.addEventListener('submit', (ev) => {
			ev.preventDefault();
			const query = findInput.value.trim();
			const id =
				byName.get(query.toLowerCase()) ?? [...byName].find(([name]) => name.includes(query.toLowerCase()))?.[1];
			if (findStatus) findStatus.textContent = id ? '' : (find.dataset.none ?? '').replace('{{query}}', query);
			if (id && query) go({ kind: 'focus', id });
		});
		findInput.addEventListener('change', () => {
			if (byName.has(findInput.value.trim().toLowerCase())) find.requestSubmit();
		});
	}

	addEventListener('popstate', () => apply(viewOf(new URLSearchParams(location.search)), true));
	const initial = viewOf(new URLSearchParams(location.search));
	apply(initial, initial.kind !== 'all');
	if (initial.kind === 'focus') {
		const node = svg.querySelector(`.dg-node[data-id="${CSS.escape(initial.id)}"]`);
		if (node) show(node);
		// After the browser's own jump to the #fragment (the text version, for readers without JavaScript).
		const scroll = () => requestAnimationFrame(() => (panel ?? viewport).scrollIntoView({ block: 'start' }));
		if (document.readyState === 'complete') scroll();
		else addEventListener('load', scroll, { once: true });
	}
}
