/** Short descriptions of plan text for meta tags and previews: whole sentences first, then a clean cut. */
import type { Locale } from './labels.ts';
import type { Measure } from './plan.ts';

export function summarize(sentences: readonly string[], max: number): string {
	let text = '';
	for (const sentence of sentences) {
		if ((text + sentence).length > max) break;
		text += (text && !/[。；]$/u.test(text) ? ' ' : '') + sentence;
	}
	if (text) return text;
	const first = sentences[0] ?? '';
	return first.length > max ? `${first.slice(0, max - 1)}…` : first;
}

/** A measure's description: its text after the lead phrase (which is already the page title). */
export function measureDescription(measure: Measure, locale: Locale, max = 150): string {
	const body = measure.sentences.slice(1).map((s) => s[locale] ?? s.zh);
	return summarize(body.length ? body : measure.sentences.map((s) => s[locale] ?? s.zh), max);
}
