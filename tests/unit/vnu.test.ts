import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { formatProblem } from '../../scripts/lib/problem.ts';
import { checkVnu, isFalsePositive, vnuProblems, type VnuMessage } from '../../scripts/lib/site/vnu.ts';

const REPORT = readFileSync(path.join(import.meta.dirname, 'fixtures', 'vnu', 'report.json'), 'utf8');
const MESSAGES = (JSON.parse(REPORT) as { messages: VnuMessage[] }).messages;
const FIX =
	'fix the markup or the component that renders it (a Starlight one: wrap it with HtmlRewrite); ' +
	'check one page with `java -jar node_modules/vnu-jar/build/dist/vnu.jar FILE`';

test('vnu: errors and warnings become problems at file:line:column; info and false positives do not', () => {
	assert.deepEqual(vnuProblems(REPORT, '/project').map(formatProblem), [
		`dist/measures/18/index.html:41:4440: vnu error: The “aria-hidden” attribute must not be specified on the “script” element. → ${FIX}`,
		`dist/en/index.html:3:5: vnu warning: Resource violates Content Security Policy (meta tag): external script “https://cdn.example.com/x.js” blocked by “script-src” directive. → ${FIX}`,
		`dist/en/index.html:9:10: vnu warning: Resource violates Content Security Policy (meta tag): external script “//cdn.example.com/y.js” blocked by “script-src” directive. → ${FIX}`,
		`dist/en/index.html:12:1: vnu warning: Attribute “aria-hidden” is unnecessary for elements that have attribute “hidden”. → ${FIX}`,
		'dist/gone.html: vnu non-document-error: File not found. → the checker could not read the file: rebuild with `npm run build`',
	]);
});

test('vnu: the filter drops only root-relative CSP resource warnings and the trimmed inline-script hash warning', () => {
	assert.deepEqual(
		MESSAGES.filter(isFalsePositive).map((m) => m.message),
		[
			'Inline script violates Content Security Policy (meta tag): blocked by “script-src” directive (missing “‘unsafe-inline’” or nonce/hash).',
			'Resource violates Content Security Policy (meta tag): external script “/_astro/page.cNngjUgL.js” blocked by “script-src” directive.',
			'Resource violates Content Security Policy (meta tag): external stylesheet “/_astro/common.DFkWNY4w.css” blocked by “style-src” directive.',
		],
	);
	// The same texts as errors (or from an HTTP-header policy) are not filtered.
	const csp = MESSAGES.filter(isFalsePositive);
	assert.deepEqual(
		csp.map((m) => isFalsePositive({ ...m, type: 'error', subType: undefined })),
		[false, false, false],
	);
	assert.equal(
		isFalsePositive({
			type: 'info',
			subType: 'warning',
			message:
				'Resource violates Content Security Policy (HTTP header): external script “/a.js” blocked by “script-src” directive.',
		}),
		false,
	);
});

test('vnu: a report that is not JSON is one problem that says how to see why', () => {
	assert.deepEqual(vnuProblems('Error: Unable to access jarfile x\n', '/project'), [
		{
			file: 'dist/',
			message: 'the Nu checker printed no JSON report: Error: Unable to access jarfile x',
			fix: 'run `java -jar node_modules/vnu-jar/build/dist/vnu.jar --format json dist` to see why',
		},
	]);
});

test('vnu: without java, one problem says to install a JRE', async () => {
	assert.deepEqual(await checkVnu(['dist/index.html'], process.cwd(), 'no-such-java-binary'), [
		{
			file: 'dist/',
			message: 'the Nu HTML checker needs Java, and `java` was not found',
			fix: 'install a Java runtime (Debian/Ubuntu: `apt-get install default-jre-headless`), or put one on PATH',
		},
	]);
});
