/**
 * /data/sentences.json: every sentence the site anchors, for the quote checker (/verify/), which loads it on first
 * use: its text in both languages, its page and anchor, and its citation in each language.
 */
import type { APIRoute } from 'astro';
import { getPlan } from '../../lib/plan.ts';
import { planSentences } from '../../lib/sentences.ts';
import { readStrings } from '../../lib/strings.ts';
import { citationLine, placeText } from '../../verify/cite.ts';

export const GET: APIRoute = () => {
	const plan = getPlan();
	const strings = readStrings();
	const sentences = planSentences(plan).map((s) => ({
		...s,
		cite: {
			zh: citationLine(plan, strings.zh, 'zh', placeText(s.place, plan, strings.zh, 'zh')),
			en: citationLine(plan, strings.en, 'en', placeText(s.place, plan, strings.en, 'en')),
		},
	}));
	return new Response(JSON.stringify(sentences), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
