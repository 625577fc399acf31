/**
 * The corrections page: every deviation of the site's Chinese text from the scraped snapshot, read from
 * content/corrections.yaml. Its `where` and `why` texts are English with Chinese quoted in them; these helpers mark
 * the Chinese runs so each is read in its language.
 */

/** A run of text in one script: Chinese (Han characters and full-width punctuation) or not. */
export interface Run {
	text: string;
	zh: boolean;
}

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/u;

/**
 * Splits `text` into runs of Chinese and other text; spaces between two Chinese characters stay in the Chinese run,
 * spaces next to other text go with it.
 */
export function scriptRuns(text: string): Run[] {
	const runs: Run[] = [];
	for (const match of text.matchAll(
		/[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+(?:\s+[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+)*|[^]/gu,
	)) {
		const zh = CJK.test(match[0]);
		const last = runs.at(-1);
		if (last && last.zh === zh) last.text += match[0];
		else runs.push({ text: match[0], zh });
	}
	return runs;
}
