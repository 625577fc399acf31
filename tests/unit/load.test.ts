/**
 * The one door (src/data/load.ts) on the pinned fixture: what it joins and derives, and that a broken content file
 * fails loudly with one line naming the file and what to do. Each broken case copies the fixture to a temporary
 * folder and breaks one file there; the expected lines are written by hand.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { loadSiteData } from '../../src/data/load.ts';
import { ContentError } from '../../src/data/read.ts';
import { measureSentence } from '../../src/lib/plan.ts';
import { FIXTURE_ROOT, fixture } from './helpers.ts';

test('the fixture loads joined: plan, entities with derived mentions, explainers, in-briefs, facts, indexes', () => {
	const data = fixture();
	assert.deepEqual(
		data.plan.measures.map((m) => m.number),
		[1, 2, 3, 4],
	);
	assert.deepEqual(
		data.entities.map((e) => [e.id, e.term.zh]),
		[
			['special-working-group', '工作专班'],
			['banking-institutions', '银行机构'],
			['ip-pledge-financing', '知识产权质押融资'],
			['digital-rmb', '数字人民币'],
		],
	);
	assert.deepEqual(Object.fromEntries(data.measuresNaming), {
		'banking-institutions': [1],
		'ip-pledge-financing': [1],
		'digital-rmb': [2],
		'special-working-group': [4],
	});
	assert.deepEqual([...data.explainers.keys()], [1, 2, 3, 4]);
	assert.deepEqual(data.briefs.zh.get(2), {
		summary: '继续试点数字人民币。',
		whoActs: '由人民银行推进，企业可用数字人民币支付。',
	});
	assert.deepEqual(data.briefs.en.get(3), { summary: 'Guarantee fees fall below 1%.' });
	assert.equal(data.facts.en.docNumber, 'Jing Zheng Ban Fa [2023] No. 23');
	assert.equal(measureSentence(data.plan, 3, 's2')?.zh, '引导融资担保机构降低费率至1%以下；');
	assert.equal(measureSentence(data.plan, 3, 's9'), undefined);
	assert.equal(data.flow.edges.length, 1);
});

const tmp: string[] = [];
after(() => tmp.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the fixture with one file changed (or removed, for `undefined`). */
function brokenFixture(file: string, change: (text: string) => string | undefined): string {
	const root = mkdtempSync(path.join(tmpdir(), 'door-fixture-'));
	tmp.push(root);
	cpSync(FIXTURE_ROOT, root, { recursive: true });
	const target = path.join(root, file);
	const text = change(readFileSync(target, 'utf8'));
	if (text === undefined) rmSync(target);
	else writeFileSync(target, text);
	return root;
}

/** The one line a load of `root` fails with. */
function failure(root: string): string {
	try {
		loadSiteData(root);
	} catch (error) {
		assert.ok(error instanceof ContentError, `expected a ContentError, got ${String(error)}`);
		assert.ok(!error.message.includes('\n'), `one line: ${error.message}`);
		return error.message;
	}
	assert.fail('the broken fixture loaded');
}

test('a missing file: its path, and what to do', () => {
	assert.equal(
		failure(brokenFixture('content/facets.yaml', () => undefined)),
		'content/facets.yaml: is missing: restore it (git checkout) or create it',
	);
});

test("a file that is not YAML: its path, the parser's first line, fix the syntax", () => {
	const message = failure(brokenFixture('content/explainers/02.yaml', (t) => t.replace('offers: []', 'offers: [')));
	assert.match(message, /^content\/explainers\/02\.yaml: is not valid YAML \(.+\): fix the syntax$/);
});

test("a field against its schema: the path of the field and the schema's words", () => {
	assert.equal(
		failure(brokenFixture('content/explainers/03.yaml', (t) => t.replace('sentence: s2', 'sentence: 2'))),
		'content/explainers/03.yaml: does not match its schema (offers.0.sentence: Invalid input: expected string, ' +
			'received number): fix the fields named',
	);
	assert.equal(
		failure(brokenFixture('content/explainers/03.yaml', (t) => t.replace('sentence: s2', 'sentence: s0'))),
		'content/explainers/03.yaml: does not match its schema (offers.0.sentence: sentence ids are s1, s2 …): ' +
			'fix the fields named',
	);
});

test('an English document number with the Chinese in it fails the document schema', () => {
	assert.equal(
		failure(
			brokenFixture('content/plan/document.yaml', (t) =>
				t.replace(
					'发文字号: Jing Zheng Ban Fa [2023] No. 23',
					'发文字号: Jing Zheng Ban Fa [2023] No. 23 (京政办发〔2023〕23号)',
				),
			),
		),
		'content/plan/document.yaml: does not match its schema (about.metadataEn.发文字号: write it in English only: ' +
			'the Chinese is in `metadata`): fix the fields named',
	);
});

test("a measure page's in-brief is read through the frontmatter schema", () => {
	assert.equal(
		failure(
			brokenFixture('src/content/docs/measures/3.mdx', (t) => t.replace('summary: 担保费率降到1%以下。', 'summary: 3')),
		),
		'src/content/docs/measures/3.mdx: does not match the page frontmatter schema (summary: Invalid input: ' +
			'expected string, received number): fix the fields named',
	);
});
