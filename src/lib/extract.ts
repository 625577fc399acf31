/**
 * Turns the parsed snapshot into the shape of the plan data in `content/plan/` (Chinese only). The extractor
 * script writes its result once; the fidelity check recomputes it at every build and compares.
 */
import type { DocumentFile, MeasureFile, Numeral, Paragraph } from './schema.ts';
import { NUMERALS } from './numerals.ts';
import { sourceMeasures, type SourceParagraph, type SourcePart, type SourcePlan } from './source.ts';
import { splitSentences } from './text.ts';

/** The four parts of the plan, recognised by their titles. */
export const PART_ROLES = {
	ideology: '指导思想',
	goals: '工作目标',
	tasks: '主要任务',
	safeguards: '保障措施',
} as const;
export type PartRole = keyof typeof PART_ROLES;

export function toParagraph(text: string): Paragraph {
	return splitSentences(text).map((zh) => ({ zh }));
}
const toParagraphs = (list: SourceParagraph[]): Paragraph[] => list.map((p) => toParagraph(p.text));

function asNumeral(value: string, what: string): Numeral {
	if (!(NUMERALS as readonly string[]).includes(value)) throw new Error(`${what}: "${value}" is not a numeral 一…十`);
	return value as Numeral;
}

export function findPart(plan: SourcePlan, role: PartRole): SourcePart {
	const part = plan.parts.find((p) => p.title === PART_ROLES[role]);
	if (!part)
		throw new Error(`the snapshot has no part titled ${PART_ROLES[role]}: check the corrections and the parser`);
	return part;
}

export type ExtractedDocument = Omit<DocumentFile, 'about'>;

export function extractDocument(plan: SourcePlan): ExtractedDocument {
	const ideology = findPart(plan, 'ideology');
	const goals = findPart(plan, 'goals');
	const tasks = findPart(plan, 'tasks');
	const safeguards = findPart(plan, 'safeguards');
	return {
		metadata: plan.metadata as DocumentFile['metadata'],
		notice: { title: { zh: plan.notice.title }, paragraphs: toParagraphs(plan.notice.paragraphs) },
		plan: { title: { zh: plan.plan.title }, preamble: toParagraphs(plan.plan.preamble) },
		ideology: {
			part: asNumeral(ideology.numeral, 'part'),
			title: { zh: ideology.title },
			paragraphs: toParagraphs(ideology.paragraphs),
		},
		goals: {
			part: asNumeral(goals.numeral, 'part'),
			title: { zh: goals.title },
			paragraphs: toParagraphs(goals.paragraphs),
			items: goals.subparts.map((s) => ({
				id: asNumeral(s.numeral, 'goal'),
				title: { zh: s.title },
				paragraphs: toParagraphs(s.paragraphs),
			})),
		},
		tasks: {
			part: asNumeral(tasks.numeral, 'part'),
			title: { zh: tasks.title },
			groups: tasks.subparts.map((s) => ({ id: asNumeral(s.numeral, 'task group'), title: { zh: s.title } })),
		},
		safeguards: { part: asNumeral(safeguards.numeral, 'part'), title: { zh: safeguards.title } },
	};
}

export function extractMeasures(plan: SourcePlan): MeasureFile[] {
	return sourceMeasures(plan).map(({ measure, part, subpart }) => ({
		measure: measure.number,
		part: asNumeral(part.numeral, `measure ${measure.number}`),
		...(subpart ? { group: asNumeral(subpart.numeral, `measure ${measure.number}`) } : {}),
		sentences: toParagraph(measure.body),
	}));
}
