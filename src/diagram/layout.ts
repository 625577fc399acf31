/**
 * Label measuring and wrapping for the diagram layouts: pure, no DOM.
 */

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/** Width of text in a sans-serif font: CJK characters are square, Latin ones a little over half as wide. */
export function estimateTextWidth(text: string, fontSize = 12): number {
	let w = 0;
	for (const ch of text) w += CJK.test(ch) ? fontSize : fontSize * 0.58;
	return w;
}

/**
 * What ends every wrapped line but the last, so the text read out (and copied) is the whole label: a space for
 * Latin text, nothing for Chinese.
 */
export const lineJoiner = (text: string): string => (/\s/u.test(text) ? ' ' : '');

/** Wraps a label into lines of at most `max` px: at spaces for Latin text, between characters for Chinese. */
export function wrapLabel(text: string, max: number, textWidth: (t: string) => number): string[] {
	const words = /\s/u.test(text) ? text.split(/\s+/u) : [...text];
	const joiner = /\s/u.test(text) ? ' ' : '';
	const lines: string[] = [];
	let line = '';
	for (const word of words) {
		const next = line ? `${line}${joiner}${word}` : word;
		if (line && textWidth(next) > max) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}
