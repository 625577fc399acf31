/**
 * The citation line under a checked quote: the document, cited by title and number, then the place of the sentence
 * (第18项第3句). Built at build time for the sentence list; one function, to be replaced by the site's citation
 * module when it exists.
 */
import { format, partLabel, subpartNumeral, uiString, type Locale, type Strings } from '../lib/labels.ts';
import type { Plan } from '../lib/plan.ts';
import type { Place } from '../lib/sentences.ts';

/** Where a sentence is, in words: 第18项第3句, 二、工作目标（一）第1句; measure 18, sentence 3. */
export function placeText(place: Place, plan: Plan, strings: Strings, locale: Locale): string {
	if (place.kind === 'measure')
		return format(uiString(strings, 'verify.place.measure'), { n: place.measure, sentence: place.sentence });
	const doc = plan.document;
	const section =
		place.section === 'notice' || place.section === 'preamble'
			? uiString(strings, place.section === 'notice' ? 'verify.section.notice' : 'verify.section.preamble')
			: place.section === 'ideology'
				? partLabel(strings, locale, doc.ideology.part, doc.ideology.title)
				: partLabel(strings, locale, doc.goals.part, doc.goals.title);
	const where = place.goal
		? format(uiString(strings, 'verify.section.goal'), { part: section, numeral: subpartNumeral(place.goal, locale) })
		: section;
	return format(uiString(strings, 'verify.place.section'), { section: where, sentence: place.sentence });
}

/** The citation of a place in the document: 《…》（京政办发〔2023〕23号）第18项第3句. */
export function citationLine(plan: Plan, strings: Strings, locale: Locale, place: string): string {
	const doc = plan.document;
	const number =
		locale === 'zh' ? doc.metadata['发文字号'] : (doc.about.metadataEn?.['发文字号'] ?? doc.metadata['发文字号']);
	const title = locale === 'zh' ? doc.plan.title.zh : (doc.plan.title.en ?? doc.plan.title.zh);
	return format(uiString(strings, 'verify.citation'), { title, number: String(number), place });
}
