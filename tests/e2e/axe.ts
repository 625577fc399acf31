/**
 * The one axe configuration of the sweeps (desktop and phone) and of the test that proves it catches a failure:
 * WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices. No rule is ignored.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/** A 390 × 844 phone with touch (an iPhone 12–15 class screen): where WCAG 2.5.8 target size is tested. */
export const PHONE = {
	viewport: { width: 390, height: 844 },
	deviceScaleFactor: 3,
	isMobile: true,
	hasTouch: true,
} as const;

/**
 * axe's violations on the page (inside `include` when given, outside `exclude`), one line each: path, rule, help and
 * up to five targets.
 */
export async function axeViolations(
	page: Page,
	label: string,
	exclude: string[] = [],
	include?: string,
): Promise<string[]> {
	// Options first: AxeBuilder.options() replaces the whole options object, so called after withTags() it drops
	// the tags and axe runs its default rules, without WCAG 2.2's target size (tests/e2e/axe.spec.ts guards this).
	// Legacy mode: one axe.run() in the page. The default runs axe.runPartial() and hands every node's result (all
	// passes included, megabytes on the diagram page) to axe.finishRun() in a new blank page, for cross-origin
	// frames, which this site has none of; legacy mode tests same-origin frames as well.
	const axe = new AxeBuilder({ page })
		.setLegacyMode()
		.options({ resultTypes: ['violations'] })
		.withTags(AXE_TAGS);
	if (include) axe.include(include);
	for (const selector of exclude) axe.exclude(selector);
	const results = await axe.analyze();
	return results.violations.map(
		(v) =>
			`${label} ${v.id}: ${v.help} (${v.nodes
				.map((n) => n.target.join(' '))
				.slice(0, 5)
				.join(', ')})`,
	);
}
