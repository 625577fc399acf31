/**
 * Rule: every page carries a content-security-policy whose script policy has no 'unsafe-inline', and every inline
 * script of the page is allowed by a hash in that policy (so no script runs that the policy does not name).
 */
import { createHash } from 'node:crypto';
import type { Problem } from '../problem.ts';
import type { SitePage } from './site.ts';

export function directive(policy: string, name: string): string[] | undefined {
	const found = policy
		.split(';')
		.map((d) => d.trim().split(/\s+/))
		.find(([n]) => n === name);
	return found?.slice(1);
}

export function checkCsp(pages: readonly SitePage[]): Problem[] {
	const problems: Problem[] = [];
	for (const page of pages) {
		const meta = page.root.querySelector('meta[http-equiv="content-security-policy"]');
		const policy = meta?.getAttribute('content');
		if (!policy) {
			problems.push({
				file: page.file,
				message: 'has no content-security-policy <meta>',
				fix: 'keep security.csp enabled in astro.config.mjs; pages must be rendered by Astro',
			});
			continue;
		}
		const scripts = directive(policy, 'script-src');
		if (!scripts) {
			problems.push({
				file: page.file,
				message: 'its CSP has no script-src',
				fix: 'keep security.csp enabled in astro.config.mjs',
			});
			continue;
		}
		if (scripts.includes("'unsafe-inline'"))
			problems.push({
				file: page.file,
				message: "its CSP allows 'unsafe-inline' scripts",
				fix: "remove 'unsafe-inline' from the script policy; Astro hashes the scripts it renders",
			});
		for (const script of page.root.querySelectorAll('script:not([src])')) {
			const type = script.getAttribute('type');
			if (type && !/^(module|text\/javascript)$/i.test(type)) continue; // data blocks (JSON) do not run
			const hash = `'sha256-${createHash('sha256').update(script.textContent).digest('base64')}'`;
			if (!scripts.includes(hash))
				problems.push({
					file: page.file,
					message: `an inline script (${JSON.stringify(script.textContent.trim().slice(0, 40))}…) has no hash in the CSP: browsers will block it`,
					fix: 'render scripts through Astro components (it hashes them) instead of raw HTML',
				});
		}
	}
	return problems;
}
