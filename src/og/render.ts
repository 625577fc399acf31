/**
 * Draws a share card: satori lays out the element tree of og-card.ts as SVG, resvg turns it into PNG. Glyphs come
 * from @fontsource/noto-sans-sc, shipped as a dependency: the package splits the font into files by unicode range
 * (its CSS lists them), in WOFF2 and WOFF; satori reads WOFF, so each card loads only the WOFF files that cover its
 * characters, in the two weights it uses.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { CARD_HEIGHT, CARD_WIDTH, cardText, cardTree, type CardContent } from '../lib/og-card.ts';

const WEIGHTS = [400, 700] as const;
type Weight = (typeof WEIGHTS)[number];
interface FontFile {
	file: string;
	/** Inclusive code point ranges the file covers. */
	ranges: [number, number][];
}

/** The font files of one weight and the unicode ranges they cover, read from the package's CSS. */
export function parseFontCss(css: string, dir: string): FontFile[] {
	return [...css.matchAll(/url\(\.\/files\/([^)]+\.woff)\) format\('woff'\);\s*unicode-range:\s*([^;]+);/g)].map(
		([, file, ranges]) => ({
			file: path.join(dir, 'files', file!),
			ranges: ranges!.split(',').map((r): [number, number] => {
				const [from, to = from] = r.trim().replace(/^U\+/i, '').split('-');
				return [parseInt(from!, 16), parseInt(to!, 16)];
			}),
		}),
	);
}

let fontFiles: Map<Weight, FontFile[]> | undefined;
function fontsByWeight(): Map<Weight, FontFile[]> {
	if (!fontFiles) {
		const require = createRequire(path.join(process.cwd(), 'package.json'));
		const css = (w: Weight) => require.resolve(`@fontsource/noto-sans-sc/${w}.css`);
		fontFiles = new Map(WEIGHTS.map((w) => [w, parseFontCss(readFileSync(css(w), 'utf8'), path.dirname(css(w)))]));
	}
	return fontFiles;
}

const buffers = new Map<string, Buffer>();
const load = (file: string): Buffer => {
	let data = buffers.get(file);
	if (!data) buffers.set(file, (data = readFileSync(file)));
	return data;
};

/**
 * The WOFF files (both weights) whose ranges cover the characters of `text` (all of them: the package's ranges
 * overlap, and a file may claim a character it lacks), each under its own family name, since satori falls back
 * from one family to the next per glyph but keeps one file per family and weight.
 */
function fontsFor(text: string) {
	const codes = [...new Set([...text].filter((c) => c.trim()))].map((c) => c.codePointAt(0)!);
	const all = WEIGHTS.flatMap((weight) =>
		fontsByWeight()
			.get(weight)!
			.map((file) => ({ weight, file })),
	);
	const used = new Set<(typeof all)[number]>();
	for (const code of codes) {
		const covering = all.filter(({ file }) => file.ranges.some(([a, b]) => code >= a && code <= b));
		if (covering.length === 0)
			throw new Error(`share card: no Noto Sans SC file covers ${String.fromCodePoint(code)} (U+${code.toString(16)})`);
		for (const c of covering) used.add(c);
	}
	// One family per range (noto-sans-sc-117), holding both weights of it.
	const names = new Map(
		[...used].map(({ file }) => [file.file, path.basename(file.file).replace(/-\d+-normal\.woff$/, '')]),
	);
	return {
		family: [...new Set(names.values())].join(', '),
		fonts: [...used].map(({ weight, file }) => ({
			name: names.get(file.file)!,
			data: load(file.file),
			weight,
			style: 'normal' as const,
		})),
	};
}

/** The card as SVG; `embedFont: false` keeps text as <text> (for tests that read it), else glyphs become paths. */
export async function cardSvg(card: CardContent, { embedFont = true } = {}): Promise<string> {
	const { family, fonts } = fontsFor(cardText(card));
	return satori(cardTree(card, family) as Parameters<typeof satori>[0], {
		width: CARD_WIDTH,
		height: CARD_HEIGHT,
		fonts,
		embedFont,
	});
}

export async function cardPng(card: CardContent): Promise<Uint8Array> {
	return new Resvg(await cardSvg(card), { fitTo: { mode: 'original' } }).render().asPng();
}
