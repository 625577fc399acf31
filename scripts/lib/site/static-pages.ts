/**
 * Static facts of the built pages and files that once needed a browser, checked on every page instead:
 * - English measure pages carry the unofficial-translation notice with links to the Chinese twin and the source;
 * - the diagram pages draw one node per entity in a relation and one edge per relation, and have a text-version row
 *   per entity, without JS;
 * - each entity page (both languages) draws its one-hop neighbourhood, when it has a relation, and quotes every
 *   sentence that names it;
 * - the open data files parse, open with the licence, version and source, hold every measure, entity, relation and
 *   term (JSON and CSV alike), and every edge's evidence is in its measure's text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { entityPath, localePath, measurePath } from '../../../src/lib/locale.ts';
import type { Plan } from '../../../src/lib/plan.ts';
import type { Problem } from '../problem.ts';
import type { Site, SitePage } from './site.ts';

export function checkTranslationNotices(pages: readonly SitePage[], plan: Plan, officialUrl: string): Problem[] {
	const byUrl = new Map(pages.map((p) => [p.url, p]));
	return plan.measures.flatMap((m) => {
		const page = byUrl.get(measurePath('en', m.number));
		if (!page) return []; // reported by the measure-page rule
		const notice = page.root.querySelector('.translation-notice');
		const hrefs = notice?.querySelectorAll('a').map((a) => a.getAttribute('href')) ?? [];
		const missing = [measurePath('zh', m.number), officialUrl].filter((h) => !hrefs.includes(h));
		return notice && missing.length === 0
			? []
			: [
					{
						file: page.file,
						measure: m.number,
						message: notice
							? `the translation notice lacks links to ${missing.join(' and ')}`
							: 'has no unofficial-translation notice',
						fix: 'render the text with <MeasureText>, which adds <TranslationNotice>',
					},
				];
	});
}

/** What the diagram pages must show: every entity in a relation, every relation, and a text-version row per entity. */
export interface DiagramCounts {
	/** Entities that take part in at least one relation: the nodes of the default view. */
	nodes: number;
	/** Relations: the edges of the default view. */
	edges: number;
	/** All entities: the rows of the text version. */
	entities: number;
}

export function checkDiagramPages(pages: readonly SitePage[], counts: DiagramCounts) {
	const problems: Problem[] = [];
	for (const locale of ['zh', 'en'] as const) {
		const url = localePath(locale, 'diagram/');
		const page = pages.find((p) => p.url === url);
		if (!page) {
			problems.push({ file: `dist${url}index.html`, message: 'was not built', fix: 'keep the diagram page' });
			continue;
		}
		const count = (selector: string) => page.root.querySelectorAll(selector).length;
		const view = 'figure.diagram [data-diagram-view]';
		for (const [what, selector, expected] of [
			['diagrams', `${view} svg.diagram-svg`, 1],
			['nodes in the diagram', `${view} svg.diagram-svg .dg-node`, counts.nodes],
			['edges in the diagram', `${view} svg.diagram-svg .dg-edge`, counts.edges],
			['text-version rows', '.diagram-table tbody tr', counts.entities],
		] as const)
			if (count(selector) !== expected)
				problems.push({
					file: page.file,
					message: `has ${count(selector)} ${what}, the data has ${expected}`,
					fix: 'draw the diagram from src/diagram/model.ts (buildFlow) at build time',
				});
	}
	return problems;
}

/** The records of an RFC 4180 CSV text, every field quoted (as toCsv writes it); a quoted line break is no record. */
export function csvRecordCount(text: string): number {
	let records = 0;
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '"') quoted = !quoted;
		else if (!quoted && c === '\n') records++;
	}
	return records;
}

/** How many records each file must hold, from the data: measures, entities, relations, glossary terms. */
export interface OpenDataCounts {
	measures: number;
	entities: number;
	relations: number;
	terms: number;
}

const HEADER_KEYS = ['licence', 'version', 'source'] as const;

export function checkOpenData(site: Site, plan: Plan, counts: OpenDataCounts): Problem[] {
	const problems: Problem[] = [];
	const read = (name: string) => readFileSync(path.join(site.dist, 'data', name), 'utf8');
	const add = (name: string, message: string, fix: string) =>
		problems.push({ file: `${site.dist}/data/${name}`, message, fix });
	const text = new Map(plan.measures.map((m) => [m.number, m.sentences.map((s) => s.zh).join('')]));
	const json = <T>(name: string): T | undefined => {
		try {
			const data = JSON.parse(read(name)) as Record<string, unknown>;
			const missing = HEADER_KEYS.filter((k) => !(k in data));
			if (missing.length > 0)
				add(name, `lacks ${missing.join(', ')}`, 'spread dataHeader() into it (src/lib/open-data.ts)');
			return data as T;
		} catch (error) {
			add(name, `cannot be read: ${(error as Error).message}`, 'run npm run build');
			return undefined;
		}
	};
	const rows = (name: string, expected: number, what: string) => {
		try {
			const records = csvRecordCount(read(name));
			if (records !== expected + 1)
				add(name, `has ${records} records, expected a header and ${expected} rows (${what})`, 'see toCsv');
		} catch (error) {
			add(name, `cannot be read: ${(error as Error).message}`, 'run npm run build');
		}
	};
	const graph = json<{ edges: { measure: number; evidence: string }[] }>('graph.json');
	for (const e of graph?.edges ?? [])
		if (!text.get(e.measure)?.includes(e.evidence))
			add('graph.json', `evidence 「${e.evidence}」 is not in measure ${e.measure}`, 'run npm run check');
	const measures = json<{ measures: { number: number }[] }>('measures.json');
	const numbers = measures?.measures.map((m) => m.number).join(',');
	if (measures && numbers !== plan.measures.map((m) => m.number).join(','))
		add('measures.json', `lists measures ${numbers}`, 'build it from the plan data');
	const relations = json<{ relations: { measure: number; evidence: string }[]; entities: unknown[] }>('relations.json');
	if (relations && relations.relations.length !== counts.relations)
		add(
			'relations.json',
			`has ${relations.relations.length} relations, expected ${counts.relations}`,
			'build it from content/entities.yaml',
		);
	if (relations && relations.entities.length !== counts.entities)
		add(
			'relations.json',
			`has ${relations.entities.length} entities, expected ${counts.entities}`,
			'build it from content/entities.yaml',
		);
	for (const r of relations?.relations ?? [])
		if (!text.get(r.measure)?.includes(r.evidence))
			add('relations.json', `evidence 「${r.evidence}」 is not in measure ${r.measure}`, 'run npm run check');
	const glossary = json<{ terms: unknown[] }>('glossary.json');
	if (glossary && glossary.terms.length !== counts.terms)
		add(
			'glossary.json',
			`has ${glossary.terms.length} terms, expected ${counts.terms}`,
			'build it from content/glossary.yaml',
		);
	rows('measures.csv', counts.measures, 'measures');
	rows('relations.csv', counts.relations, 'relations');
	rows('entities.csv', counts.entities, 'entities');
	rows('glossary.csv', counts.terms, 'glossary terms');
	return problems;
}

/** What an entity page must show: its neighbourhood's nodes and edges (0 without a relation) and its quotes. */
export interface EntityPageCounts {
	id: string;
	nodes: number;
	edges: number;
	quotes: number;
}

export function checkEntityPages(pages: readonly SitePage[], entities: readonly EntityPageCounts[]): Problem[] {
	const byUrl = new Map(pages.map((p) => [p.url, p]));
	const problems: Problem[] = [];
	for (const locale of ['zh', 'en'] as const)
		for (const e of entities) {
			const page = byUrl.get(entityPath(locale, e.id));
			if (!page) {
				problems.push({
					file: `dist${entityPath(locale, e.id)}index.html`,
					message: 'was not built',
					fix: 'build a page for every entity (src/pages/entities/[id].astro)',
				});
				continue;
			}
			const count = (selector: string) => page.root.querySelectorAll(selector).length;
			const near = 'figure.diagram-entity svg.diagram-svg';
			for (const [what, selector, expected, fix] of [
				[
					'neighbourhood nodes',
					`${near} .dg-node`,
					e.nodes,
					'draw the neighbourhood (src/components/EntityPage.astro)',
				],
				[
					'neighbourhood edges',
					`${near} .dg-edge`,
					e.edges,
					'draw the neighbourhood (src/components/EntityPage.astro)',
				],
				['quoted sentences', '.entity-quotes .entity-quote-list > li', e.quotes, 'quote them (EntityQuotes.astro)'],
			] as const)
				if (count(selector) !== expected)
					problems.push({ file: page.file, message: `has ${count(selector)} ${what}, the data has ${expected}`, fix });
		}
	return problems;
}
