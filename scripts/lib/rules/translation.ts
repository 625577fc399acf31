/**
 * Rule: the English translation is complete and aligned. Every sentence of every measure and of the other parts
 * has its English beside its Chinese (so sentence counts and ids match by construction), and every title has one.
 */
import { relative } from '../../../src/data/read.ts';
import type { Paragraph } from '../../../src/lib/schema.ts';
import { sentenceId } from '../../../src/lib/locale.ts';
import { documentSections } from '../../../src/lib/sections.ts';
import type { CheckContext } from '../context.ts';
import type { Problem } from '../problem.ts';

const missing = (paragraphs: readonly Paragraph[], prefix = ''): string[] => {
	let i = 0;
	return paragraphs.flatMap((p) => p.flatMap((s) => (s.en ? (i++, []) : [sentenceId(i++, prefix)])));
};

export function checkTranslation(ctx: CheckContext): Problem[] {
	const problems: Problem[] = [];
	for (const { file, data } of ctx.measures) {
		const ids = missing([data.sentences]);
		if (ids.length)
			problems.push({
				file,
				measure: data.measure,
				message: `sentence${ids.length > 1 ? 's' : ''} ${ids.join(', ')} of ${data.sentences.length} ha${ids.length > 1 ? 've' : 's'} no English`,
				fix: 'add `en:` beside each `zh:` — one English sentence per Chinese sentence',
			});
	}
	const file = relative(ctx.paths.document, ctx.paths.root);
	const doc = ctx.document;
	for (const { label, paragraphs, prefix } of documentSections(doc)) {
		const ids = missing(paragraphs, prefix);
		if (ids.length)
			problems.push({
				file,
				message: `${label}: sentence${ids.length > 1 ? 's' : ''} ${ids.join(', ')} ha${ids.length > 1 ? 've' : 's'} no English`,
				fix: 'add `en:` beside each `zh:`',
			});
	}
	const titles: [string, { en?: string }][] = [
		['notice title', doc.notice.title],
		['plan title', doc.plan.title],
		['ideology title', doc.ideology.title],
		['goals title', doc.goals.title],
		['tasks title', doc.tasks.title],
		['safeguards title', doc.safeguards.title],
		['gazette', doc.about.gazette],
		['parent plan title', doc.about.parentPlan.title],
		['parent plan issuers', doc.about.parentPlan.issuers],
		['parent plan number', doc.about.parentPlan.docNumber],
		...doc.goals.items.map((g): [string, { en?: string }] => [`goal （${g.id}） title`, g.title]),
		...doc.tasks.groups.map((g): [string, { en?: string }] => [`task group （${g.id}） title`, g.title]),
	];
	for (const [label, title] of titles)
		if (!title.en) problems.push({ file, message: `${label} has no English`, fix: 'add `en:` beside its `zh:`' });
	return problems;
}
