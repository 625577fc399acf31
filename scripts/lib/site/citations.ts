/**
 * Every measure page, in both languages, has the provenance line (document number and a link to the official page)
 * and the "Cite this measure" section whose permalink is the page's canonical URL (<link rel="canonical">).
 */
import type { Locale } from '../../../src/lib/labels.ts';
import { measurePath } from '../../../src/lib/locale.ts';
import type { Problem } from '../problem.ts';
import type { SitePage } from './site.ts';

export interface CitationFacts {
	measures: readonly number[];
	/** The document number as each language's provenance line shows it (src/lib/document.ts). */
	docNumber: Record<Locale, string>;
	officialUrl: string;
}

export function checkMeasureCitations(pages: readonly SitePage[], facts: CitationFacts): Problem[] {
	const byUrl = new Map(pages.map((p) => [p.url, p]));
	const problems: Problem[] = [];
	for (const n of facts.measures)
		for (const locale of ['zh', 'en'] as const) {
			const url = measurePath(locale, n);
			const page = byUrl.get(url);
			if (!page) continue; // reported by the measure-pages rule
			const add = (message: string, fix: string) => problems.push({ file: page.file, measure: n, message, fix });
			const provenance = page.root.querySelector('main .measure-provenance');
			if (!provenance)
				add('has no provenance line', 'render the page title through PageTitle.astro (MeasureProvenance)');
			else {
				if (!provenance.textContent.includes(facts.docNumber[locale]))
					add(
						`the provenance line does not give the document number ${facts.docNumber[locale]}`,
						'see MeasureProvenance.astro',
					);
				if (!provenance.querySelector(`a[href="${facts.officialUrl}"]`))
					add('the provenance line does not link to the official page', 'see MeasureProvenance.astro');
			}
			const canonical = page.root.querySelector('link[rel="canonical"]')?.getAttribute('href');
			const section = page.root.querySelector('main .measure-citation');
			const permalink = section?.querySelector('a[data-permalink]')?.getAttribute('href');
			if (!section) add('has no citation section', 'render the text with <MeasureText> (MeasureCitation)');
			else if (!canonical) add('has no <link rel="canonical">', 'set `site` in astro.config.mjs');
			else if (permalink !== canonical)
				add(
					`the citation's permalink is ${permalink ?? 'missing'}, the canonical URL is ${canonical}`,
					'see MeasureCitation.astro',
				);
		}
	return problems;
}
