/** The one list of content checks that `npm run check` runs. Later checks are added here. */
import type { CheckContext } from '../context.ts';
import { readUiStrings } from '../../../src/data/read.ts';
import type { Problem } from '../problem.ts';
import { checkCorrections } from './corrections.ts';
import { checkEntities } from './entities.ts';
import { checkExplainers } from './explainers.ts';
import { checkFidelity } from './fidelity.ts';
import { checkInBriefs } from './in-briefs.ts';
import { checkGroupPages, checkSectionPageTitles } from './group-pages.ts';
import { checkNumbering } from './numbering.ts';
import { checkPages } from './pages.ts';
import { checkRenderings } from './renderings.ts';
import { checkEnglishPages, checkGlossary, checkTerminology } from './terminology.ts';
import { checkTranslation } from './translation.ts';
import { checkTwins } from './twins.ts';

export interface Rule {
	name: string;
	run: (ctx: CheckContext) => Problem[];
}

export const rules: Rule[] = [
	{ name: 'corrections', run: checkCorrections },
	{ name: 'fidelity', run: checkFidelity },
	{ name: 'numbering', run: (ctx) => checkNumbering(ctx, readUiStrings(ctx.paths.root)) },
	{ name: 'pages (zh)', run: (ctx) => checkPages(ctx, 'zh') },
	{ name: 'pages (en)', run: (ctx) => checkPages(ctx, 'en') },
	{ name: 'twins', run: checkTwins },
	{ name: 'translation', run: checkTranslation },
	{ name: 'glossary', run: checkGlossary },
	{ name: 'renderings', run: checkRenderings },
	{ name: 'terminology', run: checkTerminology },
	{ name: 'english pages', run: checkEnglishPages },
	{ name: 'entities', run: checkEntities },
	{ name: 'explainers', run: checkExplainers },
	{ name: 'in-briefs', run: checkInBriefs },
	{ name: 'group pages', run: checkGroupPages },
	{ name: 'section page titles', run: (ctx) => checkSectionPageTitles(ctx, readUiStrings(ctx.paths.root)) },
];
