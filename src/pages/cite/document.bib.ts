import type { APIRoute } from 'astro';
import { citeResponse } from '../../citation/files.ts';

export const GET: APIRoute = () => citeResponse('bib');
