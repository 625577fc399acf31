/** Finding glossary terms in the plan's text, in either language. Pure functions over strings. */
import type { GlossaryTerm } from './schema.ts';
import type { Locale } from './labels.ts';

/** The strings by which a term appears in text of the given language. */
export function termForms(term: GlossaryTerm, locale: Locale): string[] {
	return locale === 'zh' ? [term.zh, ...term.aliases] : [term.en, ...term.enVariants];
}

/** Terms whose form (in `locale`) occurs in `text`. */
export function termsIn(text: string, terms: readonly GlossaryTerm[], locale: Locale): GlossaryTerm[] {
	return terms.filter((t) => termForms(t, locale).some((form) => text.includes(form)));
}

export interface Segment {
	text: string;
	/** Set when this segment is the first use of a glossary term in the text. */
	term?: GlossaryTerm;
}

const isLetter = (c: string | undefined) => c !== undefined && /[A-Za-z0-9]/.test(c);

/**
 * Splits each sentence into segments so that the first use of every glossary term (longest match first, no
 * overlaps) is its own segment. Joining the segments gives each sentence back unchanged. English matches respect
 * word boundaries, so "bond" is not found inside "bonds".
 */
export function markFirstUses(
	sentences: readonly string[],
	terms: readonly GlossaryTerm[],
	locale: Locale,
): Segment[][] {
	const forms = terms
		.flatMap((term) => termForms(term, locale).map((form) => ({ form, term })))
		.sort((a, b) => b.form.length - a.form.length);
	const used = new Set<string>();
	return sentences.map((sentence) => {
		const segments: Segment[] = [];
		let plain = '';
		for (let i = 0; i < sentence.length;) {
			const hit = forms.find(
				({ form, term }) =>
					!used.has(term.id) &&
					sentence.startsWith(form, i) &&
					(locale === 'zh' || (!isLetter(sentence[i - 1]) && !isLetter(sentence[i + form.length]))),
			);
			if (!hit) {
				plain += sentence[i];
				i++;
				continue;
			}
			if (plain) segments.push({ text: plain });
			plain = '';
			segments.push({ text: hit.form, term: hit.term });
			used.add(hit.term.id);
			i += hit.form.length;
		}
		if (plain) segments.push({ text: plain });
		return segments;
	});
}
