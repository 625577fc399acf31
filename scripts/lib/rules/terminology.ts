/**
 * Rules on the glossary and the English text:
 * - glossary: ids are unique and every Chinese form of a term occurs in the plan;
 * - terminology: a term that occurs in a measure's Chinese text has its English rendering in that measure's English;
 * - untranslated: English text (data and English pages) has no Chinese characters except terms the glossary keeps
 *   in Chinese.
 */
import { relative } from '../../../src/data/read.ts';
import { CHINESE_RUN } from '../../../src/lib/text.ts';
import { documentSections } from '../../../src/lib/sections.ts';
import type { GlossaryTerm } from '../../../src/lib/schema.ts';
import { termForms, termsIn } from '../../../src/lib/terms.ts';
import type { CheckContext } from '../context.ts';
import type { Problem } from '../problem.ts';

/** Every Chinese sentence of the document (measures and the other parts). */
function allChinese(ctx: CheckContext): string {
	const sections = documentSections(ctx.document).flatMap((s) => s.paragraphs.flat());
	return [...sections, ...ctx.measures.flatMap((m) => m.data.sentences)].map((s) => s.zh).join('\n');
}

export function checkGlossary(ctx: CheckContext): Problem[] {
	const file = relative(ctx.paths.glossary, ctx.paths.root);
	const problems: Problem[] = [];
	const text = allChinese(ctx);
	const seen = new Set<string>();
	// A name the plan gives only through a shared element (甲、乙机构 for 甲机构), declared as an ellipsis in
	// content/entities.yaml; the entities rule checks that the elided phrase occurs in the cited sentence.
	const elided = new Set(
		[...ctx.entities.mentions, ...ctx.entities.relations].flatMap((x) => (x.ellipsis ?? []).map((e) => e.names)),
	);
	for (const term of ctx.glossary) {
		if (seen.has(term.id))
			problems.push({ file, message: `term id "${term.id}" is used twice`, fix: 'give each term its own id' });
		seen.add(term.id);
		for (const form of termForms(term, 'zh'))
			if (!text.includes(form) && !elided.has(form))
				problems.push({
					file,
					message: `term "${term.id}": "${form}" does not occur in the plan`,
					fix: 'quote the plan exactly, or remove the form',
				});
	}
	return problems;
}

/** Chinese runs left in English text once the terms kept in Chinese are taken out. */
export function untranslatedRuns(english: string, glossary: readonly GlossaryTerm[]): string[] {
	const kept = glossary
		.filter((t) => t.keepChinese)
		.flatMap((t) => termForms(t, 'zh'))
		.sort((a, b) => b.length - a.length);
	let rest = english;
	for (const form of kept) rest = rest.split(form).join(' ');
	return rest.match(CHINESE_RUN) ?? [];
}

export function checkTerminology(ctx: CheckContext): Problem[] {
	const problems: Problem[] = [];
	for (const { file, data } of ctx.measures) {
		const join = (lang: 'zh' | 'en') => data.sentences.map((s) => s[lang] ?? '').join(' ');
		const english = join('en');
		if (!english.trim()) continue; // untranslated measures are reported by the translation rule
		for (const term of termsIn(join('zh'), ctx.glossary, 'zh'))
			// Substring, not occursIn's whole words: the English often has the plural ("financial institutions"), which
			// the glossary does not list yet (a word-bounded check reports 117 such pairs; add the plurals as
			// enVariants, then use occursIn here so the check and the site's term links agree).
			if (!termForms(term, 'en').some((form) => english.includes(form)))
				problems.push({
					file,
					measure: data.measure,
					message: `glossary term ${term.zh} is in the Chinese text, but its English "${term.en}" is not in the English text`,
					fix: `use "${termForms(term, 'en').join('" or "')}" in the translation (content/glossary.yaml, term ${term.id})`,
				});
		const runs = untranslatedRuns(english, ctx.glossary);
		if (runs.length)
			problems.push({
				file,
				measure: data.measure,
				message: `the English text contains untranslated Chinese: ${runs.map((r) => `「${r}」`).join(' ')}`,
				fix: 'translate it, or mark the term keepChinese in content/glossary.yaml',
			});
	}
	return problems;
}

/**
 * English pages' own prose (title, description and body, outside the plan data) has no untranslated Chinese either.
 * Code spans (`三`) are data values quoted on purpose and are not prose.
 */
export function checkEnglishPages(ctx: CheckContext): Problem[] {
	return ctx.pages
		.filter((p) => p.locale === 'en')
		.flatMap((page) => {
			const { title = '', description = '' } = page.frontmatter as { title?: string; description?: string };
			const body = page.body
				.replace(/^import .*$/gm, '')
				.replace(/<[^>]*>/g, ' ')
				.replace(/`[^`]*`/g, ' ');
			const prose = `${title}\n${description}\n${body}`;
			const runs = untranslatedRuns(prose, ctx.glossary);
			const measure = typeof page.frontmatter.measure === 'number' ? page.frontmatter.measure : undefined;
			return runs.length
				? [
						{
							file: page.file,
							measure,
							message: `the English page contains untranslated Chinese: ${runs.map((r) => `「${r}」`).join(' ')}`,
							fix: 'translate it, or mark the term keepChinese in content/glossary.yaml',
						},
					]
				: [];
		});
}
