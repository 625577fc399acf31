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
