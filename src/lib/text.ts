/** Text rules shared by the extractor, the checks and the site. */

/** Sentence ends: the plan's sentences end with 。 and its clauses with ；. Both get anchors. */
const SENTENCE_END = /(?<=[。；])/u;

/** Collapse runs of white space to one space and trim: the only normalisation applied to the snapshot. */
export function normalizeWhitespace(text: string): string {
	return text.replace(/\s+/gu, ' ').trim();
}

/** Split a paragraph after every 。 and ；. The pieces joined give the paragraph back unchanged. */
export function splitSentences(paragraph: string): string[] {
	return paragraph.split(SENTENCE_END).filter((s) => s.length > 0);
}

/** The lead phrase of a measure: the words before its first 。 (its title). */
export function leadPhrase(text: string): string {
	const end = text.indexOf('。');
	return end === -1 ? text : text.slice(0, end);
}

/** Index of the first differing character of two strings, or -1 if equal. */
export function firstDifference(a: string, b: string): number {
	const n = Math.min(a.length, b.length);
	for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
	return a.length === b.length ? -1 : n;
}

/** A short excerpt of `text` around position `at`, for error messages. */
export function excerpt(text: string, at: number, radius = 8): string {
	const start = Math.max(0, at - radius);
	const end = Math.min(text.length, at + radius);
	return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

/** What counts as Chinese in English text: CJK characters and full-width punctuation (a regex character range). */
const CHINESE = '\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef';
/** A run of Chinese characters (no spaces). */
export const CHINESE_RUN = new RegExp(`[${CHINESE}]+`, 'gu');
/** Text with no Chinese character in it. */
export const NO_CHINESE = new RegExp(`^[^${CHINESE}]*$`, 'u');
/** A run of Chinese for `lang` marking: spaces between two Chinese characters stay inside it (字号： 大 中 小). */
const CHINESE_SPAN = new RegExp(`[${CHINESE}]+(?:\\s+[${CHINESE}]+)*`, 'gu');

/**
 * Text cut into runs of Chinese and of other text, so the Chinese can carry its own `lang` inside English (the
 * corrections page, translator's notes, English text with Chinese in it): spaces between two Chinese characters
 * stay in the Chinese run, spaces next to other text go with that text. Every character is kept.
 */
export function chineseRuns(text: string): { text: string; chinese: boolean }[] {
	const runs: { text: string; chinese: boolean }[] = [];
	let at = 0;
	for (const match of text.matchAll(CHINESE_SPAN)) {
		if (match.index > at) runs.push({ text: text.slice(at, match.index), chinese: false });
		runs.push({ text: match[0], chinese: true });
		at = match.index + match[0].length;
	}
	if (at < text.length) runs.push({ text: text.slice(at), chinese: false });
	return runs;
}

/** An English name as a label, first letter capitalised: "high-tech enterprise" → "High-tech enterprise". */
export const capitalized = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);
