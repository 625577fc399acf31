/**
 * The full text (/full/, /en/full/), checked on the built pages against the data:
 * - every sentence of the plan (src/lib/sentences.ts: the sections, then the measures) is on it exactly once, in
 *   document order, with its anchor (fullTextPrefix: `m18-s3`, `notice-s2`, `goal-1-s1`), its text in the page's
 *   language (Chinese while untranslated) with `lang`, its twin in the other language, and a handle that links to
 *   the sentence on its own page (`/measures/18/#s3`);
 * - every measure has its heading (`#m18`) linking to its page, and its page links back to that heading;
 * - the page stays out of the search index (no `data-pagefind-body`: the measure pages are the results);
 * - the home page links to it.
 */
import type { HTMLElement } from 'node-html-parser';
import {
	fullPath,
	fullTextPrefix,
	htmlLang,
	LOCALES,
	localePath,
	measureAnchor,
	measurePath,
	otherLocale,
	sentenceId,
} from '../../../src/lib/locale.ts';
import type { Plan } from '../../../src/lib/plan.ts';
import { planSentences } from '../../../src/lib/sentences.ts';
import type { Problem } from '../problem.ts';
import { visibleText } from './reading.ts';
import type { SitePage } from './site.ts';

const FIX = 'render the full text with src/components/FullTextPage.astro from the plan data';

export function checkFullText(pages: readonly SitePage[], plan: Plan): Problem[] {
	const problems: Problem[] = [];
	const byUrl = new Map(pages.map((p) => [p.url, p]));
	const sentences = planSentences(plan);
	for (const locale of LOCALES) {
		const url = fullPath(locale);
		const page = byUrl.get(url);
		const file = page?.file ?? `dist${url}index.html`;
		const add = (message: string, fix = FIX, measure?: number) =>
			problems.push({ file, ...(measure === undefined ? {} : { measure }), message, fix });
		if (!page) {
			add(`${url} was not built`, 'keep src/pages/full.astro and src/pages/en/full.astro');
			continue;
		}
		if (page.root.querySelector('[data-pagefind-body]'))
			add('is in the search index', 'keep pagefind: false in its frontmatter (the measure pages are the results)');
		const lang = htmlLang(locale);
		if (page.root.querySelector('html')?.getAttribute('lang') !== lang)
			add(`<html lang> is not ${lang}`, 'check the locales in src/lib/locale.ts');
		const other = otherLocale(locale);
		const found = page.root.querySelectorAll('.sentence');
		const byId = new Map<string, HTMLElement[]>();
		for (const el of found) byId.set(el.id, [...(byId.get(el.id) ?? []), el]);
		const expected = sentences.map((s) => ({ ...s, id: sentenceId(s.place.sentence - 1, fullTextPrefix(s.place)) }));
		const expectedIds = new Set(expected.map((s) => s.id));
		const extra = found.filter((el) => !expectedIds.has(el.id)).map((el) => el.id || '(no id)');
		if (extra.length) add(`has sentences the data does not: ${extra.slice(0, 10).join(' ')}`);
		const once = expected.every((s) => byId.get(s.id)?.length === 1);
		const order = found.map((el) => el.id).join(' ');
		if (once && extra.length === 0 && order !== expected.map((s) => s.id).join(' '))
			add('lists the sentences out of document order');
		for (const s of expected) {
			const measure = s.place.kind === 'measure' ? s.place.measure : undefined;
			const els = byId.get(s.id) ?? [];
			if (els.length !== 1) {
				add(`sentence #${s.id} is there ${els.length} times, expected once`, FIX, measure);
				continue;
			}
			const el = els[0]!;
			const child = (cls: string) =>
				el.childNodes.find((c): c is HTMLElement => (c as HTMLElement).classList?.contains(cls));
			const primary = child('primary');
			const shown = s[locale] ? locale : 'zh';
			if (primary?.getAttribute('lang') !== htmlLang(shown))
				add(`sentence #${s.id} is not marked lang="${htmlLang(shown)}"`, 'render it with <Sentences>', measure);
			if (!primary || visibleText(primary, '.note-ref') !== (s[shown] ?? '').replace(/\s+/g, ' ').trim())
				add(`sentence #${s.id} does not show the data's text`, 'render the text from content/plan, unaltered', measure);
			if (s[locale] && s[other] && child('twin')?.getAttribute('lang') !== htmlLang(other))
				add(`sentence #${s.id} has no ${other} twin`, 'render both languages with <Sentences>', measure);
			const home = `${localePath(locale, s.path)}#${s.anchor}`;
			const href = el.querySelector('.sentence-link')?.getAttribute('href');
			if (href !== home)
				add(`sentence #${s.id}'s handle links to ${href}, expected its own page's ${home}`, FIX, measure);
		}
		for (const m of plan.measures) {
			const heading = page.root.getElementById(measureAnchor(m.number));
			const link = heading?.querySelector(`a[href="${measurePath(locale, m.number)}"]`);
			const title = m.title[locale] ?? m.title.zh;
			if (!heading || !/^H[2-6]$/.test(heading.tagName) || !link || !link.textContent.includes(title))
				add(
					`has no heading #${measureAnchor(m.number)} with the title "${title}" linking to ${measurePath(locale, m.number)}`,
					FIX,
					m.number,
				);
			const measurePage = byUrl.get(measurePath(locale, m.number));
			const back = `${url}#${measureAnchor(m.number)}`;
			if (measurePage && !measurePage.root.querySelector(`main a[href="${back}"]`))
				problems.push({
					file: measurePage.file,
					measure: m.number,
					message: `does not link to its place in the full text, ${back}`,
					fix: 'keep the link in src/components/MeasureProvenance.astro',
				});
		}
		const home = byUrl.get(localePath(locale, ''));
		if (home && !home.root.querySelector(`main a[href="${url}"]`))
			problems.push({
				file: home.file,
				message: `does not link to the full text, ${url}`,
				fix: 'keep its door in src/components/HomeDoors.astro',
			});
	}
	return problems;
}
