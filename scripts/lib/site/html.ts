/** Rule: every built page is valid HTML (html-validate, recommended preset with the exceptions below). */
import { HtmlValidate, type ConfigData } from 'html-validate';
import type { Problem } from '../problem.ts';
import type { SitePage } from './site.ts';

export const HTML_VALIDATE_CONFIG: ConfigData = {
	extends: ['html-validate:recommended'],
	rules: {
		// Formatting, not validity: Astro minifies and Starlight writes `<br>`-style void elements.
		'void-style': 'off',
		'no-trailing-whitespace': 'off',
		'attribute-boolean-style': 'off',
		'attribute-empty-style': 'off',
		// Starlight's own markup uses inline style attributes (icons, search dialog); the CSP allows them.
		'no-inline-style': 'off',
		// Custom elements (starlight-*, site-search) are Starlight's; they are valid autonomous custom elements.
		'no-unknown-elements': 'off',
		// Starlight writes `<script is:inline>` as plain inline scripts; they are hashed by the CSP.
		'script-type': 'off',
		// Starlight's header buttons (menu, search) sit outside any form, where the implicit type="submit" does nothing.
		'no-implicit-button-type': 'off',
		// Starlight's desktop and mobile "On this page" navs share one label and only one is shown at a time; its
		// right sidebar <aside> is a layout column. The axe sweep checks landmarks as assistive technology sees them.
		'unique-landmark': 'off',
		// HTML5 ids may start with any character: Starlight's `_top` is its skip-link target.
		'valid-id': ['error', { relaxed: true }],
		// Titles carry the measure number and full lead phrase on purpose, for citations.
		'long-title': 'off',
	},
};

export function checkHtml(pages: readonly SitePage[]): Problem[] {
	const validator = new HtmlValidate(HTML_VALIDATE_CONFIG);
	return pages.flatMap((page) => {
		const report = validator.validateStringSync(page.html, page.file);
		return report.results.flatMap((r) =>
			r.messages.map((m) => ({
				file: `${page.file}:${m.line}:${m.column}`,
				message: `${m.ruleId}: ${m.message}`,
				fix: `see https://html-validate.org/rules/${m.ruleId}.html`,
			})),
		);
	});
}
