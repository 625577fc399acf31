/**
 * Diagram behaviour (the only diagram code that ships): hover or focus a node to highlight it and its neighbours,
 * filter by entity type and task group, and open with ?focus=<id> highlighted. No layout happens here.
 */
export function enhanceDiagram(figure: HTMLElement, focusId: string | null): void {
	const svg = figure.querySelector('svg');
	const form = figure.querySelector<HTMLElement>('[data-diagram-filters]');
	const status = figure.querySelector<HTMLElement>('[data-diagram-status]');
	if (!svg || !form) return;
	const nodes = [...svg.querySelectorAll<SVGAElement>('.dg-node')];
	const edges = [...svg.querySelectorAll<SVGPathElement>('.dg-edge')];
	const byId = new Map(nodes.map((n) => [n.dataset.id!, n]));
	const incident = new Map<string, SVGPathElement[]>();
	for (const e of edges)
		for (const end of [e.dataset.source!, e.dataset.target!]) incident.set(end, [...(incident.get(end) ?? []), e]);

	const pinned = focusId && byId.has(focusId) ? focusId : null;
	function highlight(id: string | null) {
		svg!.classList.toggle('is-focusing', id !== null);
		for (const el of svg!.querySelectorAll('.is-hot')) el.classList.remove('is-hot');
		if (id === null) return;
		byId.get(id)?.classList.add('is-hot');
		for (const e of incident.get(id) ?? []) {
			e.classList.add('is-hot');
			byId.get(e.dataset.source === id ? e.dataset.target! : e.dataset.source!)?.classList.add('is-hot');
		}
	}
	for (const node of nodes) {
		const id = node.dataset.id!;
		node.addEventListener('mouseenter', () => highlight(id));
		node.addEventListener('focus', () => highlight(id));
		node.addEventListener('mouseleave', () => highlight(pinned));
		node.addEventListener('blur', () => highlight(pinned));
	}

	function applyFilters() {
		const types = new Set(
			[...form!.querySelectorAll<HTMLInputElement>('input[name="type"]:checked')].map((i) => i.value),
		);
		const group = form!.querySelector<HTMLSelectElement>('select[name="group"]')?.value ?? '';
		const visible = new Set<string>();
		for (const node of nodes) {
			const inGroup = !group || node.dataset.groups!.split(' ').includes(group);
			const shown = inGroup && (node.dataset.type === 'measure' || types.has(node.dataset.type!));
			node.classList.toggle('is-hidden', !shown);
			if (shown) visible.add(node.dataset.id!);
		}
		for (const e of edges)
			e.classList.toggle('is-hidden', !(visible.has(e.dataset.source!) && visible.has(e.dataset.target!)));
		if (status) status.textContent = (status.dataset.template ?? '').replace('{{nodes}}', String(visible.size));
	}
	form.hidden = false;
	form.addEventListener('change', applyFilters);
	applyFilters();

	if (pinned) {
		const node = byId.get(pinned)!;
		highlight(pinned);
		// After the browser's own jump to the #fragment (the text version, for readers without JavaScript).
		const show = () => requestAnimationFrame(() => node.scrollIntoView({ block: 'center', inline: 'center' }));
		if (document.readyState === 'complete') show();
		else addEventListener('load', show, { once: true });
	}
}
