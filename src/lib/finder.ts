/**
 * The finder's logic, pure so the page (at build time), its client script and the unit tests share it: a selection
 * of needs, stages and enterprise groups; which measures it lists and in what order, and why each is listed; and the
 * URL that holds it. Nothing is listed only when no measure concerns any chosen need, or (with no need chosen) none
 * names a chosen stage or group; the content checks see to it that every need and stage concerns some measure.
 *
 * The rule: needs decide what is listed, stages and groups only rank; a stage or group never hides a measure.
 * - With a need chosen, every measure that concerns any chosen need is listed.
 * - Then what fits the enterprise comes first, in three bands:
 *   1. `fits`: the measure names a chosen stage or group, or a broader group the chosen one counts as (a 专精特新
 *      SME is also an SME);
 *   2. `general`: it names no stage and no group that the selection asks about, so it concerns every enterprise;
 *   3. `other`: it names only other stages or other groups (from one sentence of it: other sentences may still
 *      concern the enterprise, which is why it is listed, and why it says which stages or groups it names).
 * - Within a band: needs matched count most, then the enterprise's own group, its stage, a broader group; ties go by
 *   measure number.
 * - With no need chosen, the list is the measures that name a chosen stage or group (or a broader group), ranked
 *   the same way; without that limit it would be every measure.
 * Each match says why it is listed: the needs, stages, groups and broader groups it matched, its band, and the
 * stages or groups it names instead of the chosen ones (a measure for your group may name other stages). */

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

/** Why a measure is listed, its band first: see the rule above. */
export type Fit = 'fits' | 'general' | 'other';
export const FITS: readonly Fit[] = ['fits', 'general', 'other'];

export interface Match {
	number: number;
	fit: Fit;
	score: number;
	/** The selected values this measure concerns; `broader` lists groups matched only through a broader group. */
	matched: { need: string[]; stage: string[]; type: string[]; broader: string[] };
	/** Per facet the selection asks about and the measure names without a chosen value: the values it names. */
	other: { stage: string[]; type: string[] };
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

/** The measures a selection lists, in the order of the rule above. Empty for an empty selection. */
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
		const fits = matched.stage.length + matched.type.length + matched.broader.length > 0;
		if (selection.need.length > 0 ? matched.need.length === 0 : !fits) continue;
		// A facet the selection asks about and the measure names, but with none of the chosen values.
		const elsewhere = (facet: 'stage' | 'type', own: number) =>
			selection[facet].length > 0 && m[facet].length > 0 && own === 0 ? [...m[facet]] : [];
		const other = {
			stage: elsewhere('stage', matched.stage.length),
			type: elsewhere('type', matched.type.length + matched.broader.length),
		};
		const fit: Fit = fits ? 'fits' : other.stage.length + other.type.length > 0 ? 'other' : 'general';
		const score =
			WEIGHT.need * matched.need.length +
			WEIGHT.type * matched.type.length +
			WEIGHT.stage * matched.stage.length +
			WEIGHT.broader * matched.broader.length;
		matches.push({ number: m.number, fit, score, matched, other });
	}
	const band = (m: Match) => FITS.indexOf(m.fit);
	return matches.sort((a, b) => band(a) - band(b) || b.score - a.score || a.number - b.number);
}
