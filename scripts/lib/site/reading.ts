/**
 * Rules on what a reader gets, checked on every built page (static facts need no browser):
 * - readable text: in English pages' main content, as a reader sees it (hidden twins, link labels for screen readers
 *   and other hidden parts taken out), no two sentences run together ("system.Make");
 * - measure pages: `lang`, the h1 title, the sentences with their ids s1…sN and their text equal to the data in the
 *   page's language, the twin in the other language, and previous/next links in reading order (a task group's
 *   overview page comes before its first measure).
 */
import type { HTMLElement } from 'node-html-parser';
import type { Locale } from '../../../src/lib/labels.ts';
import { groupPath, htmlLang, LOCALE_FOLDER, measurePath, otherLocale, sentenceId } from '../../../src/lib/locale.ts';
import type { Plan } from '../../../src/lib/plan.ts';
import type { Problem } from '../problem.ts';
import type { SitePage } from './site.ts';

/** What a reader does not see: hidden twins and notes, screen-reader-only labels, scripts and styles. */
const UNSEEN = '.twin, .twin-only, .sr-only, [hidden], [aria-hidden="true"], script, style, template, noscript';

/** The text of an element as a reader sees it (without the parts above), with white space collapsed. */
export function visibleText(element: HTMLElement, without = ''): string {
	const copy = element.clone() as HTMLElement;
	for (const el of copy.querySelectorAll(without ? `${UNSEEN}, ${without}` : UNSEEN)) el.remove();
	return copy.structuredText.replace(/\s+/g, ' ').trim();
}

/** Places where an English sentence ends and the next begins with no space: "system.Make". */
export function runTogether(text: string): string[] {
	return [...text.matchAll(/[a-z0-9%)"”’][.;!?]["“‘]?[A-Z][a-z]/g)].map((m) =>
		text.slice(Math.max(0, m.index - 12), m.index + m[0].length + 12),
	);
}

const localeOf = (url: string): Locale => (url.startsWith(`/${LOCALE_FOLDER.en}/`) ? 'en' : 'zh');

export function checkReadableText(pages: readonly SitePage[]): Problem[] {
	return pages
		.filter((page) => localeOf(page.url) === 'en')
		.flatMap((page) => {
			const main = page.root.querySelector('main');
			if (!main) return [];
			return runTogether(visibleText(main)).map((at) => ({
				file: page.file,
				message: `two sentences run together without a space: "…${at}…"`,
				fix: 'separate the sentence elements with white space (src/components/Sentences.astro)',
			}));
		});
}

export function checkMeasurePages(pages: readonly SitePage[], plan: Plan): Problem[] {
	const problems: Problem[] = [];
	const byUrl = new Map(pages.map((p) => [p.url, p]));
	/** Each measure's task group numeral (undefined for part 四), as groupPath takes it. */
	const sectionOf = new Map(plan.measures.map((m) => [m.number, m.group]));
	for (const measure of plan.measures) {
		const n = measure.number;
		for (const locale of ['zh', 'en'] as const) {
			const url = measurePath(locale, n);
			const page = byUrl.get(url);
			const add = (message: string, fix: string) =>
				problems.push({ file: page?.file ?? `dist${url}index.html`, measure: n, message, fix });
			if (!page) {
				add(`${url} was not built`, `keep src/content/docs/${locale === 'en' ? 'en/' : ''}measures/${n}.mdx`);
				continue;
			}
			const lang = htmlLang(locale);
			if (page.root.querySelector('html')?.getAttribute('lang') !== lang)
				add(`<html lang> is not ${lang}`, 'check the locales in src/lib/locale.ts');
			const title = measure.title[locale] ?? measure.title.zh;
			const h1 = page.root.querySelector('main h1')?.textContent.trim();
			if (h1 !== title) add(`the h1 is "${h1}", the data's title is "${title}"`, "keep the page's title as the data's");
			const sentences = page.root.querySelectorAll('.measure-text .plan-text .sentence');
			const ids = sentences.map((s) => s.id);
			const expected = measure.sentences.map((_, i) => sentenceId(i));
			if (ids.join(' ') !== expected.join(' '))
				add(`sentence ids are ${ids.join(' ')}, expected ${expected.join(' ')}`, 'render the text with <MeasureText>');
			const other = otherLocale(locale);
			measure.sentences.forEach((s, i) => {
				const el = sentences[i];
				if (!el) return;
				const child = (cls: string) =>
					el.childNodes.find((c): c is HTMLElement => (c as HTMLElement).classList?.contains(cls));
				const primary = child('primary');
				const twin = child('twin');
				const id = sentenceId(i);
				if (primary?.getAttribute('lang') !== lang)
					add(`sentence ${id} is not marked lang="${lang}"`, 'render it with <Sentences>');
				if (!primary || visibleText(primary, '.note-ref') !== (s[locale] ?? '').replace(/\s+/g, ' ').trim())
					add(`sentence ${id} does not show the data's text`, 'render the text from content/plan, unaltered');
				if (s[other] && twin?.getAttribute('lang') !== htmlLang(other))
					add(`sentence ${id} has no ${other} twin`, 'render both languages with <Sentences>');
			});
			const prev = page.root.querySelector('a[rel="prev"]')?.getAttribute('href');
			const next = page.root.querySelector('a[rel="next"]')?.getAttribute('href');
			// The reading order: a group's overview page comes before its first measure.
			const sameGroup = (other: number) => sectionOf.get(other) === sectionOf.get(n);
			const expectPrev = n > 1 && sameGroup(n - 1) ? measurePath(locale, n - 1) : groupPath(locale, sectionOf.get(n));
			const expectNext =
				n >= plan.measures.length
					? undefined
					: sameGroup(n + 1)
						? measurePath(locale, n + 1)
						: groupPath(locale, sectionOf.get(n + 1));
			if (prev !== expectPrev)
				add(`"previous" links to ${prev}, expected ${expectPrev}`, 'keep the sidebar in reading order');
			if (expectNext && next !== expectNext)
				add(`"next" links to ${next}, expected ${expectNext}`, 'keep the sidebar in reading order');
		}
	}
	return problems;
}
