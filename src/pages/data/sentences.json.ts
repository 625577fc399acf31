/**
 * /data/sentences.json: every sentence the site anchors, for the quote checker (/verify/), which loads it on first
 * use: its text in both languages, its page and anchor, and its citation in each language (src/citation/).
 */
import type { APIRoute } from 'astro';
import { quoteCitation } from '../../citation/citation.ts';
import { siteData } from '../../data/site-data.ts';
import { planSentences } from '../../lib/sentences.ts';

export const GET: APIRoute = () => {
	const { plan } = siteData();
	const sentences = planSentences(plan).map((s) => ({
		...s,
		cite: { zh: quoteCitation(plan, s.place, 'zh'), en: quoteCitation(plan, s.place, 'en') },
	}));
	return new Response(JSON.stringify(sentences), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
