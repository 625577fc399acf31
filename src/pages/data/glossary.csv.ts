import type { APIRoute } from 'astro';
import { csv, terms } from '../../endpoints/open-data.ts';
import { glossaryCsv } from '../../lib/open-data-csv.ts';

export const GET: APIRoute = () => csv(glossaryCsv(terms()));
