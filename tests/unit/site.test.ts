import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { checkCsp } from '../../scripts/lib/site/csp.ts';
import { checkHead } from '../../scripts/lib/site/head.ts';
import { checkHtml } from '../../scripts/lib/site/html.ts';
import { checkLinks } from '../../scripts/lib/site/links.ts';
import { pageFromHtml, type Site } from '../../scripts/lib/site/site.ts';

const ORIGIN = 'https://example.org';
const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
const SCRIPT = 'console.log(1)';

function page(url: string, body: string, head = '') {
	return pageFromHtml(
		url,
		`<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>第18条 一个页面</title>` +
			`<meta name="description" content="描述"><link rel="canonical" href="${ORIGIN}${url}">` +
			`<link rel="alternate" hreflang="zh-CN" href="${ORIGIN}${url}"><link rel="alternate" hreflang="en" href="${ORIGIN}${url}">` +
			`<link rel="icon" href="/favicon.svg"><meta http-equiv="content-security-policy" content="script-src 'self' ${sha(SCRIPT)}">${head}</head>` +
			`<body><main><h1>标题</h1>${body}</main></body></html>`,
		`dist${url}index.html`,
	);
}
function site(...pages: ReturnType<typeof page>[]): Site {
	return {
		dist: 'dist',
		pages,
		files: new Set([
			...pages.map((p) => `${p.url}index.html`),
			'/en/index.html',
			'/favicon.svg',
			'/en/measures/18/index.html',
		]),
	};
}
const links = (s: Site) =>
	checkLinks(s, { origin: ORIGIN, allowedExternal: ['http://www.beijing.gov.cn/official.html'] }).map(
		(p) => `${p.file}: ${p.message}`,
	);

test('links: a clean page passes; a broken link, a missing fragment and another origin are named by page', () => {
	const a = page(
		'/measures/18/',
		'<p id="s1">句</p><a href="#s1">ok</a><a href="http://www.beijing.gov.cn/official.html">src</a>',
	);
	assert.deepEqual(links(site(a, page('/en/', ''))), []);
	const b = page(
		'/measures/17/',
		'<a href="/measures/99/">x</a><a href="/measures/18/#s7">y</a><a href="https://tracker.example.com/">z</a>',
	);
	assert.deepEqual(links(site(a, b, page('/en/', ''))), [
		'dist/measures/17/index.html: <a href="/measures/99/"> points to a missing page or file',
		'dist/measures/17/index.html: link "/measures/18/#s7" points to #s7, which /measures/18/ does not have',
		'dist/measures/17/index.html: <a> links to another origin: https://tracker.example.com/',
	]);
});

test('csp: an inline script without a hash, or unsafe-inline, is named by page', () => {
	assert.deepEqual(checkCsp([page('/', `<script>${SCRIPT}</script>`)]), []);
	const csp = (...pages: ReturnType<typeof pageFromHtml>[]) => checkCsp(pages).map((p) => `${p.file}: ${p.message}`);
	assert.deepEqual(csp(page('/x/', '<script>alert(1)</script>')), [
		'dist/x/index.html: an inline script ("alert(1)"…) has no hash in the CSP: browsers will block it',
	]);
	const unsafe = pageFromHtml(
		'/y/',
		`<html><head><meta http-equiv="content-security-policy" content="script-src 'self' 'unsafe-inline'"></head></html>`,
		'dist/y/index.html',
	);
	assert.deepEqual(csp(unsafe), ["dist/y/index.html: its CSP allows 'unsafe-inline' scripts"]);
	assert.deepEqual(csp(pageFromHtml('/z/', '<html><head></head></html>', 'dist/z/index.html')), [
		'dist/z/index.html: has no content-security-policy <meta>',
	]);
});

test('head: missing description, canonical and alternates are reported', () => {
	assert.deepEqual(checkHead([page('/', '')]), []);
	const bare = pageFromHtml(
		'/a/',
		'<html lang="en"><head><title>A page title</title></head><body></body></html>',
		'dist/a/index.html',
	);
	const found = checkHead([bare]).map((p) => p.message);
	assert.deepEqual(found, [
		'has no meta description',
		'has no canonical URL',
		'has no hreflang="zh-CN" alternate',
		'has no hreflang="en" alternate',
		'has no favicon',
	]);
});

test('html: an image without alt text fails validation, naming the page and line', () => {
	assert.deepEqual(checkHtml([page('/', '<p>文本</p>')]), []);
	const found = checkHtml([page('/img/', '<img src="/favicon.svg" width="10" height="10">')]);
	assert.ok(
		found.some((p) => p.file.startsWith('dist/img/index.html:1:') && p.message.startsWith('wcag/h37')),
		JSON.stringify(found),
	);
});
