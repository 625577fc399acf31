/**
 * Every sentence of the plan that names an entity, as an entity page quotes it (pure): for each measure, each
 * sentence whose Chinese names the entity, split into segments with the entity's name marked. A name is found as the
 * site finds glossary terms (longest match first, no overlaps), so a short name inside a longer entity's name does
 * not count; an elided name (content/entities.yaml `mentions`) is marked by its phrase. Where the page is English,
 * the English sentence is quoted too, with the English name marked where the translation uses it.
 */
import type { Mention } from './entities.ts';
import type { Locale } from './labels.ts';
import type { GlossaryTerm } from './schema.ts';
import { sentenceId } from './locale.ts';
import { termForms } from './terms.ts';

export interface QuoteSegment {
	text: string;
	/** The entity's name (or the phrase that names it). */
	mark?: boolean;
}
export interface Quote {
	sentence: string;
	zh: QuoteSegment[];
	/** The English translation, segmented the same way (absent where the sentence is untranslated). */
	en?: QuoteSegment[];
}
export interface MeasureQuotes {
	measure: number;
	quotes: Quote[];
}

const isLetter = (c: string | undefined) => c !== undefined && /[A-Za-z0-9]/.test(c);

interface Hit {
	start: number;
	length: number;
	/** The term used, or undefined for one of the given phrases. */
	id?: string;
}

/** Uses of terms (and phrases) in text, longest match first, no overlaps. */
function findUses(text: string, terms: readonly GlossaryTerm[], locale: Locale, phrases: readonly string[]): Hit[] {
	const forms = [
		...terms.flatMap((term) => termForms(term, locale).map((form) => ({ form, id: term.id as string | undefined }))),
		...phrases.map((form) => ({ form, id: undefined })),
	]
		.filter((f) => f.form)
		.map((f) => ({ ...f, folded: locale === 'en' ? f.form.toLowerCase() : f.form }))
		.sort((a, b) => b.form.length - a.form.length);
	const folded = locale === 'en' ? text.toLowerCase() : text;
	/** Length of a use of `form` at `i`: Chinese anywhere; English as a whole word, plural -s or -es included. */
	const useAt = (form: string, i: number): number => {
		if (!folded.startsWith(form, i)) return 0;
		if (locale === 'zh') return form.length;
		if (isLetter(text[i - 1])) return 0;
		for (const tail of ['', 's', 'es'])
			if (folded.startsWith(tail, i + form.length) && !isLetter(text[i + form.length + tail.length]))
				return form.length + tail.length;
		return 0;
	};
	const hits: Hit[] = [];
	for (let i = 0; i < text.length;) {
		let hit: Hit | undefined;
		for (const f of forms) {
			const length = useAt(f.folded, i);
			if (length) {
				hit = { start: i, length, id: f.id };
				break;
			}
		}
		if (hit) hits.push(hit);
		i += hit ? hit.length : 1;
	}
	return hits;
}

/** The uses of every term in a text, found once per text and term list (each entity page asks for every sentence). */
const cache = new WeakMap<readonly GlossaryTerm[], Map<string, Hit[]>>();
function usesOf(text: string, terms: readonly GlossaryTerm[], locale: Locale): Hit[] {
	let byText = cache.get(terms);
	if (!byText) cache.set(terms, (byText = new Map()));
	const key = `${locale}\u0000${text}`;
	let hits = byText.get(key);
	if (!hits) byText.set(key, (hits = findUses(text, terms, locale, [])));
	return hits;
}

/** Splits text so that each use of a term is a segment; uses of `id` (and of the given phrases) are marked. */
export function markUses(
	text: string,
	terms: readonly GlossaryTerm[],
	id: string,
	locale: Locale,
	phrases: readonly string[] = [],
): QuoteSegment[] {
	const hits = (phrases.length ? findUses(text, terms, locale, phrases) : usesOf(text, terms, locale)).filter(
		(h) => h.id === id || h.id === undefined,
	);
	const segments: QuoteSegment[] = [];
	let at = 0;
	for (const h of hits) {
		if (h.start > at) segments.push({ text: text.slice(at, h.start) });
		segments.push({ text: text.slice(h.start, h.start + h.length), mark: true });
		at = h.start + h.length;
	}
	if (at < text.length) segments.push({ text: text.slice(at) });
	return segments;
}

export function entityQuotes(
	id: string,
	measures: readonly { measure: number; sentences: readonly { zh: string; en?: string }[] }[],
	terms: readonly GlossaryTerm[],
	mentions: readonly Mention[],
	locale: Locale,
): MeasureQuotes[] {
	return measures.flatMap((m) => {
		const quotes = m.sentences.flatMap((s, i): Quote[] => {
			const sid = sentenceId(i);
			const phrases = mentions
				.filter((x) => x.entity === id && x.measure === m.measure && x.sentence === sid)
				.flatMap((x) => (x.ellipsis ?? []).map((e) => e.phrase));
			const zh = markUses(s.zh, terms, id, 'zh', phrases);
			if (!zh.some((seg) => seg.mark)) return [];
			return [{ sentence: sid, zh, ...(locale === 'en' && s.en ? { en: markUses(s.en, terms, id, 'en') } : {}) }];
		});
		return quotes.length ? [{ measure: m.measure, quotes }] : [];
	});
}
