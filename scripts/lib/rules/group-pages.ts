/**
 * Rule: every task group （一）…（七） has an overview page at tasks/N, and part 四 one at safeguards, in each
 * language: its title is the group's title in that language, its frontmatter names the group (`group: 一`, or
 * `part: 四`), it has a one-sentence `summary` for the home page whose numbers the group's measures state, and it
 * lists the group's measures through <GroupMeasures>.
 */
import { localized, partLabel, type Locale, type Strings } from '../../../src/lib/labels.ts';
import { groupSlug, LOCALE_FOLDER, LOCALES } from '../../../src/lib/locale.ts';
import type { Sentence } from '../../../src/lib/schema.ts';
import type { CheckContext } from '../context.ts';
import type { Problem } from '../problem.ts';
import { unstatedNumbers } from './explainers.ts';

export function checkGroupPages(ctx: CheckContext): Problem[] {
	const problems: Problem[] = [];
	const doc = ctx.document;
	const sections = [
		...doc.tasks.groups.map((g) => ({ numeral: g.id as string | undefined, title: g.title, part: doc.tasks.part })),
		{ numeral: undefined, title: doc.safeguards.title, part: doc.safeguards.part },
	];
	for (const section of sections) {
		const sentences: Sentence[] = ctx.measures
			.filter((m) => m.data.part === section.part && m.data.group === section.numeral)
			.flatMap((m) => m.data.sentences);
		for (const locale of LOCALES as readonly Locale[]) {
			const slug = groupSlug(section.numeral);
			const file = ['src/content/docs', LOCALE_FOLDER[locale], `${slug}.mdx`].filter(Boolean).join('/');
			const page = ctx.pages.find((p) => p.locale === locale && p.slug === slug);
			const add = (message: string, fix: string) => problems.push({ file, message, fix });
			if (!page) {
				add(
					`has no page for ${section.numeral ? `task group （${section.numeral}）` : `part ${section.part}`}`,
					'add it: title, group (or part), summary, <GroupMeasures>',
				);
				continue;
			}
			const fm = page.frontmatter as { title?: unknown; group?: unknown; part?: unknown; summary?: unknown };
			const title = localized(section.title, locale);
			if (fm.title !== title)
				add(`title is "${String(fm.title)}", the group's title is "${title}"`, `set title: ${title}`);
			if (section.numeral ? fm.group !== section.numeral : fm.part !== section.part)
				add(
					'does not name its group in the frontmatter',
					section.numeral ? `set group: ${section.numeral}` : `set part: ${section.part}`,
				);
			if (typeof fm.summary !== 'string' || !fm.summary.trim())
				add('has no summary', 'add `summary:` — one plain sentence on what the group is about, for the home page');
			else {
				const text = sentences.map((s) => s[locale] ?? '').join(' ');
				const missing = unstatedNumbers(fm.summary, text);
				if (missing.length)
					add(
						`summary gives ${missing.join(', ')}, which the group's measures do not state`,
						'state only numbers the text gives',
					);
			}
			if (!/<GroupMeasures\b/.test(page.body))
				add(
					"does not list the group's measures",
					`render <GroupMeasures${section.numeral ? ` group="${section.numeral}"` : ''} />`,
				);
		}
	}
	return problems;
}

/**
 * Rule: the titles of the guiding-ideology and goals pages are the part labels the data and the UI strings give
 * ("一、指导思想", "II. Goals"), in each language, so the page, the sidebar and the contents cannot drift apart.
 */
export function checkSectionPageTitles(ctx: CheckContext, strings: Record<Locale, Strings>): Problem[] {
	const problems: Problem[] = [];
	const doc = ctx.document;
	for (const [slug, part] of [
		['ideology', doc.ideology],
		['goals', doc.goals],
	] as const)
		for (const locale of LOCALES as readonly Locale[]) {
			const page = ctx.pages.find((p) => p.locale === locale && p.slug === slug);
			if (!page) continue; // the link check reports a missing page
			const title = partLabel(strings[locale], locale, part.part, part.title);
			if (page.frontmatter.title !== title)
				problems.push({
					file: page.file,
					message: `title is "${String(page.frontmatter.title)}", the data gives "${title}"`,
					fix: `set title: ${title}`,
				});
		}
	return problems;
}
