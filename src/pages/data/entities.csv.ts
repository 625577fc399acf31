import type { APIRoute } from 'astro';
import { csv, entities } from '../../endpoints/open-data.ts';
import { entitiesCsv } from '../../lib/open-data-csv.ts';

export const GET: APIRoute = () => csv(entitiesCsv(entities()));
