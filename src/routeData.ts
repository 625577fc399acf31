/**
 * Starlight route middleware: head tags that every measure page needs, derived from the data — a title that
 * carries the measure number (for citations and search results) and a meta description from its text — and the
 * reading order: reference pages (glossary, entities, diagram, data) are not part of it, so no previous/next link
 * leads to or from them. Every page: the <title> escaped, as Starlight writes it as HTML.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { measureDescription } from './lib/describe.ts';
import { format, uiString } from './lib/labels.ts';
import { planLocale } from './lib/locale.ts';
import { getMeasure, getPlan } from './lib/plan.ts';
import { TOOL_SLUGS } from './lib/sidebar.ts';

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
	if (n === undefined) return;
	const measure = getMeasure(getPlan(), n);
	const locale = planLocale(route.locale);
	const number = context.locals.t('measure.number', { n });
	if (title?.content)
		title.content = format(uiString(context.locals.t.all(), 'measure.titleTag'), { number, title: title.content });
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
