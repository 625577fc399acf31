/** Rule: every Chinese page has its English twin at the same path and vice versa. */
import type { CheckContext } from '../context.ts';
import type { Problem } from '../problem.ts';

export function checkTwins(ctx: CheckContext): Problem[] {
	const slugs = (locale: string) => new Map(ctx.pages.filter((p) => p.locale === locale).map((p) => [p.slug, p]));
	const zh = slugs('zh');
	const en = slugs('en');
	const problems: Problem[] = [];
	const measureOf = (p: { frontmatter: Record<string, unknown> }) =>
		typeof p.frontmatter.measure === 'number' ? p.frontmatter.measure : undefined;
	for (const [slug, page] of zh)
		if (!en.has(slug))
			problems.push({
				file: page.file,
				measure: measureOf(page),
				message: 'has no English twin',
				fix: `create src/content/docs/en/${slug}.mdx`,
			});
	for (const [slug, page] of en)
		if (!zh.has(slug))
			problems.push({
				file: page.file,
				measure: measureOf(page),
				message: 'has no Chinese twin',
				fix: `create src/content/docs/${slug}.mdx or remove this page`,
			});
	for (const [slug, page] of en) {
		const twin = zh.get(slug);
		if (twin && measureOf(twin) !== measureOf(page))
			problems.push({
				file: page.file,
				measure: measureOf(page),
				message: `its twin ${twin.file} has measure ${measureOf(twin)}`,
				fix: 'twins share their measure number',
			});
	}
	return problems;
}
