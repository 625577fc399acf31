/**
 * What the search index holds beyond a page's visible text, generated from the data: the forms in which readers
 * write a measure's number, and the other names of the glossary terms a measure uses. Pure functions.
 */
import type { Locale } from './labels.ts';
import { chineseNumber } from './numerals.ts';
import type { GlossaryTerm } from './schema.ts';
import { termForms, termsIn } from './terms.ts';

/**
 * 9 → 第9项 第九项 第9条 第九条 9 (zh), Measure 9 9 (en). The site calls a measure 第9项 (the plan numbers items, not
 * articles), but readers used to laws write 第9条, so both are found.
 */
export function measureNumberForms(n: number, locale: Locale): string[] {
	if (locale === 'en') return [`Measure ${n}`, String(n)];
	const numeral = chineseNumber(n);
	return [`第${n}项`, `第${numeral}项`, `第${n}条`, `第${numeral}条`, String(n)];
}

/**
 * The names, in `locale`, of the glossary terms a measure uses (found in its Chinese text, which is authoritative)
 * that its text in `locale` does not already contain: aliases and full names, English variants, and the words
 * readers search with (`searchAliases`).
 */
export function termSynonyms(
	zhText: string,
	pageText: string,
	terms: readonly GlossaryTerm[],
	locale: Locale,
): string[] {
	const names = termsIn(zhText, terms, 'zh').flatMap((t) => [...termForms(t, locale), ...t.searchAliases[locale]]);
	return [...new Set(names)].filter((name) => !pageText.includes(name));
}

/**
 * Text for a Pagefind metadata field, cut into words as Pagefind cuts the query. Pagefind segments a Chinese query
 * with `Intl.Segmenter` but indexes metadata as it is, so an unsegmented 监管沙盒 would never match the query's
 * 监管 沙盒; the same segmenter at build time makes the words meet. English text is left as it is.
 */
export function searchWords(text: string, locale: Locale): string {
	if (locale === 'en') return text;
	const words = [...new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment(text)]
		.filter((s) => s.isWordLike)
		.map((s) => s.segment);
	return words.join(' ');
}
