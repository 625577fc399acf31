import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bareSiteFiles } from '../../scripts/lib/bench/bare.ts';
import { benchPort } from '../../scripts/lib/bench/config.ts';
import { liveData } from './helpers.ts';

test('the bare Starlight site has one page per measure in each language with the plain text, and nothing else', () => {
	const { plan } = liveData();
	const files = bareSiteFiles(plan, { astro: '7.3.5', starlight: '0.42.4' });
	const pages = [...files.keys()].filter((f) => f.startsWith('src/content/docs/'));
	assert.equal(pages.length, 2 * (plan.measures.length + 1));
	const m18 = plan.measures.find((m) => m.number === 18)!;
	const zh = files.get('src/content/docs/measures/18.md')!;
	const en = files.get('src/content/docs/en/measures/18.md')!;
	assert.ok(zh.includes(m18.sentences.map((s) => s.zh).join('')));
	assert.ok(en.includes(m18.sentences[1]!.en!));
	assert.ok(zh.startsWith(`---\ntitle: ${JSON.stringify(m18.title.zh)}\n---`));
	// No metadata, no components: plain Markdown.
	assert.ok(!zh.includes('data-pagefind') && !zh.includes('import '));
	assert.match(files.get('astro.config.mjs')!, /starlight\(\{ title: .*defaultLocale: 'root'/);
	assert.deepEqual(JSON.parse(files.get('package.json')!).dependencies, {
		astro: '7.3.5',
		'@astrojs/starlight': '0.42.4',
	});
});

test('benchPort: $BENCH_PORT, else 4331; a bad value fails with what to set', () => {
	assert.equal(benchPort({}), 4331);
	assert.equal(benchPort({ BENCH_PORT: '4348' }), 4348);
	assert.throws(() => benchPort({ BENCH_PORT: 'x' }), /BENCH_PORT=x: expected a port number/);
});
