/**
 * Every sentence the site anchors, in document order: the notice, the preamble, the guiding ideology, the goals and
 * the 41 measures, each with the page it is on and its anchor there. The numbering is the one the pages use: the
 * sections and their prefixes come from src/lib/sections.ts (as SectionText.astro takes them), and Paragraphs.astro
 * numbers across a text's paragraphs with `sentenceId` (`s1` … on a measure page; `preamble-s1`, `goal-1-s1`).
 */
import { localePath, measureSlug, sentenceId } from './locale.ts';
import { documentSections, type DocumentSection } from './sections.ts';
import type { Plan } from './plan.ts';
import type { Numeral, Paragraph } from './schema.ts';

/** A non-measure text, as src/lib/sections.ts names it. */
export type Section = DocumentSection['key'];

/** Where a sentence is in the document: a measure, or a section (a goal's text names the goal), and its number. */
export type Place =
	| { kind: 'measure'; measure: number; sentence: number }
	| { kind: 'section'; section: Section; goal?: Numeral; sentence: number };

export interface PlanSentence {
	zh: string;
	en?: string;
	/** The page's path in Chinese, '/measures/18/' or '/goals/' (localePath gives the English one). */
	path: string;
	/** The sentence's anchor on that page: s3, preamble-s1, goal-1-s1. */
	anchor: string;
	place: Place;
	/** The numbered text it belongs to: two sentences follow each other only within one text. */
	text: string;
}

function numbered(
	paragraphs: readonly Paragraph[],
	page: string,
	prefix: string,
	place: (sentence: number) => Place,
): PlanSentence[] {
	const text = `${page}#${prefix}`;
	return paragraphs.flat().map((s, i) => ({
		zh: s.zh,
		...(s.en ? { en: s.en } : {}),
		path: localePath('zh', `${page}/`),
		anchor: sentenceId(i, prefix),
		place: place(i + 1),
		text,
	}));
}

/** All the sentences of the plan in document order: the document's sections (src/lib/sections.ts), then measures. */
export function planSentences(plan: Plan): PlanSentence[] {
	return [
		...documentSections(plan.document).flatMap((text) =>
			numbered(text.paragraphs, text.page, text.prefix, (sentence) => ({
				kind: 'section',
				section: text.key,
				...(text.goal ? { goal: text.goal } : {}),
				sentence,
			})),
		),
		...plan.measures.flatMap((m) =>
			numbered([m.sentences], measureSlug(m.number), '', (sentence) => ({
				kind: 'measure',
				measure: m.number,
				sentence,
			})),
		),
	];
}
