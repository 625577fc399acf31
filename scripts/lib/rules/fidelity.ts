/**
 * Rule: the Chinese text in content/plan equals the snapshot after the listed corrections, unit by unit (metadata,
 * titles, paragraphs, every sentence of every measure). Nothing may be altered, added or left out.
 */
import { measureFileName, relative } from '../../../src/data/read.ts';
import type { Paragraph, Sentence } from '../../../src/lib/schema.ts';
import { sentenceId } from '../../../src/lib/locale.ts';
import { documentSections } from '../../../src/lib/sections.ts';
import { excerpt, firstDifference } from '../../../src/lib/text.ts';
import type { CheckContext } from '../context.ts';
import { expected } from '../expected.ts';
import type { Problem } from '../problem.ts';

const RESTORE =
	'restore the official wording from content/source/plan.zh.txt, or list the change in content/corrections.yaml';

/** Compare two strings; describe the first difference. */
function differs(label: string, snapshot: string, data: string): string | undefined {
	const at = firstDifference(snapshot, data);
	if (at === -1) return undefined;
	return `${label} differs from the snapshot at character ${at + 1}: snapshot 「${excerpt(snapshot, at)}」, content 「${excerpt(data, at)}」`;
}

/** Compare sentence lists: report a changed sentence, or a missing / extra one. */
export function compareSentences(
	label: string,
	snapshot: readonly Sentence[],
	data: readonly Sentence[],
	prefix = '',
): string[] {
	const messages: string[] = [];
	const n = Math.max(snapshot.length, data.length);
	for (let i = 0; i < n; i++) {
		const id = sentenceId(i, prefix);
		const s = snapshot[i]?.zh;
		const d = data[i]?.zh;
		if (s === d) continue;
		if (d === undefined) messages.push(`${label}: sentence ${id} of the snapshot 「${excerpt(s!, 0, 14)}」 is missing`);
		else if (s === undefined) messages.push(`${label}: sentence ${id} 「${excerpt(d, 0, 14)}」 is not in the snapshot`);
		else if (snapshot.length !== data.length && snapshot[i + 1]?.zh === d)
			messages.push(`${label}: sentence ${id} of the snapshot 「${excerpt(s, 0, 14)}」 is missing`);
		else messages.push(differs(`${label}: sentence ${id}`, s, d)!);
		break; // later sentences shift after the first difference: one message says enough
	}
	return messages;
}

/** Compare a text's paragraphs: their count and lengths, and its sentences numbered as the site numbers them. */
function compareParagraphs(
	label: string,
	snapshot: readonly Paragraph[],
	data: readonly Paragraph[],
	prefix: string,
): string[] {
	if (snapshot.length !== data.length)
		return [`${label} has ${data.length} paragraphs, the snapshot ${snapshot.length}`];
	const sentences = compareSentences(label, snapshot.flat(), data.flat(), prefix);
	if (sentences.length) return sentences;
	const split = snapshot.findIndex((p, i) => p.length !== data[i]!.length);
	return split === -1 ? [] : [`${label}: paragraph ${split + 1} is split differently from the snapshot`];
}

export function checkFidelity(ctx: CheckContext): Problem[] {
	const want = expected(ctx);
	const problems: Problem[] = [];
	const documentFile = relative(ctx.paths.document, ctx.paths.root);
	const doc = ctx.document;
	const wantDoc = want.document;
	const docProblem = (message: string): Problem => ({ file: documentFile, message, fix: RESTORE });

	if (wantDoc) {
		for (const [key, value] of Object.entries(wantDoc.metadata)) {
			const have = (doc.metadata as Record<string, string>)[key];
			if (have !== value) problems.push(docProblem(`metadata ${key} is "${have}", the snapshot says "${value}"`));
		}
		const titles: [string, string, string][] = [
			['notice title', wantDoc.notice.title.zh, doc.notice.title.zh],
			['plan title', wantDoc.plan.title.zh, doc.plan.title.zh],
			['ideology title', wantDoc.ideology.title.zh, doc.ideology.title.zh],
			['goals title', wantDoc.goals.title.zh, doc.goals.title.zh],
			['tasks title', wantDoc.tasks.title.zh, doc.tasks.title.zh],
			['safeguards title', wantDoc.safeguards.title.zh, doc.safeguards.title.zh],
			...wantDoc.goals.items.map((g, i): [string, string, string] => [
				`goal （${g.id}） title`,
				g.title.zh,
				doc.goals.items[i]?.title.zh ?? '',
			]),
			...wantDoc.tasks.groups.map((g, i): [string, string, string] => [
				`task group （${g.id}） title`,
				g.title.zh,
				doc.tasks.groups[i]?.title.zh ?? '',
			]),
		];
		for (const [label, s, d] of titles) {
			const message = differs(label, s, d);
			if (message) problems.push(docProblem(message));
		}
		const have = documentSections(doc);
		for (const [i, want] of documentSections(wantDoc).entries())
			problems.push(
				...compareParagraphs(want.label, want.paragraphs, have[i]?.paragraphs ?? [], want.prefix).map(docProblem),
			);
		if (doc.goals.items.length !== wantDoc.goals.items.length)
			problems.push(docProblem(`has ${doc.goals.items.length} goals, the snapshot ${wantDoc.goals.items.length}`));
		if (doc.tasks.groups.length !== wantDoc.tasks.groups.length)
			problems.push(
				docProblem(`has ${doc.tasks.groups.length} task groups, the snapshot ${wantDoc.tasks.groups.length}`),
			);
	}

	const byNumber = new Map(ctx.measures.map((m) => [m.data.measure, m]));
	for (const wantMeasure of want.measures) {
		const have = byNumber.get(wantMeasure.measure);
		const file =
			have?.file ?? relative(`${ctx.paths.measures}/${measureFileName(wantMeasure.measure)}`, ctx.paths.root);
		if (!have) {
			problems.push({
				file,
				measure: wantMeasure.measure,
				message: 'is in the snapshot but has no data file',
				fix: 'run `npm run extract` to write it',
			});
			continue;
		}
		for (const message of compareSentences('text', wantMeasure.sentences, have.data.sentences))
			problems.push({ file, measure: wantMeasure.measure, message, fix: RESTORE });
	}
	const known = new Set(want.measures.map((m) => m.measure));
	for (const m of ctx.measures)
		if (!known.has(m.data.measure))
			problems.push({
				file: m.file,
				measure: m.data.measure,
				message: 'is not a measure of the snapshot',
				fix: 'delete the file or correct its measure number',
			});
	return problems;
}
