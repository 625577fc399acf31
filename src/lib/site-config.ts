/** The site's public origin, used by astro.config.mjs and by the checks of the built site. */
export const siteOrigin: string = process.env.SITE_URL ?? 'https://zgc-kcjr.example.org';
