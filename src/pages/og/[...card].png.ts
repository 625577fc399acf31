import { ogEndpoint, ogStaticPaths } from '../../lib/og-routes.ts';

export const getStaticPaths = ogStaticPaths;
export const GET = ogEndpoint('zh');
