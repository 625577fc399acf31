import type { APIRoute } from 'astro';
import { csv, measures } from '../../lib/open-data-files.ts';
import { measuresCsv } from '../../lib/open-data.ts';

export const GET: APIRoute = async () => csv(measuresCsv((await measures()).measures));
