import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markupCover, markupSignatures } from '../../scripts/lib/markup-cover.ts';

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
