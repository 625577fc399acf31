/**
 * The one list of the document's texts that are not measures — the notice, the plan's preamble, the guiding
 * ideology, the goals' introduction and each goal — with the page each is shown on and the prefix of its sentence
 * anchors, so the site, the checks and the quote checker number sentences alike (`#preamble-s2`, `#goal-1-s1`).
 * Sentences are numbered across a text's paragraphs.
 */
import { goalAnchor } from './locale.ts';
import type { Numeral } from './numerals.ts';
import type { DocumentFile, Paragraph } from './schema.ts';

export type SectionPage = 'notice' | 'ideology' | 'goals';

export interface DocumentSection {
	/** Which text: the goals' introduction and each goal are all `goals` (a goal also has `goal`). */
	key: 'notice' | 'preamble' | 'ideology' | 'goals';
	/** Names the text in check messages ("goal （一）"). */
	label: string;
	/** The page that shows it (its slug below the locale folder). */
	page: SectionPage;
	/** Prefix of its sentence anchors ('' or "preamble-", "goal-1-"). */
	prefix: string;
	paragraphs: Paragraph[];
	/** For a goal: its numeral. */
	goal?: Numeral;
}

export function documentSections(doc: Pick<DocumentFile, 'notice' | 'plan' | 'ideology' | 'goals'>): DocumentSection[] {
	return [
		{ key: 'notice', label: 'notice', page: 'notice', prefix: '', paragraphs: doc.notice.paragraphs },
		{ key: 'preamble', label: 'plan preamble', page: 'notice', prefix: 'preamble-', paragraphs: doc.plan.preamble },
		{ key: 'ideology', label: 'guiding ideology', page: 'ideology', prefix: '', paragraphs: doc.ideology.paragraphs },
		{ key: 'goals', label: 'goals introduction', page: 'goals', prefix: '', paragraphs: doc.goals.paragraphs },
		...doc.goals.items.map((g): DocumentSection => ({
			key: 'goals',
			label: `goal （${g.id}）`,
			page: 'goals',
			prefix: `${goalAnchor(g.id)}-`,
			paragraphs: g.paragraphs,
			goal: g.id,
		})),
	];
}
