// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { proseTimesPlugin } from './src/integrations/prose-times-plugin.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { CONTENT_DIR, OUT_DIR, SITE_URL } from './src/site.config.ts';

export default defineConfig({
  site: SITE_URL,
  outDir: OUT_DIR,
  trailingSlash: 'ignore',
  // The content checker runs first, so a broken report stops the build before any page is written.
  integrations: [contentCheck({ contentDir: CONTENT_DIR }), mdx(), sitemap(), searchIndex()],
  // Zoned times in a report's prose become <time> elements converted to the report's zone.
  markdown: { processor: satteri({ mdastPlugins: [proseTimesPlugin] }) },
  server: { port: 4321 },
});
