/**
 * Rule: every built page passes the W3C Nu HTML Checker (vnu-jar), which knows the HTML and ARIA-in-HTML content
 * models that html-validate's preset does not (e.g. no aria-* on <script>). One JVM checks all pages; its JSON report
 * becomes one problem per error or warning, minus the false positives below.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Problem } from '../problem.ts';

/** One message of `vnu --format json` (https://github.com/validator/validator/wiki/Output-%C2%BB-JSON). */
export interface VnuMessage {
	type: 'error' | 'info' | 'non-document-error' | string;
	subType?: string;
	url?: string;
	firstLine?: number;
	lastLine?: number;
	firstColumn?: number;
	lastColumn?: number;
	message?: string;
}

/**
 * CSP warnings that only exist because vnu reads files, not a served site: with a file: URL the document has no
 * origin, so 'self' matches nothing and every root-relative script, stylesheet and image (`/_astro/…`) is reported as
 * blocked. Served from the site's origin, 'self' allows them (script-src, style-src and img-src all list 'self', and
 * Playwright's console check would see a real block). Absolute URLs (another origin) are still reported.
 */
const CSP_FROM_FILE =
	/^Resource violates Content Security Policy \(meta tag\): (external script|external stylesheet|image) “\/(?!\/)/;

/**
 * vnu 26.9 hashes an inline script's text after trimming it (CspEnforcementChecker.endElement calls `.trim()`),
 * while browsers hash the exact text (CSP 3, "Does element match source list for type and source"). Starlight's
 * inline scripts start with a newline, so vnu reports each of them (six a page) although the browser runs them. Not
 * fixable here without changing Starlight's script text; the csp rule of check:site checks the exact hash of every
 * inline script instead, so nothing goes unchecked. Remove this when vnu hashes the untrimmed text.
 */
const INLINE_SCRIPT_HASH_TRIMMED =
	'Inline script violates Content Security Policy (meta tag): blocked by “script-src” directive ' +
	'(missing “‘unsafe-inline’” or nonce/hash).';

/** Whether a message is a known false positive (see the two constants above). */
export function isFalsePositive(m: VnuMessage): boolean {
	if (m.type !== 'info' || m.subType !== 'warning' || !m.message) return false;
	return CSP_FROM_FILE.test(m.message) || m.message === INLINE_SCRIPT_HASH_TRIMMED;
}

const firstLineOf = (text: string) => text.trim().split('\n')[0] ?? '';

function where(m: VnuMessage, root: string): string {
	const file = m.url?.startsWith('file:') ? path.relative(root, fileURLToPath(m.url)) : (m.url ?? 'dist/');
	const line = m.firstLine ?? m.lastLine;
	const column = m.firstColumn ?? m.lastColumn;
	return line === undefined ? file : `${file}:${line}:${column ?? 1}`;
}

/**
 * Problems from vnu's JSON report. Errors and warnings count; plain info messages do not (vnu's own --errors-only
 * and --Werror ignore them too; here they are only "Trailing slash on void elements", Astro's `<meta … />`).
 */
export function vnuProblems(report: string, root = process.cwd()): Problem[] {
	let messages: VnuMessage[];
	try {
		messages = (JSON.parse(report) as { messages: VnuMessage[] }).messages;
	} catch {
		return [
			{
				file: 'dist/',
				message: `the Nu checker printed no JSON report: ${firstLineOf(report)}`,
				fix: 'run `java -jar node_modules/vnu-jar/build/dist/vnu.jar --format json dist` to see why',
			},
		];
	}
	return messages
		.filter((m) => m.type !== 'info' || m.subType === 'warning')
		.filter((m) => !isFalsePositive(m))
		.map((m) => ({
			file: where(m, root),
			message: `vnu ${m.type === 'info' ? 'warning' : m.type}: ${m.message ?? '(no message)'}`,
			fix:
				m.type === 'non-document-error'
					? 'the checker could not read the file: rebuild with `npm run build`'
					: 'fix the markup or the component that renders it (a Starlight one: wrap it with HtmlRewrite); ' +
						'check one page with `java -jar node_modules/vnu-jar/build/dist/vnu.jar FILE`',
		}));
}

const NO_JAVA: Problem = {
	file: 'dist/',
	message: 'the Nu HTML checker needs Java, and `java` was not found',
	fix: 'install a Java runtime (Debian/Ubuntu: `apt-get install default-jre-headless`), or put one on PATH',
};

/**
 * Runs vnu once over the given HTML files (paths relative to root) and resolves to its problems. Asynchronous, so
 * check:site runs its other rules while the JVM works.
 */
export function checkVnu(files: readonly string[], root = process.cwd(), java = 'java'): Promise<Problem[]> {
	// The jar's path, as `require('vnu-jar')` gives it (the package has no types to import it by).
	const jar = path.join(
		path.dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')),
		'build/dist/vnu.jar',
	);
	if (!existsSync(jar))
		return Promise.resolve([{ file: jar, message: 'vnu.jar is missing', fix: 'reinstall dependencies with `npm ci`' }]);
	return new Promise((resolve) => {
		const child = spawn(java, ['-jar', jar, '--format', 'json', '--exit-zero-always', ...files], { cwd: root });
		let stderr = '';
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
		child.stdout.resume();
		child.on('error', (error: NodeJS.ErrnoException) =>
			resolve(
				error.code === 'ENOENT'
					? [NO_JAVA]
					: [
							{
								file: 'dist/',
								message: `the Nu checker failed (${error.message})`,
								fix: 'run `java -jar node_modules/vnu-jar/build/dist/vnu.jar --format json dist` to see why',
							},
						],
			),
		);
		child.on('close', (status) => {
			if (status === null) return; // 'error' answered
			resolve(
				status === 0
					? vnuProblems(stderr, root) // vnu writes its report to stderr
					: [
							{
								file: 'dist/',
								message: `the Nu checker failed (exit ${status}): ${firstLineOf(stderr)}`,
								fix: 'run `java -jar node_modules/vnu-jar/build/dist/vnu.jar --format json dist` to see why',
							},
						],
			);
		});
	});
}
