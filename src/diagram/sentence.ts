/**
 * What an entity does and for whom, in one sentence built from the relations the text states (pure): what it does
 * (its relations as source, one clause per kind with the targets listed), then what others do for or with it (as
 * target, one clause per kind with the sources listed), each read through its kind's template.
 */
import type { Locale } from '../lib/labels.ts';
import { readEdge } from '../lib/relation-kinds.ts';
import type { RelationKindDef } from '../lib/schema.ts';
import type { Flow } from './model.ts';

const LIST_LOCALE = { zh: 'zh-CN', en: 'en' } as const;

export function neighbourhoodSentence(
	flow: Flow,
	id: string,
	kinds: readonly RelationKindDef[],
	locale: Locale,
): string {
	const names = new Map(flow.nodes.map((n) => [n.id, n.name[locale]]));
	const name = names.get(id);
	if (name === undefined) throw new Error(`neighbourhoodSentence: "${id}" takes part in no relation`);
	const list = new Intl.ListFormat(LIST_LOCALE[locale], { type: 'conjunction' });
	const clauses: string[] = [];
	for (const side of ['source', 'target'] as const) {
		const other = side === 'source' ? 'target' : 'source';
		const byKind = new Map<string, string[]>();
		for (const e of flow.edges)
			if (e[side] === id) {
				const ends = byKind.get(e.kind) ?? [];
				const end = names.get(e[other])!;
				if (!ends.includes(end)) ends.push(end);
				byKind.set(e.kind, ends);
			}
		for (const [kind, ends] of byKind)
			clauses.push(
				readEdge(
					kinds,
					kind,
					locale,
					side === 'source' ? { source: name, target: list.format(ends) } : { source: list.format(ends), target: name },
				),
			);
	}
	if (!clauses.length) throw new Error(`neighbourhoodSentence: "${id}" takes part in no relation`);
	const text = clauses.join(locale === 'zh' ? '；' : '; ') + (locale === 'zh' ? '。' : '.');
	return locale === 'en' ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
