import type { APIRoute } from 'astro';
import { csv, relations } from '../../endpoints/open-data.ts';
import { relationsCsv } from '../../lib/open-data-csv.ts';

export const GET: APIRoute = () => csv(relationsCsv(relations()));
