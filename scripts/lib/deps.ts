/**
 * Rule (offline): the dependencies are what the lockfile pins, and no install script runs unreviewed.
 * - every production dependency of package.json resolves in package-lock.json (`packages["node_modules/<name>"]`) to
 *   a version its range allows, with an integrity hash; every other production package of the lockfile has one too;
 * - the lockfile's root records the same dependencies, devDependencies and optionalDependencies as package.json;
 * - every lockfile package with `hasInstallScript` is listed in package.json's `allowScripts`: `true` means reviewed
 *   and approved (its script runs), `false` reviewed and denied (the package must work without its script: vnu-jar's
 *   postinstall downloads a JRE when `java` is missing, and we install a system JRE instead). Unlisted is a problem,
 *   and so is an approval for a package that has no install script any more (approvals must not outlive a review).
 */
import type { Problem } from './problem.ts';

export interface PackageJson {
	dependencies?: Record<string, string>;
	devDependencies?: Record<string, string>;
	optionalDependencies?: Record<string, string>;
	allowScripts?: Record<string, boolean>;
}
export interface LockPackage {
	version?: string;
	integrity?: string;
	dev?: boolean;
	link?: boolean;
	hasInstallScript?: boolean;
	dependencies?: Record<string, string>;
	devDependencies?: Record<string, string>;
	optionalDependencies?: Record<string, string>;
}
export interface PackageLock {
	lockfileVersion?: number;
	packages?: Record<string, LockPackage>;
}

const VERSION = /^(\d+)\.(\d+)\.(\d+)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;

/**
 * Whether `version` satisfies `range`, for the ranges package.json uses here: an exact version ("1.2.3", "=1.2.3"),
 * a caret ("^1.2.3": same major, or same minor below 1.0.0, exact below 0.1.0) or a tilde ("~1.2.3": same minor).
 * A prerelease version satisfies only an exact range. Returns undefined for any other range (unsupported).
 */
export function satisfies(version: string, range: string): boolean | undefined {
	const r = /^([=^~]?)(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/.exec(range.trim());
	const v = VERSION.exec(version);
	const want = r && VERSION.exec(r[2]!);
	if (!r || !want) return undefined;
	if (!v) return false;
	const [, op] = r;
	if (op === '' || op === '=') return version.replace(/\+.*$/, '') === r[2];
	if (v[4] || want[4]) return false;
	const [a, b, c] = [v[1], v[2], v[3]].map(Number) as [number, number, number];
	const [x, y, z] = [want[1], want[2], want[3]].map(Number) as [number, number, number];
	const atLeast = a > x || (a === x && (b > y || (b === y && c >= z)));
	if (!atLeast) return false;
	if (op === '~' || (op === '^' && x === 0 && y > 0)) return a === x && b === y;
	if (op === '^' && x === 0 && y === 0) return a === 0 && b === 0 && c === z;
	return a === x;
}

const SECTIONS = ['dependencies', 'devDependencies', 'optionalDependencies'] as const;

function sameRecord(a: Record<string, string> = {}, b: Record<string, string> = {}): boolean {
	const keys = Object.keys(a);
	return keys.length === Object.keys(b).length && keys.every((k) => b[k] === a[k]);
}

export function checkDeps(pkg: PackageJson, lock: PackageLock): Problem[] {
	const problems: Problem[] = [];
	const packages = lock.packages ?? {};
	const LOCK = 'package-lock.json';
	const relock = 'run `npm install` to update package-lock.json, review the diff and commit it';

	const root = packages[''];
	if (!root)
		problems.push({ file: LOCK, message: 'has no root package (packages[""]): not a v2/v3 lockfile', fix: relock });
	else
		for (const section of SECTIONS)
			if (!sameRecord(pkg[section], root[section]))
				problems.push({
					file: LOCK,
					message: `its root ${section} differ from package.json's`,
					fix: relock,
				});

	for (const [name, range] of Object.entries(pkg.dependencies ?? {})) {
		const locked = packages[`node_modules/${name}`];
		const ok = locked?.version === undefined ? undefined : satisfies(locked.version, range);
		if (!locked?.version)
			problems.push({ file: LOCK, message: `production dependency ${name} is not in the lockfile`, fix: relock });
		else if (ok === undefined)
			problems.push({
				file: 'package.json',
				message: `dependency ${name}: range "${range}" is not an exact version, ^ or ~`,
				fix: 'pin it exactly or use a ^ or ~ range, which this check can verify',
			});
		else if (!ok)
			problems.push({
				file: LOCK,
				message: `production dependency ${name} is locked at ${locked.version}, outside package.json's "${range}"`,
				fix: relock,
			});
	}

	for (const [key, entry] of Object.entries(packages)) {
		if (key === '' || entry.dev || entry.link) continue;
		if (!entry.integrity)
			problems.push({
				file: LOCK,
				message: `production package ${key} has no integrity hash`,
				fix: 'reinstall it from the registry (`npm install`) so the lockfile records its sha512 integrity',
			});
	}

	const allow = pkg.allowScripts ?? {};
	const withScript = new Set<string>();
	for (const [key, entry] of Object.entries(packages)) {
		if (!entry.hasInstallScript || key === '') continue;
		const name = key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
		withScript.add(name);
		if (!(name in allow))
			problems.push({
				file: 'package.json',
				message: `${name} (${key}) has an install script that no one has reviewed`,
				fix: `read its install script; add "${name}": true to allowScripts to let it run, or "${name}": false to deny it`,
			});
	}
	for (const [name, approved] of Object.entries(allow))
		if (approved && !withScript.has(name))
			problems.push({
				file: 'package.json',
				message: `allowScripts approves ${name}, which has no install script in the lockfile`,
				fix: `remove "${name}" from allowScripts`,
			});
	return problems;
}
