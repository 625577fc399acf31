/**
 * The finder's behaviour (the only finder code that ships): read the selection from the URL and the form, rank the
 * measures with the shared logic of src/lib/finder.ts, show their cards in that order, each saying why it is listed
 * (with the evidence of the tags that matched, or of the other stages and groups it names), say how many are
 * listed ("1 measure", "2 measures"), and keep the URL and history in step.
 */
import { formatPlural, type PluralTemplates } from '../lib/labels.ts';
import {
	SELECTION_FACETS,
	emptySelection,
	parseSelection,
	rank,
	toQuery,
	type FinderMeasure,
	type Match,
	type Selection,
} from '../lib/finder.ts';

interface Messages {
	count: PluralTemplates;
	none: string;
	empty: string;
	because: Record<'need' | 'stage' | 'type' | 'broader' | 'general' | 'other', string>;
	separator: string;
}

/** Why a card is listed, in the page's words: what it matched, that it is general, that it names others. */
export function because(match: Match, messages: Pick<Messages, 'because' | 'separator'>): string {
	const reasons = (['need', 'stage', 'type', 'broader'] as const)
		.filter((facet) => match.matched[facet].length > 0)
		.map((facet) => messages.because[facet]);
	if (match.fit === 'general') reasons.push(messages.because.general);
	if (match.other.stage.length + match.other.type.length > 0) reasons.push(messages.because.other);
	return reasons.join(messages.separator);
}

const words = (value: string | undefined) => (value ? value.split(' ') : []);

export function enhanceFinder(root: HTMLElement): void {
	const form = root.querySelector<HTMLElement>('[data-finder-form]');
	const output = root.querySelector<HTMLElement>('[data-finder-output]');
	const list = root.querySelector<HTMLElement>('[data-finder-results]');
	const status = root.querySelector<HTMLElement>('[data-finder-status]');
	if (!form || !output || !list || !status) return;
	const messages = JSON.parse(root.dataset.messages ?? '{}') as Messages;
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
				...[...match.matched.stage, ...match.other.stage].map((v) => `stage=${v}`),
				...[...match.matched.type, ...match.matched.broader, ...match.other.type].map((v) => `type=${v}`),
			]);
			for (const reason of card.querySelectorAll<HTMLElement>('[data-facet]'))
				reason.hidden = !shown.has(`${reason.dataset.facet}=${reason.dataset.id}`);
			const why = card.querySelector<HTMLElement>('[data-finder-because]');
			if (why) why.textContent = because(match, messages);
			card.dataset.fit = match.fit;
			card.hidden = false;
			list!.append(card); // in rank order
		}
		for (const note of root.querySelectorAll<HTMLElement>('[data-finder-note]'))
			note.hidden = !selection.type.includes(note.dataset.finderNote!);
		const empty = SELECTION_FACETS.every((f) => selection[f].length === 0);
		if (empty) status!.textContent = messages.empty;
		else if (matches.length) status!.textContent = formatPlural(messages.count, matches.length);
		else status!.textContent = messages.none;
	}

	function go(selection: Selection) {
		const query = toQuery(selection);
		if (query !== location.search) history.pushState(null, '', query || location.pathname);
		render(selection);
	}

	for (const box of boxes) box.disabled = false;
	form.addEventListener('change', () => go(fromForm()));
	window.addEventListener('popstate', () => render(parseSelection(location.search, known)));
	render(parseSelection(location.search, known));
}
