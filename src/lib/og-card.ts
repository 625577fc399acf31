/**
 * Share cards (Open Graph images, 1200×630): what each card says and how it is laid out, without fonts or
 * rendering (src/og/render.ts draws it). A card names the site, the measure (or, for the home page, the document),
 * its title, and the document number 京政办发〔2023〕23号 / Jing Zheng Ban Fa [2023] No. 23.
 */
import { documentFacts } from './document.ts';
import { format, localized, uiString, type Locale, type Strings } from './labels.ts';
import { getMeasure, type Plan } from './plan.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const PADDING = 72;

export interface CardContent {
	locale: Locale;
	siteName: string;
	/** "第18项" / "Measure 18"; absent on the home page's card. */
	eyebrow?: string;
	title: string;
	docNumber: string;
}

/** The card of measure `n`, or of the document (home page) when `n` is undefined. */
export function cardContent(plan: Plan, strings: Strings, locale: Locale, n?: number): CardContent {
	const base = {
		locale,
		siteName: uiString(strings, 'site.title'),
		docNumber: documentFacts(plan.document, locale).docNumber,
	};
	if (n === undefined) return { ...base, title: localized(plan.document.plan.title, locale) };
	const measure = getMeasure(plan, n);
	return {
		...base,
		eyebrow: format(uiString(strings, 'measure.number'), { n }),
		title: localized(measure.title, locale),
	};
}

/** Width of a character in em: CJK and full-width forms are square; Latin letters average a little over half. */
const charWidth = (c: string): number => (/[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/u.test(c) ? 1 : 0.52);
const textWidth = (s: string): number => [...s].reduce((w, c) => w + charWidth(c), 0);

/**
 * Breaks `text` into lines of at most `maxEm` em: at spaces when it has them (English), else between characters
 * (Chinese, never before closing punctuation). More than `maxLines` lines: the last one ends with an ellipsis.
 */
export function wrapText(text: string, maxEm: number, maxLines: number): string[] {
	const units = text.includes(' ') ? text.split(/(?<= )/u) : [...text];
	const lines: string[] = [];
	let line = '';
	for (const unit of units) {
		const closing = /^[，。、；：）》」”’！？,.;:)]/u.test(unit);
		if (line && !closing && textWidth((line + unit).trimEnd()) > maxEm) {
			lines.push(line.trimEnd());
			line = '';
		}
		line += unit;
	}
	if (line.trim()) lines.push(line.trimEnd());
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	let last = kept[maxLines - 1]!;
	while (textWidth(last + '…') > maxEm) last = [...last].slice(0, -1).join('');
	kept[maxLines - 1] = last.trimEnd() + '…';
	return kept;
}

/** Type sizes (px) per language: English titles are longer, so smaller. */
const TITLE_SIZE = { zh: 60, en: 50 } as const satisfies Record<Locale, number>;
const TITLE_LINES = 4;
const INK = '#17181c';
const ACCENT = '#8a1c1c';
const MUTED = '#4b4f58';

export interface CardNode {
	type: 'div';
	props: { style: Record<string, string | number>; children?: string | CardNode | CardNode[] };
}
const div = (style: CardNode['props']['style'], children?: CardNode['props']['children']): CardNode => ({
	type: 'div',
	props: { style: { display: 'flex', ...style }, ...(children === undefined ? {} : { children }) },
});

/** The card's element tree for satori: site name at the top, number and title, document number at the foot. */
export function cardTree(card: CardContent, fontFamily = 'Noto Sans SC'): CardNode {
	const size = TITLE_SIZE[card.locale];
	const lines = wrapText(card.title, (CARD_WIDTH - 2 * PADDING) / size, TITLE_LINES);
	return div(
		{
			width: CARD_WIDTH,
			height: CARD_HEIGHT,
			boxSizing: 'border-box',
			padding: PADDING,
			flexDirection: 'column',
			justifyContent: 'space-between',
			backgroundColor: '#ffffff',
			borderTop: `16px solid ${ACCENT}`,
			color: INK,
			fontFamily,
		},
		[
			div({ fontSize: 30, color: MUTED }, card.siteName),
			div({ flexDirection: 'column' }, [
				...(card.eyebrow
					? [div({ fontSize: 44, fontWeight: 700, color: ACCENT, marginBottom: 16 }, card.eyebrow)]
					: []),
				...lines.map((line) => div({ fontSize: size, fontWeight: 700, lineHeight: 1.25 }, line)),
			]),
			div({ fontSize: 32, color: MUTED }, card.docNumber),
		],
	);
}

/** Every character a card draws, for choosing the font files that cover them. */
export function cardText(card: CardContent): string {
	return [card.siteName, card.eyebrow ?? '', card.title, card.docNumber, '…'].join('');
}
