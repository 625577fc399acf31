import type { APIRoute } from 'astro';
import { getEntityData } from '../../lib/entities.ts';
import { measuresJson } from '../../lib/open-data.ts';
import { getPlan } from '../../lib/plan.ts';
import { siteOrigin } from '../../lib/site-config.ts';

export const GET: APIRoute = () =>
	new Response(JSON.stringify(measuresJson(getPlan(), getEntityData(), siteOrigin), null, 1), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
