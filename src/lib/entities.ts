/**
 * The entity data as the site uses it: the mentions derived from the glossary, and each entity's glossary term
 * joined in (pure; src/data/load.ts runs it once).
 */
import type { EntitiesFile, Ellipsis, EntityType, GlossaryTerm, MeasureFile } from './schema.ts';
import { markFirstUses } from './terms.ts';
import { sentenceId } from './locale.ts';

export interface Entity {
	id: string;
	type: EntityType;
	term: GlossaryTerm;
}

/** A measure names an entity: in sentence `sentence`, within the clause `evidence`. */
export interface Mention {
	measure: number;
	entity: string;
	sentence: string;
	evidence: string;
	/** Set when the measure names the entity only through an elided phrase (listed in content/entities.yaml). */
	ellipsis?: Ellipsis[];
}

/** The entities file with every mention: those derived from the glossary, then the listed exceptions. */
export interface EntityData extends Omit<EntitiesFile, 'mentions'> {
	mentions: Mention[];
}

/** The clause (between ，；。) of `sentence` that contains position `at`. */
function clauseAt(sentence: string, at: number): string {
	const stops = /[，；。]/u;
	let start = at;
	while (start > 0 && !stops.test(sentence[start - 1]!)) start--;
	let end = at;
	while (end < sentence.length && !stops.test(sentence[end]!)) end++;
	return sentence.slice(start, end);
}

/**
 * The mentions the text itself shows: for each measure, each entity whose glossary name or alias occurs, found as
 * the site marks terms (longest match first, no overlaps, first use only), so a short name inside a longer entity's
 * name does not count. Evidence is the clause of the first use.
 */
export function deriveMentions(measures: readonly MeasureFile[], terms: readonly GlossaryTerm[]): Mention[] {
	return measures.flatMap((m) =>
		markFirstUses(
			m.sentences.map((s) => s.zh),
			terms,
			'zh',
		).flatMap((segments, i) => {
			let at = 0;
			return segments.flatMap((seg) => {
				const start = at;
				at += seg.text.length;
				if (!seg.term) return [];
				const zh = m.sentences[i]!.zh;
				return [{ measure: m.measure, entity: seg.term.id, sentence: sentenceId(i), evidence: clauseAt(zh, start) }];
			});
		}),
	);
}

/** Glossary terms of the entities, in entity order (unknown ids are left to the check). */
export function entityTerms(data: EntitiesFile, glossary: readonly GlossaryTerm[]): GlossaryTerm[] {
	const terms = new Map(glossary.map((t) => [t.id, t]));
	return data.entities.flatMap(({ id }) => terms.get(id) ?? []);
}

/** Every mention, by measure: derived from the glossary, then the file's exceptions for that measure. */
export function resolveEntities(
	data: EntitiesFile,
	glossary: readonly GlossaryTerm[],
	measures: readonly MeasureFile[],
): EntityData {
	const derived = deriveMentions(measures, entityTerms(data, glossary));
	const mentions = [...derived, ...data.mentions].sort((a, b) => a.measure - b.measure);
	return { ...data, mentions };
}

/** Entities with their glossary terms; an id that is no glossary term is left out (`npm run check` reports it). */
export function joinEntities(data: Pick<EntitiesFile, 'entities'>, glossary: readonly GlossaryTerm[]): Entity[] {
	const terms = new Map(glossary.map((t) => [t.id, t]));
	return data.entities.flatMap(({ id, type }) => {
		const term = terms.get(id);
		return term ? [{ id, type, term }] : [];
	});
}

/** The measures whose text names each entity (from its mentions), ascending: the one derivation of this fact. */
export function measuresNaming(mentions: readonly Pick<Mention, 'entity' | 'measure'>[]): Map<string, number[]> {
	const index = new Map<string, Set<number>>();
	for (const m of mentions) {
		if (!index.has(m.entity)) index.set(m.entity, new Set());
		index.get(m.entity)!.add(m.measure);
	}
	return new Map([...index].map(([id, set]) => [id, [...set].sort((a, b) => a - b)]));
}
