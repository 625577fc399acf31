/**
 * The bare Starlight site that `npm run bench` compares search bytes with: a minimal generated Starlight project with
 * the same text (one page per measure in each language, the plain Chinese or English sentences, title = the
 * measure's title), the same locales and the same Starlight and Pagefind (this repo's node_modules), and
 * nothing else: no metadata, no sub-results, no other pages but a home page per language. `bareSiteFiles` is pure.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Plan } from '../../../src/lib/plan.ts';
import { LOCALES, LOCALE_FOLDER, STARLIGHT_LOCALES } from '../../../src/lib/locale.ts';

/** Markdown front matter value: JSON strings are valid YAML scalars. */
const yamlString = (text: string) => JSON.stringify(text);

/** The bare project's files, path → content. */
export function bareSiteFiles(plan: Plan, versions: { astro: string; starlight: string }): Map<string, string> {
	const files = new Map<string, string>();
	// Astro bundles the Astro packages a project depends on (Starlight imports astro:* modules), so list them.
	const dependencies = { astro: versions.astro, '@astrojs/starlight': versions.starlight };
	files.set('package.json', JSON.stringify({ name: 'bare-starlight', private: true, type: 'module', dependencies }));
	files.set(
		'astro.config.mjs',
		[
			"import starlight from '@astrojs/starlight';",
			"import { defineConfig } from 'astro/config';",
			'export default defineConfig({',
			`\tintegrations: [starlight({ title: ${yamlString(plan.document.plan.title.zh)}, defaultLocale: 'root', locales: ${JSON.stringify(STARLIGHT_LOCALES)} })],`,
			'});',
			'',
		].join('\n'),
	);
	files.set(
		'src/content.config.ts',
		[
			"import { defineCollection } from 'astro:content';",
			"import { docsLoader } from '@astrojs/starlight/loaders';",
			"import { docsSchema } from '@astrojs/starlight/schema';",
			'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
			'',
		].join('\n'),
	);
	for (const locale of LOCALES) {
		const folder = path.join('src/content/docs', LOCALE_FOLDER[locale]);
		const text = (m: Plan['measures'][number]) =>
			m.sentences.map((s) => (locale === 'zh' ? s.zh : (s.en ?? ''))).join(locale === 'zh' ? '' : ' ');
		files.set(path.join(folder, 'index.md'), `---\ntitle: ${yamlString(locale === 'zh' ? '首页' : 'Home')}\n---\n`);
		for (const m of plan.measures) {
			const title = locale === 'zh' ? m.title.zh : (m.title.en ?? m.title.zh);
			files.set(
				path.join(folder, 'measures', `${m.number}.md`),
				`---\ntitle: ${yamlString(title)}\n---\n\n${text(m)}\n`,
			);
		}
	}
	return files;
}

/**
 * Writes the bare project to a temp dir under `<repoRoot>/.bench/` (gitignored; inside the repo so that Node and Vite
 * resolve its packages from this repo's node_modules: a linked node_modules in /tmp breaks Astro's module ids) and
 * builds it; returns its root and a function that removes it.
 */
export function buildBareSite(plan: Plan, repoRoot: string): { root: string; remove: () => void } {
	mkdirSync(path.join(repoRoot, '.bench'), { recursive: true });
	const root = mkdtempSync(path.join(repoRoot, '.bench', 'bare-starlight-'));
	const remove = () => {
		rmSync(root, { recursive: true, force: true });
		if (readdirSync(path.dirname(root)).length === 0) rmSync(path.dirname(root), { recursive: true });
	};
	const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
	const versions = { astro: pkg.dependencies.astro, starlight: pkg.dependencies['@astrojs/starlight'] };
	for (const [file, content] of bareSiteFiles(plan, versions)) {
		mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
		writeFileSync(path.join(root, file), content);
	}
	const build = spawnSync(process.execPath, [path.join(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
		cwd: root,
		encoding: 'utf8',
	});
	if (build.status !== 0) {
		remove();
		throw new Error(
			`bare Starlight build failed in ${root}:\n${build.stdout.slice(-1500)}\n${build.stderr.slice(-1500)}`,
		);
	}
	return { root, remove };
}
