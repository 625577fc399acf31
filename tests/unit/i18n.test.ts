/**
 * The UI strings (src/content/i18n): both languages have the same keys; every key that code builds at run time
 * from an enum (t(`type.${type}`)) exists for every value of the enum; and every key is used somewhere.
 * The enums are the schema's lists; the prefixes that code builds them with are written here by hand.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { walkFiles as walk } from '../../src/data/read.ts';
import en from '../../src/content/i18n/en.json' with { type: 'json' };
import zh from '../../src/content/i18n/zh-CN.json' with { type: 'json' };
import { SELECTION_FACETS } from '../../src/lib/finder.ts';
import { plural, pluralForms } from '../../src/lib/labels.ts';
import { ENTITY_TYPES, TERM_CATEGORIES } from '../../src/lib/schema.ts';
import { TOOL_SLUGS } from '../../src/lib/sidebar.ts';

/** Key prefixes that code completes at run time, and the enum each is completed from. */
const RUNTIME_KEYS: Record<string, readonly string[]> = {
	type: ENTITY_TYPES, // FlowSvg.astro, DiagramTable.astro: t(`type.${type}`)
	category: TERM_CATEGORIES, // GlossaryList.astro: t(`category.${c.category}`)
	facet: SELECTION_FACETS, // Finder.astro, FinderTable.astro: t(`facet.${facet}`)
	nav: TOOL_SLUGS, // sidebar.ts: uiString(s, `nav.${slug}`)
};

const ROOT = path.join(import.meta.dirname, '..', '..');
/** The code that can read UI strings: src/ (components, pages, libraries) and the Astro config. */
const sources = [...walk(path.join(ROOT, 'src')), path.join(ROOT, 'astro.config.mjs')]
	.filter((f) => /\.(astro|ts|mjs|mdx?)$/.test(f))
	.map((f) => ({ file: path.relative(ROOT, f), text: readFileSync(f, 'utf8') }));

/** A count string's key without its plural suffix (i18next's scheme: key_one, key_other …), or the key itself. */
const PLURAL = /_(zero|one|two|few|many|other)$/;
const base = (key: string) => key.replace(PLURAL, '');

test('both languages have the same UI string keys, count strings aside in their plural forms', () => {
	const bases = (strings: object) => [...new Set(Object.keys(strings).map(base))].sort();
	assert.deepEqual(bases(en), bases(zh));
});

test('count strings have exactly the plural forms of their language and no bare key; every {{count}} is in one', () => {
	for (const [name, locale, strings] of [
		['zh-CN.json', 'zh', zh],
		['en.json', 'en', en],
	] as const) {
		const forms = pluralForms(locale);
		const keys = Object.keys(strings);
		const counted = [...new Set(keys.filter((k) => PLURAL.test(k)).map(base))];
		for (const key of counted) {
			assert.deepEqual(
				keys
					.filter((k) => base(k) === key && PLURAL.test(k))
					.map((k) => PLURAL.exec(k)![1])
					.sort(),
				[...forms].sort(),
				`src/content/i18n/${name}: ${key} must have the forms ${forms.join(', ')} (key_${forms.join(', key_')})`,
			);
			assert.ok(!keys.includes(key), `src/content/i18n/${name}: ${key} is a count string: drop the bare key`);
		}
		// Every string that shows a count is a count string.
		const bare = keys.filter((k) => !PLURAL.test(k) && /\{\{count\}\}/.test((strings as Record<string, string>)[k]!));
		assert.deepEqual(bare, [], `src/content/i18n/${name}: make these count strings key_<form> (see src/lib/labels.ts)`);
	}
	assert.deepEqual(pluralForms('zh'), ['other']);
	assert.deepEqual(pluralForms('en'), ['one', 'other']);
});

test('plural chooses the form: 1 measure, 2 measures; Chinese has one form', () => {
	assert.equal(plural(en, 'en', 'finder.count', 1), '1 measure concerns your need.');
	assert.match(plural(en, 'en', 'finder.count', 2), /^2 measures concern your need/);
	assert.match(plural(zh, 'zh', 'finder.count', 1), /^共有 1 项措施/);
	assert.equal(plural(en, 'en', 'diagram.relationCount', 1), '1 relation');
	assert.equal(plural(en, 'en', 'diagram.relationCount', 0), '0 relations');
	assert.throws(() => plural({ 'finder.count_other': 'x {{count}}' }, 'en', 'finder.count', 1), /finder\.count_one/);
});

test('every key prefix that code completes at run time is listed in this test with its enum', () => {
	const built = new Set<string>();
	for (const { file, text } of sources)
		for (const [, prefix] of text.matchAll(/\b(?:t|uiString)\((?:[\w.]+,\s*)?`([\w-]+)\.\$\{/g))
			if (!(prefix! in RUNTIME_KEYS))
				assert.fail(`${file} builds UI string keys "${prefix}.…": add the prefix and its enum to RUNTIME_KEYS`);
			else built.add(prefix!);
	assert.deepEqual([...built].sort(), Object.keys(RUNTIME_KEYS).sort(), 'a prefix listed here is no longer built');
});

test('every key built at run time from an enum exists in both languages', () => {
	for (const [name, strings] of [
		['zh-CN.json', zh],
		['en.json', en],
	] as const) {
		const missing = Object.entries(RUNTIME_KEYS)
			.flatMap(([prefix, values]) => values.map((v) => `${prefix}.${v}`))
			.filter((key) => !(key in strings));
		assert.deepEqual(missing, [], `src/content/i18n/${name} lacks these keys: add them`);
	}
});

test('every UI string key is used in src/ (statically, or built from a runtime prefix)', () => {
	const runtime = new Set(
		Object.entries(RUNTIME_KEYS).flatMap(([prefix, values]) => values.map((v) => `${prefix}.${v}`)),
	);
	const quoted = (key: string) => ["'", '"', '`'].some((q) => sources.some((s) => s.text.includes(`${q}${key}${q}`)));
	// Starlight's Search component passes every `pagefind.*` key to Pagefind's UI itself.
	const starlight = (key: string) => key.startsWith('pagefind.');
	const unused = Object.keys(zh).filter((key) => !runtime.has(key) && !quoted(base(key)) && !starlight(key));
	assert.deepEqual(unused, [], 'these keys are used nowhere: delete them from src/content/i18n/*.json');
});
