/**
 * What a copy of the plan's text puts on the clipboard: the plan's words only. Pure over any element-like tree
 * (the browser's DocumentFragment, or node-html-parser's elements in the unit tests).
 */

/** Parts of the marked-up text that are not the plan's words: handles, screen-reader labels, note markers. */
export const NOT_THE_TEXT = '.sentence-link, .sr-only, .note-ref, [aria-hidden="true"]';

export interface CopyNode {
	querySelectorAll(selector: string): ArrayLike<{ remove(): void }> | Iterable<{ remove(): void }>;
	readonly textContent: string | null;
}
export interface CopyRoot extends CopyNode {
	querySelectorAll(
		selector: string,
	): ArrayLike<CopyNode & { remove(): void }> | Iterable<CopyNode & { remove(): void }>;
}

/**
 * The text of a copied fragment: without the parts above; when it spans sentences in side-by-side reading, only
 * the page's language (the twins are left out); English sentences joined by one space, Chinese ones by none.
 */
export function copiedText(fragment: CopyRoot, locale: 'zh' | 'en'): string {
	for (const el of Array.from(fragment.querySelectorAll(NOT_THE_TEXT))) el.remove();
	const sentences = Array.from(fragment.querySelectorAll('.sentence'));
	if (sentences.length < 2) return (fragment.textContent ?? '').trim();
	for (const twin of Array.from(fragment.querySelectorAll('.twin'))) twin.remove();
	const texts = sentences.map((s) => (s.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean);
	return texts.join(locale === 'en' ? ' ' : '');
}
