/** The sidebar built from the pinned fixture plan and pinned UI strings: its exact structure. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildPlan } from '../../src/lib/plan.ts';
import { buildSidebar, sidebarMeasureOrder } from '../../src/lib/sidebar.ts';
import { STRINGS } from './fixtures/strings.ts';
import { fixtureContext } from './helpers.ts';

const ctx = fixtureContext();
/** Measure files given in reverse: the plan, and so the sidebar, follows the numbers, not the file order. */
const sidebar = buildSidebar(buildPlan(ctx.document, ctx.measures.map((m) => m.data).reverse()), STRINGS);

test('the sidebar: overview pages, part 三 by task group, part 四, every measure labelled in both languages', () => {
	assert.deepEqual(sidebar, [
		{
			label: '概览',
			translations: { en: 'Overview' },
			items: [
				{ slug: 'index', label: '首页', translations: { en: 'Home' } },
				{ link: '/full/', label: '全文', translations: { en: 'Full text' } },
				{ slug: 'finder', label: '查找适用措施', translations: { en: 'Find what applies' } },
				{ slug: 'verify', label: '核对引文', translations: { en: 'Verify a quote' } },
				{ slug: 'notice' },
				{ slug: 'ideology' },
				{ slug: 'goals' },
			],
		},
		{
			label: '三、主要任务',
			translations: { en: 'III. Main Tasks' },
			items: [
				{
					label: '（一）完善科创信贷体系',
					translations: { en: '(1) Improve the sci-tech credit system' },
					items: [
						{ slug: 'tasks/1', label: '本组概览', translations: { en: 'About this group' } },
						{ slug: 'measures/1', label: '1. 加大信贷支持', translations: { en: '1. Increase credit support' } },
						{ slug: 'measures/2', label: '2. 用好数字人民币', translations: { en: '2. Make good use of the e-CNY' } },
					],
				},
				{
					label: '（二）优化科创融资担保体系',
					translations: { en: '(2) Optimize the sci-tech financing guarantee system' },
					items: [
						{ slug: 'tasks/2', label: '本组概览', translations: { en: 'About this group' } },
						{ slug: 'measures/3', label: '3. 优化担保体系', translations: { en: '3. Optimize the guarantee system' } },
					],
				},
			],
		},
		{
			label: '四、保障措施',
			translations: { en: 'IV. Safeguards' },
			items: [
				{ slug: 'safeguards', label: '本部分概览', translations: { en: 'About this part' } },
				{
					slug: 'measures/4',
					label: '4. 加强组织保障',
					translations: { en: '4. Strengthen organizational safeguards' },
				},
			],
		},
		{
			label: '工具与资料',
			translations: { en: 'Tools and data' },
			items: [
				{ slug: 'glossary', label: '术语表', translations: { en: 'Glossary' } },
				{ slug: 'entities', label: '主体与工具', translations: { en: 'Actors and instruments' } },
				{ slug: 'diagram', label: '关系图', translations: { en: 'Diagram' } },
				{ slug: 'data', label: '开放数据', translations: { en: 'Data' } },
				{ slug: 'corrections', label: '文本校订', translations: { en: 'Corrections' } },
			],
		},
	]);
});

test('sidebarMeasureOrder reads the measure numbers in the order the sidebar lists them', () => {
	assert.deepEqual(sidebarMeasureOrder(sidebar), [1, 2, 3, 4]);
	assert.deepEqual(
		sidebarMeasureOrder([
			{ label: 'x', items: [{ slug: 'measures/12' }, { slug: 'glossary' }] },
			{ slug: 'measures/3' },
			{ slug: 'en/measures/4x' },
		]),
		[12, 3],
	);
});
