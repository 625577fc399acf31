/** Share-card layout, the corrections page's script runs, and the check:site rules for JSON-LD and share cards. */
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { checkCsp } from '../../scripts/lib/site/csp.ts';
import { checkJsonLd, checkShareCards, pngSize } from '../../scripts/lib/site/meta.ts';
import { pageFromHtml } from '../../scripts/lib/site/site.ts';
import { chineseRuns } from '../../src/lib/text.ts';
import { cardTree, wrapText, type CardContent, type CardNode } from '../../src/lib/og-card.ts';
import { cardSvg } from '../../src/og/render.ts';

const CARD: CardContent = {
	locale: 'en',
	siteName: 'Zhongguancun Sci-Tech Finance Reform Pilot Zone Plan',
	eyebrow: 'Measure 18',
	title:
		'Establish and improve systems of assessment and incentives and of due-diligence liability exemption for sci-tech finance',
	docNumber: 'Jing Zheng Ban Fa [2023] No. 23',
};

test('wrapText breaks English at spaces and Chinese between characters, never before closing punctuation', () => {
	// Latin letters count 0.52 em: 'one two' is 3.64 em, 'three four' 5.2 em.
	assert.deepEqual(wrapText('one two three four', 2, 4), ['one', 'two', 'three', 'four']);
	assert.deepEqual(wrapText('one two three four', 4, 4), ['one two', 'three', 'four']);
	assert.deepEqual(wrapText('优化科创融资担保体系', 4, 4), ['优化科创', '融资担保', '体系']);
	assert.deepEqual(wrapText('科创金融，试验区', 4, 4), ['科创金融，', '试验区']);
	assert.deepEqual(wrapText('一二三四五六七八九十', 3, 2), ['一二三', '四五…']);
});

const texts = (node: CardNode): string[] => {
	const { children } = node.props;
	if (typeof children === 'string') return [children];
	if (!children) return [];
	return (Array.isArray(children) ? children : [children]).flatMap(texts);
};

test('cardTree: site name, number, the title in lines, the document number, in that order', () => {
	assert.deepEqual(texts(cardTree(CARD)), [
		'Zhongguancun Sci-Tech Finance Reform Pilot Zone Plan',
		'Measure 18',
		// 50 px type on 1056 px: 21.1 em, 40 Latin letters a line.
		'Establish and improve systems of',
		'assessment and incentives and of',
		'due-diligence liability exemption for',
		'sci-tech finance',
		'Jing Zheng Ban Fa [2023] No. 23',
	]);
	const zh = cardTree({
		...CARD,
		locale: 'zh',
		eyebrow: undefined,
		title: '优化科创融资担保体系',
		docNumber: '京政办发〔2023〕23号',
	});
	assert.deepEqual(texts(zh).slice(1), ['优化科创融资担保体系', '京政办发〔2023〕23号']);
});

test('cardSvg: a 1200×630 SVG whose text has the number, the wrapped title and 京政办发〔2023〕23号', async () => {
	const svg = await cardSvg(
		{
			...CARD,
			locale: 'zh',
			siteName: '中关村科创金融改革试验区实施方案',
			eyebrow: '第18项',
			title: '建立完善科创金融考核激励和尽职免责制度建立完善科创金融考核激励',
			docNumber: '京政办发〔2023〕23号',
		},
		{ embedFont: false },
	);
	assert.match(svg, /^<svg width="1200" height="630" /);
	// satori writes one <text> per word or character; join them per line (by their y).
	const lines = new Map<string, string>();
	for (const [, y, text] of svg.matchAll(/<text [^>]*?y="([\d.]+)"[^>]*>([^<]*)<\/text>/g))
		lines.set(y!, (lines.get(y!) ?? '') + text);
	assert.deepEqual(
		[...lines.values()],
		[
			'中关村科创金融改革试验区实施方案',
			'第18项',
			// 60 px type on 1056 px: 17 characters a line.
			'建立完善科创金融考核激励和尽职免责',
			'制度建立完善科创金融考核激励',
			'京政办发〔2023〕23号',
		],
	);
});

test('chineseRuns marks the Chinese in English text', () => {
	assert.deepEqual(chineseRuns('goal （一）, between 私募股权投资 and 等专业投资者'), [
		{ text: 'goal ', chinese: false },
		{ text: '（一）', chinese: true },
		{ text: ', between ', chinese: false },
		{ text: '私募股权投资', chinese: true },
		{ text: ' and ', chinese: false },
		{ text: '等专业投资者', chinese: true },
	]);
	assert.deepEqual(chineseRuns('字号： 大 中 小'), [{ text: '字号： 大 中 小', chinese: true }]);
	assert.deepEqual(chineseRuns('measure 38'), [{ text: 'measure 38', chinese: false }]);
});

const CSP = `<meta http-equiv="content-security-policy" content="script-src 'self'">`;
const head = (body: string, canonical = 'https://example.org/measures/1/') =>
	`<html><head>${CSP}<link rel="canonical" href="${canonical}">${body}</head></html>`;

test('csp: a JSON-LD block is data, not a script, so it needs no hash', () => {
	const ld = '<script type="application/ld+json">{"@type":"Legislation"}</script>';
	assert.deepEqual(checkCsp([pageFromHtml('/', head(ld), 'dist/index.html')]), []);
	assert.deepEqual(
		checkCsp([pageFromHtml('/', head('<script type="module">x()</script>'), 'dist/index.html')]).map((p) => p.message),
		['an inline script ("x()"…) has no hash in the CSP: browsers will block it'],
	);
});

test('json-ld rule: missing, unparsable, or with another url than the canonical', () => {
	const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;
	const good = `{"@context":"https://schema.org","@type":"Legislation","url":"https://example.org/measures/1/"}`;
	const pages = [
		pageFromHtml('/measures/1/', head(ld(good)), 'dist/measures/1/index.html'),
		pageFromHtml('/measures/2/', head('', 'https://example.org/measures/2/'), 'dist/measures/2/index.html'),
		pageFromHtml(
			'/measures/3/',
			head(ld('{"@type":'), 'https://example.org/measures/3/'),
			'dist/measures/3/index.html',
		),
		pageFromHtml('/measures/4/', head(ld(good), 'https://example.org/measures/4/'), 'dist/measures/4/index.html'),
	];
	const found = checkJsonLd(pages, ['/measures/1/', '/measures/2/', '/measures/3/', '/measures/4/', '/measures/5/']);
	assert.deepEqual(
		found.map((p) => `${p.file}: ${p.message.replace(/ \(.*\)$/, '')}`),
		[
			'dist/measures/2/index.html: has no Legislation JSON-LD',
			'dist/measures/3/index.html: its JSON-LD does not parse',
			'dist/measures/4/index.html: its JSON-LD url "https://example.org/measures/1/" is not its canonical URL "https://example.org/measures/4/"',
		],
	);
});

/** A PNG header (signature and IHDR) of the given size; the checks read nothing more. */
const pngHeader = (width: number, height: number) => {
	const bytes = new Uint8Array(33);
	bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
	const view = new DataView(bytes.buffer);
	view.setUint32(16, width);
	view.setUint32(20, height);
	return bytes;
};

test('pngSize reads the IHDR chunk', () => {
	assert.deepEqual(pngSize(pngHeader(1200, 630)), { width: 1200, height: 630 });
	assert.equal(pngSize(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"></svg>')), undefined);
});

test('share-card rule: og:image missing, not in the build, not a PNG, or of another size', () => {
	const dist = mkdtempSync(path.join(tmpdir(), 'og-'));
	mkdirSync(path.join(dist, 'og'));
	writeFileSync(path.join(dist, 'og', 'good.png'), pngHeader(1200, 630));
	writeFileSync(path.join(dist, 'og', 'small.png'), pngHeader(600, 315));
	writeFileSync(path.join(dist, 'og', 'text.png'), 'not a png at all, just some text');
	const og = (href: string) => `<meta property="og:image" content="https://example.org${href}">`;
	const page = (n: number, body: string) => pageFromHtml(`/m/${n}/`, head(body), `dist/m/${n}/index.html`);
	const site = {
		dist,
		pages: [
			page(1, og('/og/good.png')),
			page(2, ''),
			page(3, og('/og/missing.png')),
			page(4, og('/og/text.png')),
			page(5, og('/og/small.png')),
		],
		files: new Set(['/og/good.png', '/og/small.png', '/og/text.png']),
	};
	assert.deepEqual(
		checkShareCards(site, ['/m/1/', '/m/2/', '/m/3/', '/m/4/', '/m/5/'], 'https://example.org').map(
			(p) => `${p.file}: ${p.message}`,
		),
		[
			'dist/m/2/index.html: has no og:image',
			'dist/m/3/index.html: its og:image https://example.org/og/missing.png is not a file of the build',
			'dist/m/4/index.html: its og:image https://example.org/og/text.png is not a PNG',
			'dist/m/5/index.html: its og:image https://example.org/og/small.png is 600×315, not 1200×630',
		],
	);
});
