/**
 * Every sentence the site anchors, in document order: the notice, the preamble, the guiding ideology, the goals and
 * the 41 measures, each with the page it is on and its anchor there. The numbering is the one the pages use:
 * SectionText.astro takes its prefixes from `TEXT_PREFIX` and `goalPrefix`, Paragraphs.astro numbers across a text's
 * paragraphs with `sentenceId` (`s1`, `s2`, … on a measure page; `preamble-s1`, `goal-1-s1` on section pages).
 */
import { goalAnchor, localePath, measureSlug, sentenceId } from './locale.ts';
import type { Plan } from './plan.ts';
import type { Numeral, Paragraph } from './schema.ts';

/** The non-measure texts: the notice page holds the notice and the preamble; ideology and goals have a page each. */
export const SECTION_PAGES = { notice: 'notice', preamble: 'notice', ideology: 'ideology', goals: 'goals' } as const;
export type Section = keyof typeof SECTION_PAGES;
/** The anchor prefix of each section's sentences on its page (the goals' own paragraphs use `goalPrefix`). */
export const TEXT_PREFIX = { notice: '', preamble: 'preamble-', ideology: '', goals: '' } as const satisfies Record<
	Section,
	string
>;
/** The anchor prefix of one goal's sentences on the goals page: goal-1-s1. */
export const goalPrefix = (numeral: string): string => `${goalAnchor(numeral)}-`;

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

/** All the sentences of the plan in document order. */
export function planSentences(plan: Plan): PlanSentence[] {
	const doc = plan.document;
	const section = (name: Section, paragraphs: readonly Paragraph[]) =>
		numbered(paragraphs, SECTION_PAGES[name], TEXT_PREFIX[name], (sentence) => ({
			kind: 'section',
			section: name,
			sentence,
		}));
	return [
		...section('notice', doc.notice.paragraphs),
		...section('preamble', doc.plan.preamble),
		...section('ideology', doc.ideology.paragraphs),
		...section('goals', doc.goals.paragraphs),
		...doc.goals.items.flatMap((g) =>
			numbered(g.paragraphs, SECTION_PAGES.goals, goalPrefix(g.id), (sentence) => ({
				kind: 'section',
				section: 'goals',
				goal: g.id,
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
