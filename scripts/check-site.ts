/**
 * `npm run check:site`: checks the built site in dist/ — links, CSP, head tags, HTML validity (html-validate and the
 * Nu HTML checker, which needs Java).
 */
import path from 'node:path';
import { loadSiteData } from '../src/data/load.ts';
import { ContentError } from '../src/data/read.ts';
import { formatProblem, type Problem } from './lib/problem.ts';
import { checkMeasureCitations } from './lib/site/citations.ts';
import { checkCsp } from './lib/site/csp.ts';
import { checkHead } from './lib/site/head.ts';
import { checkHtml } from './lib/site/html.ts';
import { checkLinks } from './lib/site/links.ts';
import { checkJsonLd, checkShareCards, metaPageUrls } from './lib/site/meta.ts';
import { checkFullText } from './lib/site/full-text.ts';
import { checkMeasurePages, checkReadableText } from './lib/site/reading.ts';
import { loadSite } from './lib/site/site.ts';
import { checkVnu } from './lib/site/vnu.ts';
import {
	checkDiagramPages,
	checkEntityPages,
	checkOpenData,
	checkTranslationNotices,
} from './lib/site/static-pages.ts';
import { entityQuotes } from '../src/lib/entity-quotes.ts';
import { siteOrigin } from '../src/lib/site-config.ts';
import { LICENCE } from '../src/lib/open-data.ts';

const site = loadSite(path.resolve('dist'));
if (site.pages.length === 0) {
	console.error('check:site: dist/ has no pages: run `npm run build` first');
	process.exit(1);
}
let data;
try {
	data = loadSiteData(process.cwd());
} catch (error) {
	if (!(error instanceof ContentError)) throw error;
	console.error(`check:site: ${error.message}`);
	process.exit(1);
}
const { document, plan, entityData, glossary } = data;
// The Nu checker runs in its own JVM: start it first, and read its answer after the other rules.
const vnu = checkVnu(site.pages.map((p) => p.file));
const rules: [string, () => Problem[] | Promise<Problem[]>][] = [
	['links', () => checkLinks(site, { origin: siteOrigin, allowedExternal: [document.about.officialUrl, LICENCE.url] })],
	['csp', () => checkCsp(site.pages)],
	['head', () => checkHead(site.pages)],
	['html', () => checkHtml(site.pages)],
	['readable text', () => checkReadableText(site.pages)],
	['measure pages', () => checkMeasurePages(site.pages, plan)],
	['full text', () => checkFullText(site.pages, plan)],
	[
		'measure citations',
		() =>
			checkMeasureCitations(site.pages, {
				measures: plan.measures.map((m) => m.number),
				docNumber: { zh: data.facts.zh.docNumber, en: data.facts.en.docNumber },
				officialUrl: document.about.officialUrl,
			}),
	],
	['translation notices', () => checkTranslationNotices(site.pages, plan, document.about.officialUrl)],
	[
		'diagram pages',
		() =>
			checkDiagramPages(site.pages, {
				nodes: new Set(entityData.relations.flatMap((r) => [r.source, r.target])).size,
				edges: entityData.relations.length,
				entities: entityData.entities.length,
			}),
	],
	[
		'entity pages',
		() => {
			const terms = data.entities.map((e) => e.term);
			const measures = plan.measures.map((m) => ({ measure: m.number, sentences: m.sentences }));
			return checkEntityPages(
				site.pages,
				entityData.entities.map(({ id }) => {
					const edges = entityData.relations.filter((r) => r.source === id || r.target === id);
					return {
						id,
						nodes: edges.length ? new Set(edges.flatMap((r) => [r.source, r.target])).size : 0,
						edges: edges.length,
						quotes: entityQuotes(id, measures, terms, entityData.mentions, 'zh').reduce(
							(n, q) => n + q.quotes.length,
							0,
						),
					};
				}),
			);
		},
	],
	[
		'open data',
		() =>
			checkOpenData(site, plan, {
				measures: plan.measures.length,
				entities: entityData.entities.length,
				relations: entityData.relations.length,
				terms: glossary.length,
			}),
	],
	['json-ld', () => checkJsonLd(site.pages, metaPageUrls(plan.measures.length))],
	['share cards', () => checkShareCards(site, metaPageUrls(plan.measures.length), siteOrigin)],
	['nu html checker', () => vnu],
];
let failures = 0;
for (const [name, run] of rules) {
	const problems = await run();
	failures += problems.length;
	for (const p of problems.slice(0, 50)) console.error(formatProblem(p));
	if (problems.length > 50) console.error(`… and ${problems.length - 50} more`);
	console.log(`check:site ${name}: ${problems.length ? `${problems.length} problem(s)` : 'ok'}`);
}
console.log(`check:site: ${site.pages.length} pages, ${failures} problem(s)`);
process.exit(failures ? 1 : 0);
