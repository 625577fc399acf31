/** The share-card endpoints of one locale (src/pages/og/ and src/pages/en/og/): the home card and one per measure. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData, uiStrings } from '../data/site-data.ts';
import type { Locale } from '../lib/labels.ts';
import { ogCardSlug } from '../lib/locale.ts';
import { cardContent } from '../lib/og-card.ts';
import { cardPng } from './render.ts';

/** `card` is the path below og/: "index" or "measures/18". */
export const ogStaticPaths: GetStaticPaths = () => [
	{ params: { card: ogCardSlug().slice('og/'.length) }, props: { n: undefined } },
	...siteData().plan.measures.map((m) => ({
		params: { card: ogCardSlug(m.number).slice('og/'.length) },
		props: { n: m.number },
	})),
];

export const ogEndpoint =
	(locale: Locale): APIRoute =>
	async ({ props }) => {
		const n = (props as { n?: number }).n;
		const png = await cardPng(cardContent(siteData().plan, uiStrings()[locale], locale, n));
		return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
	};
