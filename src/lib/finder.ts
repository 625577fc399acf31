/**
 * The finder's logic, pure so the page (at build time), its client script and the unit tests share it: a selection
 * of needs, stages and enterprise groups; which measures match it and in what order; the URL that holds it; and,
 * when nothing matches, the nearest selection that does.
 *
 * Matching: within a facet any chosen value will do; across facets all must hold. A chosen need must be one the
 * measure concerns. A chosen stage or enterprise group excludes only measures tagged for other stages or other
 * groups: a measure tagged with none concerns every enterprise. An enterprise also belongs to the broader groups it
 * counts as (a 专精特新 SME is also an SME). With no need chosen, a measure must name a chosen stage or group (or a
 * broader group), or the list would be every general measure. Ranking: needs matched count most, then the
 * enterprise's own group, its stage, a broader group; ties go by measure number. */

export const SELECTION_FACETS = ['need', 'stage', 'type'] as const;
export type SelectionFacet = (typeof SELECTION_FACETS)[number];
export type Selection = Record<SelectionFacet, string[]>;

/** A measure's audience tags, by facet. */
export interface FinderMeasure {
	number: number;
	need: readonly string[];
	stage: readonly string[];
	type: readonly string[];
}

export interface Match {
	number: number;
	score: number;
	/** The selected values this measure concerns; `broader` lists groups matched only through a broader group. */
	matched: { need: string[]; stage: string[]; type: string[]; broader: string[] };
}

/** Weights of a match: a need counts most, then the enterprise's own group, its stage, a broader group. */
const WEIGHT = { need: 8, type: 4, stage: 2, broader: 1 } as const;

export const emptySelection = (): Selection => ({ need: [], stage: [], type: [] });
export const isEmpty = (s: Selection): boolean => SELECTION_FACETS.every((f) => s[f].length === 0);

/** The selection a query string holds (`?need=credit&need=guarantee&type=srdi`); unknown values are dropped. */
export function parseSelection(query: string, known: Record<SelectionFacet, readonly string[]>): Selection {
	const params = new URLSearchParams(query);
	const selection = emptySelection();
	for (const facet of SELECTION_FACETS)
		selection[facet] = [...new Set(params.getAll(facet))].filter((v) => known[facet].includes(v));
	return selection;
}

/** The query string of a selection, in a stable order ('' when empty). */
export function toQuery(selection: Selection): string {
	const params = new URLSearchParams();
	for (const facet of SELECTION_FACETS) for (const value of [...selection[facet]].sort()) params.append(facet, value);
	const query = params.toString();
	return query ? `?${query}` : '';
}

/** The broader groups each chosen group also counts as (not including the chosen ones). */
function broaderOf(types: readonly string[], alsoCountsAs: ReadonlyMap<string, readonly string[]>): Set<string> {
	const broader = new Set(types.flatMap((t) => alsoCountsAs.get(t) ?? []));
	for (const t of types) broader.delete(t);
	return broader;
}

/** The measures that match a selection, best first (ties by measure number). Empty for an empty selection. */
export function rank(
	measures: readonly FinderMeasure[],
	selection: Selection,
	alsoCountsAs: ReadonlyMap<string, readonly string[]> = new Map(),
): Match[] {
	if (isEmpty(selection)) return [];
	const broader = broaderOf(selection.type, alsoCountsAs);
	const matches: Match[] = [];
	for (const m of measures) {
		const matched = {
			need: selection.need.filter((v) => m.need.includes(v)),
			stage: selection.stage.filter((v) => m.stage.includes(v)),
			type: selection.type.filter((v) => m.type.includes(v)),
			broader: [...broader].filter((v) => m.type.includes(v)),
		};
		const fits = (facet: 'stage' | 'type', own: number) =>
			selection[facet].length === 0 || m[facet].length === 0 || own > 0;
		const specific = matched.stage.length + matched.type.length + matched.broader.length > 0;
		const relevant =
			(selection.need.length > 0 ? matched.need.length > 0 : specific) &&
			fits('stage', matched.stage.length) &&
			fits('type', matched.type.length + matched.broader.length);
		if (!relevant) continue;
		const score =
			WEIGHT.need * matched.need.length +
			WEIGHT.type * matched.type.length +
			WEIGHT.stage * matched.stage.length +
			WEIGHT.broader * matched.broader.length;
		matches.push({ number: m.number, score, matched });
	}
	return matches.sort((a, b) => b.score - a.score || a.number - b.number);
}

/**
 * When a selection matches nothing: the selection with one value left out that matches the most measures, leaving
 * out a group before a stage before a need (what the enterprise needs matters most), or undefined when no single
 * removal helps.
 */
export function nearest(
	measures: readonly FinderMeasure[],
	selection: Selection,
	alsoCountsAs: ReadonlyMap<string, readonly string[]> = new Map(),
): Selection | undefined {
	let best: { selection: Selection; count: number } | undefined;
	for (const facet of [...SELECTION_FACETS].reverse())
		for (const value of selection[facet]) {
			const fewer = { ...selection, [facet]: selection[facet].filter((v) => v !== value) };
			const count = rank(measures, fewer, alsoCountsAs).length;
			if (count > 0 && (!best || count > best.count)) best = { selection: fewer, count };
		}
	return best?.selection;
}
