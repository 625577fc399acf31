/**
 * Starlight route middleware: head tags that every measure page needs, derived from the data — a title that
 * carries the measure number (for citations and search results) and a meta description from its text — and the
 * reading order: reference pages (glossary, entities, diagram, data) are not part of it, so no previous/next link
 * leads to or from them. Every page: the <title> escaped, as Starlight writes it as HTML.
 */
import { siteData } from './data/site-data.ts';
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { measureDescription } from './lib/describe.ts';
import { documentJsonLd, jsonLdScript, measureJsonLd } from './lib/jsonld.ts';
import { format, uiString } from './lib/labels.ts';
import { absoluteUrl, localePath, ogCardPath, planLocale } from './lib/locale.ts';
import { CARD_HEIGHT, CARD_WIDTH } from './lib/og-card.ts';
import { getMeasure } from './lib/plan.ts';
import { TOOL_SLUGS } from './lib/sidebar.ts';
import { siteOrigin } from './lib/site-config.ts';

const isTool = (href: string | undefined) => !!href && TOOL_SLUGS.some((slug) => href.endsWith(`/${slug}/`));

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	// Starlight writes the <title> content as HTML: escape a title's own "&" and "<" ("R&D loan").
	const title = route.head.find((h) => h.tag === 'title');
	if (title?.content) title.content = title.content.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
	// A contents list with nothing but "Overview" only narrows the text column.
	if (route.toc && route.toc.items.length <= 1) route.toc = undefined;
	const { pagination } = route;
	if (isTool(`/${route.id}/`)) route.pagination = { prev: undefined, next: undefined };
	else
		route.pagination = {
			prev: isTool(pagination.prev?.href) ? undefined : pagination.prev,
			next: isTool(pagination.next?.href) ? undefined : pagination.next,
		};
	const n = route.entry.data.measure;
	const locale = planLocale(route.locale);
	const strings = context.locals.t.all();
	if (context.url.pathname === localePath(locale, '/')) {
		addJsonLd(route.head, documentJsonLd(siteData().plan, strings, locale, siteOrigin));
		addShareCard(route.head, ogCardPath(locale), route.entry.data.title);
	}
	if (n === undefined) return;
	const measure = getMeasure(siteData().plan, n);
	const number = context.locals.t('measure.number', { n });
	if (title?.content) title.content = format(uiString(strings, 'measure.titleTag'), { number, title: title.content });
	addJsonLd(route.head, measureJsonLd(siteData().plan, measure, strings, locale, siteOrigin));
	addShareCard(
		route.head,
		ogCardPath(locale, n),
		format(uiString(strings, 'measure.titleTag'), { number, title: route.entry.data.title }),
	);
	if (!route.entry.data.description) {
		// format, not t(): i18next would HTML-escape the text, and Astro escapes attributes itself.
		const content = format(uiString(context.locals.t.all(), 'measure.description'), {
			number,
			text: measureDescription(measure, locale),
		});
		route.head.push({ tag: 'meta', attrs: { name: 'description', content } });
		route.head.push({ tag: 'meta', attrs: { property: 'og:description', content } });
	}
});

function addJsonLd(head: StarlightRouteData['head'], data: object) {
	head.push({ tag: 'script', attrs: { type: 'application/ld+json' }, content: jsonLdScript(data) });
}

/** The page's share card and the title that goes with it, for Open Graph and X/Twitter link previews. */
function addShareCard(head: StarlightRouteData['head'], cardPath: string, title: string) {
	const set = (key: 'property' | 'name', value: string, content: string) => {
		const found = head.find((h) => h.tag === 'meta' && h.attrs?.[key] === value);
		if (found?.attrs) found.attrs.content = content;
		else head.push({ tag: 'meta', attrs: { [key]: value, content } });
	};
	const image = absoluteUrl(cardPath, siteOrigin);
	set('property', 'og:title', title);
	set('property', 'og:image', image);
	set('property', 'og:image:type', 'image/png');
	set('property', 'og:image:width', String(CARD_WIDTH));
	set('property', 'og:image:height', String(CARD_HEIGHT));
	set('property', 'og:image:alt', title);
	set('name', 'twitter:card', 'summary_large_image');
	set('name', 'twitter:title', title);
	set('name', 'twitter:image', image);
}
