/** Finding glossary terms in the plan's text, in either language. Pure functions over strings. */
import type { GlossaryTerm } from './schema.ts';
import type { Locale } from './labels.ts';

/** The strings by which a term appears in text of the given language. */
export function termForms(term: GlossaryTerm, locale: Locale): string[] {
	return locale === 'zh' ? [term.zh, ...term.aliases] : [term.en, ...term.enVariants];
}

const isLetter = (c: string | undefined) => c !== undefined && /[A-Za-z0-9]/.test(c);

/**
 * Whether `form` occurs in `text` at `at` as the site marks a term: anywhere in Chinese; in English only as whole
 * words, so "bond" is not found inside "bonds" (the one rule for the site's links and the terminology check).
 */
export function occursAt(text: string, form: string, at: number, locale: Locale): boolean {
	return (
		text.startsWith(form, at) && (locale === 'zh' || (!isLetter(text[at - 1]) && !isLetter(text[at + form.length])))
	);
}

/** Whether `form` occurs anywhere in `text` (by `occursAt`'s rule). */
export function occursIn(text: string, form: string, locale: Locale): boolean {
	for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1))
		if (occursAt(text, form, at, locale)) return true;
	return false;
}

/** Terms whose form (in `locale`) occurs in `text`. */
export function termsIn(text: string, terms: readonly GlossaryTerm[], locale: Locale): GlossaryTerm[] {
	return terms.filter((t) => termForms(t, locale).some((form) => occursIn(text, form, locale)));
}

export interface Segment {
	text: string;
	/** Set when this segment is the first use of a glossary term in the text. */
	term?: GlossaryTerm;
}

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
			const hit = forms.find(({ form, term }) => !used.has(term.id) && occursAt(sentence, form, i, locale));
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
