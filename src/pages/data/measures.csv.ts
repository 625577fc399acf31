import type { APIRoute } from 'astro';
import { csv, measures } from '../../endpoints/open-data.ts';
import { measuresCsv } from '../../lib/open-data-csv.ts';

export const GET: APIRoute = () => csv(measuresCsv(measures().measures));
