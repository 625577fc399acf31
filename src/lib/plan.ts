/**
 * The plan as the site uses it: the data of content/plan with what derives from it (titles from lead phrases,
 * measures grouped by task group). Pure; src/data/load.ts builds it once.
 */
import type { DocumentFile, Localized, MeasureFile, Numeral, Sentence } from './schema.ts';
import { sentenceById } from './locale.ts';
import { leadPhrase } from './text.ts';

export type { Localized };
export interface Measure {
	number: number;
	part: Numeral;
	group?: Numeral;
	sentences: Sentence[];
	/** The lead phrase: the words before the first 。 (and, in English, before the first sentence's full stop). */
	title: Localized;
}
export interface TaskGroup {
	id: Numeral;
	title: Localized;
	measures: Measure[];
}
export interface Plan {
	document: DocumentFile;
	measures: Measure[];
	groups: TaskGroup[];
	/** Measures of part 四 (保障措施). */
	safeguards: Measure[];
}

export function measureTitle(sentences: readonly Sentence[]): Localized {
	const first = sentences[0];
	if (!first) throw new Error('measureTitle: a measure needs at least one sentence');
	const en = first.en?.replace(/[.。]\s*$/u, '');
	return { zh: leadPhrase(sentences.map((s) => s.zh).join('')), ...(en ? { en } : {}) };
}

export function buildPlan(document: DocumentFile, files: readonly MeasureFile[]): Plan {
	const measures = files
		.map((f): Measure => ({
			number: f.measure,
			part: f.part,
			group: f.group,
			sentences: f.sentences,
			title: measureTitle(f.sentences),
		}))
		.sort((a, b) => a.number - b.number);
	const groups = document.tasks.groups.map((g) => ({
		...g,
		measures: measures.filter((m) => m.part === document.tasks.part && m.group === g.id),
	}));
	const safeguards = measures.filter((m) => m.part === document.safeguards.part);
	return { document, measures, groups, safeguards };
}

/** A sentence of measure `n` by its anchor id ("s3"), or undefined. */
export const measureSentence = (plan: Plan, n: number, id: string): Sentence | undefined =>
	sentenceById(getMeasure(plan, n).sentences, id);

export function getMeasure(plan: Plan, n: number): Measure {
	const measure = plan.measures.find((m) => m.number === n);
	if (!measure) throw new Error(`measure ${n} is not in content/plan/measures (expected 1–${plan.measures.length})`);
	return measure;
}
