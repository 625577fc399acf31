import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { markupCover, markupSignatures, STROKE_ONLY_CLASSES } from '../../scripts/lib/markup-cover.ts';
import { PROJECT_ROOT } from './helpers.ts';

const page = (main: string) =>
	`<!doctype html><html><body><header class="h"><a class="x">chrome</a></header><main>${main}</main></body></html>`;

test('signatures: element, classes (sorted, without Astro hashes) and rendering attributes, inside classed ancestors', () => {
	const signatures = markupSignatures(
		page('<div><ul class="b a astro-xyz"><li hidden><a lang="en" href="/1/">1</a></li></ul></div>'),
		'en',
	);
	assert.deepEqual(
		[...signatures],
		['en > div', 'en > ul.a.b', 'en ul.a.b > li[hidden=]', 'en ul.a.b li[hidden=] > a[lang=en]'],
	);
	// Text, hrefs and the chrome outside <main> are not markup kinds; the language is.
	assert.deepEqual(
		markupSignatures(page('<div><ul class="a b"><li hidden><a lang="en" href="/2/">two</a></li></ul></div>'), 'en'),
		signatures,
	);
	assert.notDeepEqual(
		markupSignatures(page('<div><ul class="a b"></ul></div>'), 'zh'),
		markupSignatures(page('<div><ul class="a b"></ul></div>'), 'en'),
	);
	assert.equal(markupSignatures('<p>no main</p>', 'zh').size, 0);
});

test('cover: the fewest pages that hold every signature, the largest gain first, ties to the earlier page', () => {
	const pages = [
		{ path: '/1/', signatures: new Set(['a', 'b']) },
		{ path: '/2/', signatures: new Set(['a', 'b', 'c']) },
		{ path: '/3/', signatures: new Set(['a']) },
		{ path: '/4/', signatures: new Set(['d']) },
		{ path: '/5/', signatures: new Set(['d']) },
	];
	assert.deepEqual(markupCover(pages), ['/2/', '/4/']);
	assert.deepEqual(markupCover([]), []);
});

test('classes that only paint a diagram stroke make no signature of their own', () => {
	const a = markupSignatures(page('<svg><a class="dg-node dg-type-fund is-centre"><rect></rect></a></svg>'), 'en');
	const b = markupSignatures(page('<svg><a class="dg-node dg-type-sector is-centre"><rect></rect></a></svg>'), 'en');
	assert.deepEqual([...a], [...b]);
	assert.deepEqual([...a], ['en > svg', 'en > a.dg-node.is-centre', 'en a.dg-node.is-centre > rect']);
	assert.ok(!STROKE_ONLY_CLASSES.test('dg-node') && !STROKE_ONLY_CLASSES.test('is-centre'));
});

/** The rules of the site's style sheets, innermost blocks (inside @media too): selector list and declarations. */
function cssRules(): { file: string; selectors: string[]; declarations: [string, string][] }[] {
	const dir = path.join(PROJECT_ROOT, 'src', 'styles');
	return readdirSync(dir)
		.filter((f) => f.endsWith('.css'))
		.flatMap((file) =>
			[
				...readFileSync(path.join(dir, file), 'utf8')
					.replace(/\/\*[\s\S]*?\*\//gu, '')
					.matchAll(/([^{}]+)\{([^{}]*)\}/gu),
			].map((m) => ({
				file,
				selectors: m[1]!.split(',').map((s) => s.trim()),
				declarations: m[2]!
					.split(';')
					.map((d) => d.trim())
					.filter(Boolean)
					.map((d) => [d.slice(0, d.indexOf(':')).trim(), d.slice(d.indexOf(':') + 1).trim()] as [string, string]),
			})),
		);
}

test('the stroke-only classes do only paint strokes, in the real style sheets', () => {
	const rules = cssRules();
	const classOf = (selector: string) => [...selector.matchAll(/\.([\w-]+)/gu)].map((m) => m[1]!);
	const styled = rules.filter((r) => r.selectors.some((s) => classOf(s).some((c) => STROKE_ONLY_CLASSES.test(c))));
	assert.ok(styled.length >= 10, 'the diagram styles its types, families and strengths');
	const STROKE = new Set(['--dg-color', '--dg-kind', 'stroke-dasharray', 'stroke-linecap', 'stroke-width']);
	for (const r of styled)
		for (const [property] of r.declarations)
			assert.ok(STROKE.has(property), `${r.file}: ${r.selectors.join(', ')} sets ${property}, not a stroke`);
	// The two colours they set paint only the stroke or fill of a shape, never text.
	const uses = rules.filter((r) => r.declarations.some(([, v]) => /var\(--dg-(?:color|kind)\b/u.test(v)));
	assert.ok(uses.length >= 3);
	for (const r of uses) {
		for (const [property, value] of r.declarations)
			if (/var\(--dg-(?:color|kind)\b/u.test(value))
				assert.ok(['stroke', 'fill'].includes(property), `${r.file}: ${r.selectors.join(', ')} uses it in ${property}`);
		for (const s of r.selectors)
			assert.match(s, /(?:\brect|\bpath|\.dg-line)$/u, `${r.file}: ${s} paints something that is not a shape`);
	}
});
