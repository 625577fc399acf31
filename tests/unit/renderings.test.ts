import assert from 'node:assert/strict';
import { test } from 'node:test';
import { liveData } from './helpers.ts';
import { renderingAliases, renderingProblems, renderingsOf } from '../../src/lib/renderings.ts';
import { glossaryTermSchema, type RenderingsFile } from '../../src/lib/schema.ts';

const term = glossaryTermSchema.parse({
	id: 'srdi',
	zh: '专精特新',
	en: 'specialized, refined, distinctive and innovative',
	enVariants: ['SRDI'],
	category: 'concept',
	definition: { zh: '定义', en: 'definition' },
	note: 'note',
});
const file: RenderingsFile = {
	sources: { xinhua: { zh: '新华社', en: 'Xinhua' }, reuters: { zh: '路透社', en: 'Reuters' } },
	renderings: { srdi: [{ en: 'little giants', sources: ['xinhua', 'reuters'] }] },
};

test('renderingsOf names the sources in the asked language; renderingAliases gives the words for search', () => {
	assert.deepEqual(renderingsOf(file, 'srdi', 'zh'), [{ en: 'little giants', sources: ['新华社', '路透社'] }]);
	assert.deepEqual(renderingsOf(file, 'srdi', 'en')[0]!.sources, ['Xinhua', 'Reuters']);
	assert.deepEqual(renderingsOf(file, 'pboc', 'en'), []);
	assert.deepEqual(renderingAliases(file, term), ['little giants']);
});

test('renderingProblems: unknown term, unknown source, a rendering the glossary has, a repeat', () => {
	assert.deepEqual(renderingProblems(file, [term]), []);
	const broken: RenderingsFile = {
		sources: file.sources,
		renderings: {
			'no-such-term': [{ en: 'x', sources: ['xinhua'] }],
			srdi: [
				{ en: 'srdi', sources: ['xinhua'] },
				{ en: 'little giants', sources: ['china-daily'] },
				{ en: 'Little giants', sources: ['reuters'] },
			],
		},
	};
	const messages = renderingProblems(broken, [term]).map((p) => p.message);
	assert.equal(messages.length, 4, messages.join('\n'));
	assert.match(messages[0]!, /no-such-term: no glossary term has this id/);
	assert.match(messages[1]!, /"srdi" is already the glossary's/);
	assert.match(messages[2]!, /cites source "china-daily", which is not under sources/);
	assert.match(messages[3]!, /"Little giants" is listed twice/);
});

test('content/renderings.yaml passes its check against the glossary', () => {
	const { renderings, glossary } = liveData();
	assert.ok(Object.keys(renderings.renderings).length >= 20);
	assert.deepEqual(renderingProblems(renderings, glossary), []);
});
