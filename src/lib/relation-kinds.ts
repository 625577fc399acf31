/** The relation kinds (content/relation-kinds.yaml) as the site uses them: how an edge reads. */
import type { Locale } from './labels.ts';
import type { RelationFamily, RelationKindDef } from './schema.ts';

/** The colour family of a kind (its `family:` in content/relation-kinds.yaml). */
export function kindFamily(kinds: readonly RelationKindDef[], kind: string): RelationFamily {
	const def = kinds.find((k) => k.id === kind);
	if (!def) throw new Error(`relation kind "${kind}" is not in content/relation-kinds.yaml: run npm run check`);
	return def.family;
}

/** A piece of an edge's reading: literal text, or the place of the source or target name. */
export type ReadingPart = { text: string } | { end: 'source' | 'target' };

/** Splits a kind's reading template, e.g. "{source} 提供 {target}", into text and the two ends, in order. */
export function readingParts(kinds: readonly RelationKindDef[], kind: string, locale: Locale): ReadingPart[] {
	const def = kinds.find((k) => k.id === kind);
	if (!def) throw new Error(`relation kind "${kind}" is not in content/relation-kinds.yaml: run npm run check`);
	return def.reads[locale]
		.split(/(\{source\}|\{target\})/u)
		.filter((p) => p !== '')
		.map((p) =>
			p === '{source}' ? { end: 'source' as const } : p === '{target}' ? { end: 'target' as const } : { text: p },
		);
}

/** An edge read as plain text, e.g. "银行机构 提供 信用贷款". */
export function readEdge(
	kinds: readonly RelationKindDef[],
	kind: string,
	locale: Locale,
	names: { source: string; target: string },
): string {
	return readingParts(kinds, kind, locale)
		.map((p) => ('text' in p ? p.text : names[p.end]))
		.join('');
}
