import type { APIRoute } from 'astro';
import { csv, relations } from '../../lib/open-data-files.ts';
import { relationsCsv } from '../../lib/open-data.ts';

export const GET: APIRoute = () => csv(relationsCsv(relations()));
