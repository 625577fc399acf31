/**
 * Rule: every measure has exactly one page per language at measures/N.mdx whose frontmatter (measure,
 * title) matches the data, and which renders the official text through <MeasureText>; every page's measure exists.
 */
import type { Locale } from '../../../src/lib/labels.ts';
import { LOCALE_FOLDER, measureSlug } from '../../../src/lib/locale.ts';
import { measureTitle } from '../../../src/lib/plan.ts';
import type { CheckContext } from '../context.ts';
import type { Problem } from '../problem.ts';
import type { PageRecord } from '../../../src/data/read.ts';

export const measurePagePath = (locale: Locale, n: number) =>
	['src/content/docs', LOCALE_FOLDER[locale], `${measureSlug(n)}.mdx`].filter(Boolean).join('/');

export function checkPages(ctx: CheckContext, locale: Locale = 'zh'): Problem[] {
	const problems: Problem[] = [];
	const pages = ctx.pages.filter((p) => p.locale === locale);
	const measurePages = new Map<number, PageRecord[]>();
	for (const page of pages) {
		const n = page.frontmatter.measure;
		if (n === undefined) {
			if (page.slug.startsWith('measures/'))
				problems.push({
					file: page.file,
					message: 'is a measure page without "measure:" in its frontmatter',
					fix: 'add measure: N',
				});
			continue;
		}
		if (typeof n !== 'number') {
			problems.push({
				file: page.file,
				message: `"measure: ${String(n)}" is not a number`,
				fix: 'write the measure number, e.g. measure: 18',
			});
			continue;
		}
		measurePages.set(n, [...(measurePages.get(n) ?? []), page]);
	}
	const data = new Map(ctx.measures.map((m) => [m.data.measure, m.data]));
	for (const [n, list] of measurePages) {
		const measure = data.get(n);
		for (const page of list) {
			if (!measure) {
				problems.push({
					file: page.file,
					measure: n,
					message: 'names a measure that is not in content/plan/measures',
					fix: 'correct "measure:" or delete the page',
				});
				continue;
			}
			if (page.slug !== measureSlug(n))
				problems.push({
					file: page.file,
					measure: n,
					message: `is at ${page.slug}, not at ${measureSlug(n)}`,
					fix: `move it to ${measurePagePath(locale, n)} (or correct "measure:")`,
				});
			const fm = page.frontmatter;
			const repeated = (['part', 'group'] as const).filter((key) => key in fm);
			if (repeated.length)
				problems.push({
					file: page.file,
					measure: n,
					message: `frontmatter repeats ${repeated.join(' and ')}, which content/plan/measures gives`,
					fix: `remove ${repeated.join(' and ')} from the frontmatter`,
				});
			const title = measureTitle(measure.sentences)[locale === 'zh' ? 'zh' : 'en'];
			if (title !== undefined && fm.title !== title)
				problems.push({
					file: page.file,
					measure: n,
					message: `title "${String(fm.title)}" is not the measure's lead phrase "${title}"`,
					fix: `set title: ${title}`,
				});
			if (!/<MeasureText\s+measure=\{frontmatter\.measure\}/.test(page.body))
				problems.push({
					file: page.file,
					measure: n,
					message: 'does not render the official text',
					fix: 'add <MeasureText measure={frontmatter.measure} /> to the page',
				});
		}
		if (list.length > 1)
			problems.push({
				file: list[1]!.file,
				measure: n,
				message: `is one of ${list.length} pages for this measure (${list.map((p) => p.file).join(', ')})`,
				fix: 'keep one page per measure and language',
			});
	}
	for (const n of data.keys())
		if (!measurePages.has(n))
			problems.push({
				file: measurePagePath(locale, n),
				measure: n,
				message: `has no ${locale === 'zh' ? 'Chinese' : 'English'} page`,
				fix: `create ${measurePagePath(locale, n)} with measure: ${n}`,
			});
	return problems;
}
