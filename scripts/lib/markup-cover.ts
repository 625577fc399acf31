/**
 * The pages a full-page check must visit so that every kind of markup of the whole site is in at least one of them.
 * A page's kinds are the signatures of the elements in its `<main>`: the element with its classes (but those that only
 * paint a diagram's strokes) and the attributes
 * that change how it is rendered or announced (role, lang, hidden, aria-current), inside the same signatures of its
 * classed ancestors, per language. Forty-one measure pages (or 166 entity pages) are one template over different
 * data: a page whose every signature is already on a chosen page adds no markup, colour or layout context that the
 * chosen pages lack. Greedy set cover: repeatedly take the page that adds the most signatures not yet covered (ties:
 * the earlier page), so the choice is deterministic and follows the content when other branches add markup.
 */
import { parse, type HTMLElement } from 'node-html-parser';

const ATTRIBUTES = ['role', 'lang', 'hidden', 'aria-current'] as const;

/**
 * Classes that only paint a diagram's strokes: an entity's type (`dg-type-fund`: the colour of its box's border), a
 * relation's family (`dg-f-offers`: the colour of its line and arrowhead) and strength (`dg-s-studied`: the dash of
 * its line). They change no text, size, box or name, so nothing axe measures; 11 types × centre or not × two
 * languages would otherwise put 25 entity pages in the sweep. tests/unit/markup-cover.test.ts reads
 * src/styles/diagram.css to hold this true.
 */
export const STROKE_ONLY_CLASSES = /^dg-(?:type|f|s)-/u;

/** The signatures of the markup inside `<main>` of one page's HTML (empty when it has no `<main>`). */
export function markupSignatures(html: string, locale: string): Set<string> {
	const main = parse(html).querySelector('main');
	const signatures = new Set<string>();
	const walk = (element: HTMLElement, context: string) => {
		for (const child of element.childNodes) {
			if (child.nodeType !== 1) continue;
			const e = child as HTMLElement;
			const classes = (e.getAttribute('class') ?? '')
				.split(/\s+/)
				// Astro's scoped-style hashes name the component file, not a kind of markup.
				.filter((c) => c && !c.startsWith('astro-') && !STROKE_ONLY_CLASSES.test(c))
				.sort();
			const attributes = ATTRIBUTES.filter((a) => e.hasAttribute(a)).map((a) => `[${a}=${e.getAttribute(a)}]`);
			const self = [e.tagName.toLowerCase(), ...classes.map((c) => `.${c}`), ...attributes].join('');
			signatures.add(`${context} > ${self}`);
			walk(e, classes.length || attributes.length ? `${context} ${self}` : context);
		}
	};
	if (main) walk(main, locale);
	return signatures;
}

/** The fewest pages (greedy) whose signatures include every page's; in the order chosen. */
export function markupCover(pages: readonly { path: string; signatures: ReadonlySet<string> }[]): string[] {
	const covered = new Set<string>();
	const chosen: string[] = [];
	for (;;) {
		let best: (typeof pages)[number] | undefined;
		let gain = 0;
		for (const page of pages) {
			let g = 0;
			for (const s of page.signatures) if (!covered.has(s)) g++;
			if (g > gain) [best, gain] = [page, g];
		}
		if (!best) return chosen;
		chosen.push(best.path);
		for (const s of best.signatures) covered.add(s);
	}
}
