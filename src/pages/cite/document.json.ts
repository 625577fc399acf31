import type { APIRoute } from 'astro';
import { citeResponse } from '../../lib/citation-files.ts';

export const GET: APIRoute = () => citeResponse('json');
