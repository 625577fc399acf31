/**
 * Other English renderings of glossary terms (content/renderings.yaml), read once: for a term, its renderings with
 * the names of their sources in a language; and the check that the file names only known terms and sources and adds
 * only renderings the glossary lacks. Pure: the file comes from the loader (`SiteData.renderings`).
 */
import type { Locale } from './labels.ts';
import type { GlossaryTerm, RenderingsFile } from './schema.ts';

export interface Rendering {
	en: string;
	/** Source names in the asked language. */
	sources: string[];
}

/** A term's other renderings, their sources named in `locale` (none when the file has no entry). */
export function renderingsOf(file: RenderingsFile, termId: string, locale: Locale): Rendering[] {
	return (file.renderings[termId] ?? []).map((r) => ({
		en: r.en,
		sources: r.sources.map((id) => file.sources[id]?.[locale] ?? id),
	}));
}

/** The renderings' words for search: every rendering of the term. */
export const renderingAliases = (file: RenderingsFile, term: GlossaryTerm): string[] =>
	(file.renderings[term.id] ?? []).map((r) => r.en);

/** Problems in the file, one line each: unknown term or source ids, renderings the glossary already has, repeats. */
export function renderingProblems(
	file: RenderingsFile,
	glossary: readonly GlossaryTerm[],
): { message: string; fix: string }[] {
	const problems: { message: string; fix: string }[] = [];
	const terms = new Map(glossary.map((t) => [t.id, t]));
	for (const [id, renderings] of Object.entries(file.renderings)) {
		const term = terms.get(id);
		if (!term) {
			problems.push({
				message: `renderings.${id}: no glossary term has this id`,
				fix: 'use an id from content/glossary.yaml',
			});
			continue;
		}
		const own = new Set([term.en, ...term.enVariants, ...term.searchAliases.en].map((s) => s.toLowerCase()));
		const seen = new Set<string>();
		for (const r of renderings) {
			const key = r.en.toLowerCase();
			if (own.has(key))
				problems.push({
					message: `renderings.${id}: "${r.en}" is already the glossary's (en, enVariants or searchAliases)`,
					fix: 'remove it here',
				});
			if (seen.has(key)) problems.push({ message: `renderings.${id}: "${r.en}" is listed twice`, fix: 'keep one' });
			seen.add(key);
			for (const source of r.sources)
				if (!file.sources[source])
					problems.push({
						message: `renderings.${id}: "${r.en}" cites source "${source}", which is not under sources`,
						fix: 'add it under sources or cite a listed one',
					});
		}
	}
	return problems;
}
