import type { APIRoute } from 'astro';
import { getEntityData } from '../../lib/entities.ts';
import { measuresCsv, measuresJson } from '../../lib/open-data.ts';
import { getPlan } from '../../lib/plan.ts';
import { siteOrigin } from '../../lib/site-config.ts';

export const GET: APIRoute = () =>
	new Response(measuresCsv(measuresJson(getPlan(), getEntityData(), siteOrigin).measures), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
