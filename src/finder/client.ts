/**
 * The finder's behaviour (the only finder code that ships): read the selection from the URL and the form, rank the
 * measures with the shared logic of src/lib/finder.ts, show their cards in that order with the reasons that
 * matched, say how many match (or suggest the nearest selection that matches), and keep the URL and history in step.
 */
import { format } from '../lib/labels.ts';
import {
	SELECTION_FACETS,
	emptySelection,
	nearest,
	parseSelection,
	rank,
	toQuery,
	type FinderMeasure,
	type Selection,
} from '../lib/finder.ts';

const words = (value: string | undefined) => (value ? value.split(' ') : []);

export function enhanceFinder(root: HTMLElement): void {
	const form = root.querySelector<HTMLElement>('[data-finder-form]');
	const output = root.querySelector<HTMLElement>('[data-finder-output]');
	const list = root.querySelector<HTMLElement>('[data-finder-results]');
	const status = root.querySelector<HTMLElement>('[data-finder-status]');
	const suggestion = root.querySelector<HTMLElement>('[data-finder-suggestion]');
	const nearestLink = root.querySelector<HTMLAnchorElement>('[data-finder-nearest]');
	if (!form || !output || !list || !status || !suggestion || !nearestLink) return;
	const messages = JSON.parse(root.dataset.messages ?? '{}') as Record<string, string>;
	const alsoCountsAs = new Map<string, string[]>(JSON.parse(root.dataset.alsoCountsAs ?? '[]'));
	const cards = new Map([...list.querySelectorAll<HTMLElement>('[data-measure]')].map((c) => [c.dataset.measure!, c]));
	const measures: FinderMeasure[] = [...cards.values()].map((c) => ({
		number: Number(c.dataset.measure),
		need: words(c.dataset.need),
		stage: words(c.dataset.stage),
		type: words(c.dataset.type),
	}));
	const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
	const known = Object.fromEntries(
		SELECTION_FACETS.map((f) => [f, boxes.filter((b) => b.name === f).map((b) => b.value)]),
	) as Record<(typeof SELECTION_FACETS)[number], string[]>;
	const labelOf = (facet: string, id: string) =>
		boxes.find((b) => b.name === facet && b.value === id)?.parentElement?.textContent?.trim() ?? id;

	function fromForm(): Selection {
		const selection = emptySelection();
		for (const box of boxes) if (box.checked) selection[box.name as keyof Selection].push(box.value);
		return selection;
	}

	function render(selection: Selection) {
		for (const box of boxes) box.checked = selection[box.name as keyof Selection].includes(box.value);
		const matches = rank(measures, selection, alsoCountsAs);
		for (const card of cards.values()) card.hidden = true;
		for (const match of matches) {
			const card = cards.get(String(match.number))!;
			const shown = new Set([
				...match.matched.need.map((v) => `need=${v}`),
				...match.matched.stage.map((v) => `stage=${v}`),
				...[...match.matched.type, ...match.matched.broader].map((v) => `type=${v}`),
			]);
			for (const reason of card.querySelectorAll<HTMLElement>('[data-facet]'))
				reason.hidden = !shown.has(`${reason.dataset.facet}=${reason.dataset.id}`);
			card.hidden = false;
			list!.append(card); // in rank order
		}
		for (const note of root.querySelectorAll<HTMLElement>('[data-finder-note]'))
			note.hidden = !selection.type.includes(note.dataset.finderNote!);
		const empty = SELECTION_FACETS.every((f) => selection[f].length === 0);
		suggestion!.hidden = true;
		if (empty) status!.textContent = messages.empty ?? '';
		else if (matches.length) status!.textContent = format(messages.count ?? '', { n: matches.length });
		else {
			status!.textContent = messages.none ?? '';
			const near = nearest(measures, selection, alsoCountsAs);
			if (near) {
				const dropped = SELECTION_FACETS.flatMap((f) =>
					selection[f].filter((v) => !near[f].includes(v)).map((v) => labelOf(f, v)),
				);
				nearestLink!.href = toQuery(near) || location.pathname;
				nearestLink!.textContent = format(messages.nearest ?? '', { without: dropped.join('、') });
				suggestion!.hidden = false;
			}
		}
	}

	function go(selection: Selection) {
		const query = toQuery(selection);
		if (query !== location.search) history.pushState(null, '', query || location.pathname);
		render(selection);
	}

	for (const box of boxes) box.disabled = false;
	form.addEventListener('change', () => go(fromForm()));
	nearestLink.addEventListener('click', (event) => {
		event.preventDefault();
		go(parseSelection(new URL(nearestLink.href).search, known));
	});
	window.addEventListener('popstate', () => render(parseSelection(location.search, known)));
	render(parseSelection(location.search, known));
}
