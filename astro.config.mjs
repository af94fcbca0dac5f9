// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { CONTENT_DIR, OUT_DIR, SITE_URL } from './src/site.config.ts';

export default defineConfig({
  site: SITE_URL,
  outDir: OUT_DIR,
  trailingSlash: 'ignore',
  // The content checker runs first, so a broken report stops the build before any page is written.
  integrations: [contentCheck({ contentDir: CONTENT_DIR }), mdx(), sitemap()],
  server: { port: 4321 },
});
