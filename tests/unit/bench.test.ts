import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageWeight, sizeOf, staticImports } from '../../scripts/lib/bench/assets.ts';

test('staticImports follows import and re-export statements, not dynamic import()', () => {
	const code = `import{a as b}from"./chunk.js";import "./side.js";export{c}from'../x/y.js';const l=()=>import("./lazy.js");`;
	assert.deepEqual(staticImports(code, '/_astro/page.js').sort(), ['/_astro/chunk.js', '/_astro/side.js', '/x/y.js']);
});

test('pageWeight counts stylesheets (not print ones), inline and external scripts and their static imports once', () => {
	const files: Record<string, string> = {
		'/a.css': 'body{color:red}',
		'/print.css': 'SHOULD NOT COUNT',
		'/page.js': 'import"./shared.js";console.log(1)',
		'/other.js': 'import"./shared.js"',
		'/shared.js': 'export const x=1',
	};
	const html =
		`<link rel="stylesheet" href="/a.css"><link rel="stylesheet" href="/print.css" media="print"><style>p{}</style>` +
		`<script type="module" src="/page.js"></script><script type="module" src="/other.js"></script><script>var i=1</script><script type="application/ld+json">{}</script>`;
	const w = pageWeight(html, (p) => files[p] ?? assert.fail(`unexpected read ${p}`));
	assert.equal(w.css.raw, sizeOf(files['/a.css']!).raw + sizeOf('p{}').raw);
	assert.equal(
		w.js.raw,
		['/page.js', '/other.js', '/shared.js'].reduce((n, f) => n + sizeOf(files[f]!).raw, 0) + sizeOf('var i=1').raw,
	);
	assert.deepEqual(w.files.sort(), ['/a.css', '/other.js', '/page.js', '/shared.js']);
	assert.ok(w.html.gzip > 0 && w.html.gzip < w.html.raw + 30);
});
