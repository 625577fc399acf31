/**
 * Rule: the entity data is grounded in the text. Ids are unique glossary terms; every mention and relation names
 * existing entities and measures; every evidence phrase occurs verbatim in its measure's Chinese text and contains
 * the entities it relates; every entity is named in some measure; and wherever a measure names an entity (by its
 * glossary name or an alias, longest match first), a mention of it for that measure exists.
 */
import { relative } from '../../../src/lib/content.ts';
import type { GlossaryTerm } from '../../../src/lib/schema.ts';
import { markFirstUses, termForms } from '../../../src/lib/terms.ts';
import type { CheckContext } from '../context.ts';
import type { Problem } from '../problem.ts';

export function checkEntities(ctx: CheckContext): Problem[] {
	const file = relative(ctx.paths.entities, ctx.paths.root);
	const problems: Problem[] = [];
	const add = (message: string, fix: string, measure?: number) => problems.push({ file, measure, message, fix });
	const terms = new Map(ctx.glossary.map((t) => [t.id, t]));
	const texts = new Map(ctx.measures.map((m) => [m.data.measure, m.data.sentences.map((s) => s.zh).join('')]));
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
	const named = (id: string, evidence: string) => termForms(entities.get(id)!, 'zh').some((f) => evidence.includes(f));
	const grounded = (measure: number, evidence: string, label: string) => {
		const text = texts.get(measure);
		if (text === undefined)
			return (add(`${label} cites measure ${measure}, which does not exist`, 'cite a measure 1–41', measure), false);
		if (!text.includes(evidence))
			return (
				add(
					`${label}: evidence 「${evidence}」 is not in the measure's Chinese text`,
					'quote the measure exactly (npm run check compares character by character)',
					measure,
				),
				false
			);
		return true;
	};
	for (const m of ctx.entities.mentions) {
		const label = `mention of "${m.entity}"`;
		if (!entities.has(m.entity)) {
			add(`${label}: no such entity`, 'add it to entities or correct the id', m.measure);
			continue;
		}
		if (grounded(m.measure, m.evidence, label) && !named(m.entity, m.evidence))
			add(
				`${label}: evidence 「${m.evidence}」 does not contain its name`,
				`quote a phrase with ${termForms(entities.get(m.entity)!, 'zh').join(' or ')}`,
				m.measure,
			);
	}
	for (const r of ctx.entities.relations) {
		const label = `relation ${r.source} ${r.kind} ${r.target}`;
		const missing = [r.source, r.target].filter((id) => !entities.has(id));
		if (missing.length) {
			add(`${label}: no entity ${missing.join(', ')}`, 'add it to entities or correct the id', r.measure);
			continue;
		}
		if (!grounded(r.measure, r.evidence, label)) continue;
		for (const id of [r.source, r.target])
			if (!named(id, r.evidence))
				add(
					`${label}: evidence 「${r.evidence}」 does not name ${id}`,
					'quote a phrase that names both entities',
					r.measure,
				);
	}
	// Coverage: each measure's named entities (longest match first, as the site marks them) have a mention.
	const mentioned = new Set(ctx.entities.mentions.map((m) => `${m.measure}:${m.entity}`));
	const everNamed = new Set<string>();
	for (const [measure, text] of texts) {
		const found = new Set(
			markFirstUses([text], [...entities.values()], 'zh')
				.flat()
				.flatMap((s) => (s.term ? [s.term.id] : [])),
		);
		for (const id of found) {
			everNamed.add(id);
			if (!mentioned.has(`${measure}:${id}`))
				add(
					`names "${id}" (${entities.get(id)!.zh}) but has no mention of it`,
					'add a mention with an evidence phrase from the measure',
					measure,
				);
		}
	}
	for (const id of entities.keys())
		if (!everNamed.has(id))
			add(
				`entity "${id}" is named in no measure`,
				'remove it, or check its glossary name and aliases against the text',
			);
	return problems;
}
