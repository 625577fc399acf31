import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getPlan } from '../../src/lib/plan.ts';
import { buildSidebar, sidebarMeasureOrder, type SidebarGroup } from '../../src/lib/sidebar.ts';
import { readStrings } from '../../src/lib/strings.ts';

const plan = getPlan();
const sidebar = buildSidebar(plan, readStrings());

test('the sidebar lists every measure once, in numbering order', () => {
	assert.deepEqual(
		sidebarMeasureOrder(sidebar),
		plan.measures.map((m) => m.number),
	);
	assert.equal(plan.measures.length, plan.measures.at(-1)!.number);
});

test('sidebar groups follow the parts and task groups of the data, labelled in both languages', () => {
	const [overview, tasks, safeguards] = sidebar as [SidebarGroup, SidebarGroup, SidebarGroup];
	assert.equal(overview.label, '概览');
	assert.equal(tasks.label, '三、主要任务');
	assert.equal(tasks.translations?.en?.startsWith('III. '), true);
	assert.deepEqual(
		tasks.items.map((g) => (g as SidebarGroup).label.slice(0, 3)),
		plan.groups.map((g) => `（${g.id}）`),
	);
	assert.equal(safeguards.label, '四、保障措施');
	const first = (tasks.items[0] as SidebarGroup).items[0]!;
	assert.deepEqual(first, {
		slug: 'measures/1',
		label: `1. ${plan.measures[0]!.title.zh}`,
		translations: { en: `1. ${plan.measures[0]!.title.en ?? plan.measures[0]!.title.zh}` },
	});
});
