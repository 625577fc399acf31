import { ogEndpoint, ogStaticPaths } from '../../../og/routes.ts';

export const getStaticPaths = ogStaticPaths;
export const GET = ogEndpoint('en');
