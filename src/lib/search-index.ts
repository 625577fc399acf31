/**
 * What the search index holds beyond a page's visible text, generated from the data: the forms in which readers
 * write a measure's number, and the other names of the glossary terms a measure uses. Pure functions.
 */
import type { Locale } from './labels.ts';
import { chineseNumber } from './numerals.ts';
import type { GlossaryTerm } from './schema.ts';
import { termForms, termsIn } from './terms.ts';

/**
 * 9 → 第9项 第九项 第9条 第九条 Measure 9 M9 9, in both languages (the page's own forms first). The site calls a
 * measure 第9项 (the plan numbers items, not articles), but readers used to laws write 第9条, and a reader of either
 * language may type the other's form (an English reader quoting 第9条, a Chinese reader typing M9), so all are found.
 */
export function measureNumberForms(n: number, locale: Locale): string[] {
	const numeral = chineseNumber(n);
	const zh = [`第${n}项`, `第${numeral}项`, `第${n}条`, `第${numeral}条`];
	const en = [`Measure ${n}`, `M${n}`];
	return [...(locale === 'zh' ? [...zh, ...en] : [...en, ...zh]), String(n)];
}

/** Words as Pagefind cuts a Chinese query (`Intl.Segmenter`), lower-cased: 第十八项 → 第 十八 项. */
export function queryWords(text: string): string[] {
	return [...new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment(text)]
		.filter((s) => s.isWordLike)
		.map((s) => s.segment.toLowerCase());
}

/** Does every query word start some page word (Pagefind's prefix match), or equal one (`exact`)? */
function answers(query: readonly string[], words: ReadonlySet<string>, exact: boolean): boolean {
	return query.every((q) => words.has(q) || (!exact && [...words].some((w) => w.startsWith(q))));
}

/**
 * The words of each measure's `number` metadata on the Chinese pages (measure → words), so that a number query in
 * any form finds that measure by exact words and no other measure does. Pagefind cuts the query with the segmenter,
 * which splits numerals unevenly (第十八项 → 第 十八 项, but 第三十八项 → 第三 十八 项), so measure 38's words would
 * hold all of 第十八项's (第 from 第38项, 十八, 项) and tie with 18. Where another measure's form is answered exactly,
 * the word a numeral form borrows gets the measure's number as a tail (38: 第三 十八38 项), which no query types but its
 * own query still reaches by prefix (十八 → 十八38). Pagefind scores a prefix match as an exact one, so the tailed words
 * go in a lighter field (`numberTail`): 第十八项 then weighs 第 十八 项 on 18 and only 第 项 fully on 38. Returns each
 * measure's exact words and tailed words. Throws if that cannot part them.
 */
export function chineseNumberWords(count: number): Map<number, { exact: string[]; tailed: string[] }> {
	const cached = numberWordsCache.get(count);
	if (cached) return cached;
	const numbers = Array.from({ length: count }, (_, i) => i + 1);
	const forms = new Map(numbers.map((n) => [n, measureNumberForms(n, 'zh').map(queryWords)]));
	const wordsOf = (n: number) => new Set(forms.get(n)!.flat());
	const numeralForms = (n: number) => [1, 3].map((i) => forms.get(n)![i]!);
	for (let pass = 0; pass < 5; pass++) {
		let changed = false;
		for (const n of numbers)
			for (const query of forms.get(n)!)
				for (const m of numbers) {
					if (m === n || !answers(query, wordsOf(m), true)) continue;
					const plain = new Set([0, 2, 4, 5, 6].flatMap((i) => forms.get(m)![i] ?? []));
					for (const words of numeralForms(m))
						for (const [i, word] of words.entries())
							if (query.includes(word) && !plain.has(word)) {
								words[i] = `${word}${m}`;
								changed = true;
							}
				}
		if (!changed) break;
	}
	// Every form reaches its measure, and any other measure it reaches, it reaches by fewer exact words.
	const exactWords = (query: readonly string[], m: number) => query.filter((q) => wordsOf(m).has(q)).length;
	for (const n of numbers)
		for (const query of forms.get(n)!) {
			const rivals = numbers.filter(
				(m) => m !== n && answers(query, wordsOf(m), false) && exactWords(query, m) >= exactWords(query, n),
			);
			if (!answers(query, wordsOf(n), false) || rivals.length)
				throw new Error(
					`chineseNumberWords: ${query.join(' ')} reaches ${rivals.join(', ') || 'nothing'} as well as ${n}`,
				);
		}
	const result = new Map(
		numbers.map((n) => {
			const words = [...wordsOf(n)];
			const tailed = words.filter((w) => w.endsWith(String(n)) && /\D/.test(w) && !/^m\d+$/.test(w));
			return [n, { exact: words.filter((w) => !tailed.includes(w)), tailed }] as const;
		}),
	);
	numberWordsCache.set(count, result);
	return result;
}
const numberWordsCache = new Map<number, Map<number, { exact: string[]; tailed: string[] }>>();

/**
 * The names, in `locale`, of the glossary terms a measure uses (found in its Chinese text, which is authoritative)
 * that its text in `locale` does not already contain: aliases and full names, English variants, the words readers
 * search with (`searchAliases`), and any `more` names of a term (its other English renderings, renderings.yaml).
 */
export function termSynonyms(
	zhText: string,
	pageText: string,
	terms: readonly GlossaryTerm[],
	locale: Locale,
	more: (term: GlossaryTerm) => readonly string[] = () => [],
): string[] {
	const names = termsIn(zhText, terms, 'zh').flatMap((t) => [
		...termForms(t, locale),
		...t.searchAliases[locale],
		...more(t),
	]);
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
