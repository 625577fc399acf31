import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'node-html-parser';
import { copiedText } from '../../src/sentences/copy.ts';

const sentence = (n: number, primary: string, twin: string) =>
	`<span class="sentence" id="s${n}"><a class="sentence-link" href="#s${n}" aria-label="Link to sentence ${n}">${n}</a>` +
	`<span class="primary">${primary}</span><span class="twin">${twin}</span></span>`;

test('a copy across three English sentences gives their words, spaced, without handles or the Chinese twins', () => {
	const fragment = parse(
		`${sentence(1, 'Optimize the system.', '优化体系。')} ${sentence(2, 'Make good use<sup class="note-ref"><a>1</a></sup> of it.', '用好。')} ${sentence(3, 'Lower fees to below 1%.', '降至1%以下。')}`,
	);
	assert.equal(copiedText(fragment, 'en'), 'Optimize the system. Make good use of it. Lower fees to below 1%.');
});

test('Chinese sentences are joined without spaces, and the sr-only labels are left out', () => {
	const fragment = parse(
		`<span class="sentence"><span class="sr-only">第 1 句的链接</span><span class="primary">优化体系。</span><span class="twin">Optimize.</span></span>` +
			`<span class="sentence"><span class="primary">用好基金。</span><span class="twin">Use it.</span></span>`,
	);
	assert.equal(copiedText(fragment, 'zh'), '优化体系。用好基金。');
});

test('a copy within one sentence keeps what was selected, twin included when it was selected alone', () => {
	assert.equal(
		copiedText(parse('<span class="twin">Make good use of the fund</span>'), 'zh'),
		'Make good use of the fund',
	);
	assert.equal(copiedText(parse('担保费率<a class="sentence-link">3</a>降至1%'), 'zh'), '担保费率降至1%');
});
