/** The full text's anchors and its built-site rule, on the pinned fixture plan (four measures, fourteen sentences). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkFullText } from '../../scripts/lib/site/full-text.ts';
import { pageFromHtml, type SitePage } from '../../scripts/lib/site/site.ts';
import { fullSentencePath, fullTextPrefix } from '../../src/lib/locale.ts';
import { buildPlan } from '../../src/lib/plan.ts';
import { fixtureContext } from './helpers.ts';

const ctx = fixtureContext();
const plan = buildPlan(
	ctx.document,
	ctx.measures.map((m) => m.data),
);

test('full-text anchors: a measure m18-, goals as on their page, the unprefixed texts by their name', () => {
	assert.equal(fullTextPrefix({ measure: 18 }), 'm18-');
	assert.equal(fullTextPrefix({ section: 'goals', goal: '三' }), 'goal-3-');
	assert.equal(fullTextPrefix({ section: 'preamble' }), 'preamble-');
	assert.equal(fullTextPrefix({ section: 'notice' }), 'notice-');
	assert.equal(fullTextPrefix({ section: 'goals' }), 'goals-');
	assert.equal(fullSentencePath('zh', { measure: 18 }, 2), '/full/#m18-s3');
	assert.equal(fullSentencePath('en', { section: 'ideology' }, 0), '/en/full/#ideology-s1');
});

/** The fixture's sentences in document order: their anchor on the full text and on their own page (by hand). */
const ANCHORS = [
	['notice-s1', '/notice/#s1'],
	['preamble-s1', '/notice/#preamble-s1'],
	['ideology-s1', '/ideology/#s1'],
	['goals-s1', '/goals/#s1'],
	['goal-1-s1', '/goals/#goal-1-s1'],
	['m1-s1', '/measures/1/#s1'],
	['m1-s2', '/measures/1/#s2'],
	['m2-s1', '/measures/2/#s1'],
	['m2-s2', '/measures/2/#s2'],
	['m3-s1', '/measures/3/#s1'],
	['m3-s2', '/measures/3/#s2'],
	['m3-s3', '/measures/3/#s3'],
	['m4-s1', '/measures/4/#s1'],
	['m4-s2', '/measures/4/#s2'],
] as const;
const texts = [
	...[ctx.document.notice.paragraphs, ctx.document.plan.preamble, ctx.document.ideology.paragraphs].flat(2),
	...ctx.document.goals.paragraphs.flat(),
	...ctx.document.goals.items.flatMap((g) => g.paragraphs.flat()),
	...plan.measures.flatMap((m) => m.sentences),
];

interface Options {
	/** Per sentence index: replace its markup. */
	sentence?: (html: string, i: number) => string;
	/** Per measure: replace its heading. */
	heading?: (html: string, n: number) => string;
	main?: string;
	backLinks?: boolean;
}
function site(options: Options = {}): SitePage[] {
	const pages: SitePage[] = [];
	for (const [locale, prefix, lang, other] of [
		['zh', '', 'zh-CN', 'en'],
		['en', '/en', 'en', 'zh-CN'],
	] as const) {
		const sentences = ANCHORS.map(([id, home], i) => {
			const s = texts[i]!;
			const html =
				`<span class="sentence" id="${id}"><a class="sentence-link" href="${prefix}${home}">${i + 1}</a>` +
				`<span class="primary" lang="${lang}">${locale === 'zh' ? s.zh : s.en}</span>` +
				`<span class="twin" lang="${other}">${locale === 'zh' ? s.en : s.zh}</span></span>`;
			return options.sentence ? options.sentence(html, i) : html;
		});
		const headings = plan.measures.map((m) => {
			const html = `<h4 id="m${m.number}"><a href="${prefix}/measures/${m.number}/">${m.number}. ${m.title[locale]}</a></h4>`;
			return options.heading ? options.heading(html, m.number) : html;
		});
		const main = options.main ?? '<main>';
		pages.push(
			pageFromHtml(
				`${prefix}/full/`,
				`<!DOCTYPE html><html lang="${lang}"><body>${main}${headings.join('')}<p>${sentences.join(' ')}</p></main></body></html>`,
				`dist${prefix}/full/index.html`,
			),
			pageFromHtml(
				`${prefix}/`,
				`<!DOCTYPE html><html lang="${lang}"><body><main><a href="${prefix}/full/">full</a></main></body></html>`,
				`dist${prefix}/index.html`,
			),
			...plan.measures.map((m) =>
				pageFromHtml(
					`${prefix}/measures/${m.number}/`,
					`<!DOCTYPE html><html lang="${lang}"><body><main>` +
						(options.backLinks === false ? '' : `<a href="${prefix}/full/#m${m.number}">full</a>`) +
						'</main></body></html>',
					`dist${prefix}/measures/${m.number}/index.html`,
				),
			),
		);
	}
	return pages;
}
const lines = (problems: { file: string; measure?: number; message: string }[]) =>
	problems.map((p) => `${p.file}: ${p.measure ?? '-'}: ${p.message}`);

test('a full text with every sentence once, its text, twin and home link, and every heading, passes', () => {
	assert.deepEqual(lines(checkFullText(site(), plan)), []);
});

test('a missing, a doubled, a changed and a self-linked sentence are each reported', () => {
	const pages = site({
		sentence: (html, i) =>
			i === 1
				? '' // preamble-s1 left out
				: i === 3
					? html + html // goals-s1 twice
					: i === 6
						? html.replace(/(lang="(?:zh-CN|en)">)[^<]+/, '$1changed') // m1-s2's primary text
						: i === 12
							? html.replace(/href="[^"]+"/, 'href="#m4-s1"') // m4-s1's handle points at itself
							: html,
	}).filter((p) => !p.url.startsWith('/en/'));
	assert.deepEqual(lines(checkFullText(pages, plan)), [
		'dist/full/index.html: -: sentence #preamble-s1 is there 0 times, expected once',
		'dist/full/index.html: -: sentence #goals-s1 is there 2 times, expected once',
		"dist/full/index.html: 1: sentence #m1-s2 does not show the data's text",
		"dist/full/index.html: 4: sentence #m4-s1's handle links to #m4-s1, expected its own page's /measures/4/#s1",
		'dist/en/full/index.html: -: /en/full/ was not built',
	]);
});

test('a missing heading, a measure page without its back link, a sentence not in the data and indexing are reported', () => {
	const pages = site({
		heading: (html, n) => (n === 2 ? '<h4 id="m2">2.</h4>' : html),
		sentence: (html, i) => (i === 0 ? `${html}<span class="sentence" id="m9-s1">x</span>` : html),
		main: '<main data-pagefind-body>',
		backLinks: false,
	}).filter((p) => !p.url.startsWith('/en/') || p.url === '/en/full/');
	const zh = lines(checkFullText(pages, plan)).filter((l) => !l.startsWith('dist/en/'));
	assert.deepEqual(zh, [
		'dist/full/index.html: -: is in the search index',
		'dist/full/index.html: -: has sentences the data does not: m9-s1',
		'dist/measures/1/index.html: 1: does not link to its place in the full text, /full/#m1',
		'dist/full/index.html: 2: has no heading #m2 with the title "用好数字人民币" linking to /measures/2/',
		'dist/measures/2/index.html: 2: does not link to its place in the full text, /full/#m2',
		'dist/measures/3/index.html: 3: does not link to its place in the full text, /full/#m3',
		'dist/measures/4/index.html: 4: does not link to its place in the full text, /full/#m4',
	]);
});

test('sentences out of document order are reported', () => {
	const first = site()[0]!.root.getElementById('m1-s1')!.outerHTML;
	const pages = site({ sentence: (html, i) => (i === 5 ? '' : i === 6 ? html + first : html) });
	assert.deepEqual(
		lines(checkFullText(pages, plan)).filter((l) => l.startsWith('dist/full/')),
		['dist/full/index.html: -: lists the sentences out of document order'],
	);
});
