/**
 * Rule: the entity data is grounded in the text. Ids are unique glossary terms; every mention and relation names
 * existing entities, measures and sentences; every evidence phrase occurs verbatim in the sentence it cites and names
 * the entities it relates (by glossary name or alias, or through a declared ellipsis); every relation has a known
 * kind (content/relation-kinds.yaml) and a strength; every entity is named in some measure. Mentions are derived from
 * the glossary (src/lib/entities.ts): the file lists only exceptions, and one the derivation already finds is reported.
 */
import { relative } from '../../../src/data/read.ts';
import { deriveMentions } from '../../../src/lib/entities.ts';
import { RELATION_STRENGTHS, type Ellipsis, type GlossaryTerm } from '../../../src/lib/schema.ts';
import { termForms } from '../../../src/lib/terms.ts';
import { sentenceById, sentenceId } from '../../../src/lib/locale.ts';
import type { CheckContext } from '../context.ts';
import type { Problem } from '../problem.ts';

/** True when the characters of `full` occur, in order, in `phrase` (an elided phrase keeps the full name's words). */
const isSubsequence = (full: string, phrase: string) => {
	let i = 0;
	for (const c of phrase) if (c === full[i]) i++;
	return i === full.length;
};

export function checkEntities(ctx: CheckContext): Problem[] {
	const file = relative(ctx.paths.entities, ctx.paths.root);
	const problems: Problem[] = [];
	const add = (message: string, fix: string, measure?: number) => problems.push({ file, measure, message, fix });
	const terms = new Map(ctx.glossary.map((t) => [t.id, t]));
	const sentences = new Map(ctx.measures.map((m) => [m.data.measure, m.data.sentences.map((s) => s.zh)]));
	const entities = new Map<string, GlossaryTerm>();
	for (const { id } of ctx.entities.entities) {
		const term = terms.get(id);
		if (entities.has(id)) add(`entity "${id}" is listed twice`, 'list each entity once');
		else if (!term)
			add(
				`entity "${id}" is not a glossary term`,
				'use the id of a term in content/glossary.yaml, or add the term there first',
			);
		else entities.set(id, term);
	}
	const forms = (id: string) => termForms(entities.get(id)!, 'zh');
	/** The evidence names the entity by one of its forms, or by a declared ellipsis that stands for one. */
	const named = (id: string, evidence: string, ellipsis: readonly Ellipsis[] = []) =>
		forms(id).some((f) => evidence.includes(f)) ||
		ellipsis.some((e) => forms(id).includes(e.names) && evidence.includes(e.phrase));
	/** The cited sentence exists and contains the evidence verbatim. */
	const grounded = (measure: number, sentence: string, evidence: string, label: string) => {
		const list = sentences.get(measure);
		if (list === undefined)
			return (add(`${label} cites measure ${measure}, which does not exist`, 'cite a measure 1–41', measure), false);
		const text = sentenceById(list, sentence);
		if (text === undefined) {
			add(
				`${label} cites sentence ${sentence}, but the measure has ${list.length} sentences (s1–s${list.length})`,
				'cite the sentence (s1, s2 … as on the measure page) that contains the evidence',
				measure,
			);
			return false;
		}
		if (text.includes(evidence)) return true;
		const actual = list.findIndex((s) => s.includes(evidence));
		if (actual >= 0)
			add(
				`${label}: evidence 「${evidence}」 is in sentence ${sentenceId(actual)}, not ${sentence}`,
				`set sentence: ${sentenceId(actual)}`,
				measure,
			);
		else
			add(
				`${label}: evidence 「${evidence}」 is not in sentence ${sentence} of the measure's Chinese text`,
				'quote one sentence exactly (npm run check compares character by character)',
				measure,
			);
		return false;
	};
	/** Each ellipsis occurs in the evidence and elides a full name of one of `ends`. */
	const checkEllipsis = (ellipsis: readonly Ellipsis[], evidence: string, ends: string[], label: string, n: number) => {
		for (const e of ellipsis) {
			if (!evidence.includes(e.phrase))
				add(
					`${label}: ellipsis 「${e.phrase}」 is not in the evidence`,
					'quote the elided phrase from the evidence',
					n,
				);
			if (!ends.some((id) => forms(id).includes(e.names)))
				add(
					`${label}: ellipsis names 「${e.names}」, which is not a name of ${ends.join(' or ')}`,
					'give the full glossary name (or alias) the phrase stands for',
					n,
				);
			else if (e.phrase.includes(e.names) || !isSubsequence(e.names, e.phrase))
				add(
					`${label}: 「${e.phrase}」 is not an elided form of 「${e.names}」`,
					'list an ellipsis only where the full name is split by a shared element (甲和乙丙 for 甲丙)',
					n,
				);
		}
	};

	const derived = deriveMentions(
		ctx.measures.map((m) => m.data),
		[...entities.values()],
	);
	const mentioned = new Set(derived.map((m) => `${m.measure}:${m.entity}`));
	for (const m of ctx.entities.mentions) {
		const label = `mention of "${m.entity}"`;
		if (!entities.has(m.entity)) {
			add(`${label}: no such entity`, 'add it to entities or correct the id', m.measure);
			continue;
		}
		if (mentioned.has(`${m.measure}:${m.entity}`)) {
			add(
				`${label} is listed, but the check already derives it from the glossary`,
				'remove it: list only mentions the glossary cannot find (ellipsis)',
				m.measure,
			);
			continue;
		}
		if (!grounded(m.measure, m.sentence, m.evidence, label)) continue;
		checkEllipsis(m.ellipsis, m.evidence, [m.entity], label, m.measure);
		if (!named(m.entity, m.evidence, m.ellipsis))
			add(
				`${label}: evidence 「${m.evidence}」 does not contain its name`,
				`quote a phrase with ${forms(m.entity).join(' or ')}, or declare the ellipsis that stands for it`,
				m.measure,
			);
		mentioned.add(`${m.measure}:${m.entity}`);
	}

	const kinds = new Set(ctx.relationKinds.map((k) => k.id));
	for (const r of ctx.entities.relations) {
		const label = `relation ${r.source} ${r.kind} ${r.target}`;
		const missing = [r.source, r.target].filter((id) => !entities.has(id));
		if (missing.length) {
			add(`${label}: no entity ${missing.join(', ')}`, 'add it to entities or correct the id', r.measure);
			continue;
		}
		if (!kinds.has(r.kind))
			add(
				`${label}: unknown kind "${r.kind}"`,
				`use one of ${[...kinds].join(', ')} (content/relation-kinds.yaml)`,
				r.measure,
			);
		if (!(RELATION_STRENGTHS as readonly string[]).includes(r.strength))
			add(
				`${label}: strength ${r.strength === undefined ? 'is missing' : `"${r.strength}" is unknown`}`,
				`set strength: ${RELATION_STRENGTHS.join(' | ')}, read from the governing verb (探索/研究 → studied; 鼓励/支持/引导/推动 → encouraged; otherwise in-place)`,
				r.measure,
			);
		if (!grounded(r.measure, r.sentence, r.evidence, label)) continue;
		const ends = [r.source, r.target];
		checkEllipsis(r.ellipsis ?? [], r.evidence, ends, label, r.measure);
		for (const id of ends)
			if (!named(id, r.evidence, r.ellipsis))
				add(
					`${label}: evidence 「${r.evidence}」 does not name ${id}`,
					'quote a phrase that names both entities',
					r.measure,
				);
			else if (!mentioned.has(`${r.measure}:${id}`))
				add(
					`${label}: the measure has no mention of ${id}`,
					'add a mention with the same ellipsis to content/entities.yaml',
					r.measure,
				);
	}

	const everNamed = new Set([...mentioned].map((key) => key.slice(key.indexOf(':') + 1)));
	for (const id of entities.keys())
		if (!everNamed.has(id))
			add(
				`entity "${id}" is named in no measure`,
				'remove it, or check its glossary name and aliases against the text',
			);
	return problems;
}
