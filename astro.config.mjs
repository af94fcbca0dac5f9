// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentCheck } from './src/integrations/content-check.ts';
import { clearContentStore } from './src/integrations/content-store.ts';
import { explicitHeadingIds } from './src/integrations/explicit-heading-ids.ts';
import { proseTimesPlugin } from './src/integrations/prose-times-plugin.ts';
import { CONTENT_DIR, OUT_DIR, SITE_URL } from './src/site.config.ts';

// Astro caches parsed content between builds. The cache is keyed here by the
// content folder and the schemas, so building another folder (tests, benchmarks,
// imports) never mixes in entries of the last one, and a schema change never
// serves entries parsed by the old schema.
const schemaDir = new URL('./src/schemas/', import.meta.url);
const cacheKey = createHash('sha256')
  .update(resolve(CONTENT_DIR))
  .update(
    readdirSync(schemaDir)
      .sort()
      .map((f) => readFileSync(new URL(f, schemaDir), 'utf8'))
      .join('\n'),
  )
  .digest('hex')
  .slice(0, 12);
const keyFile = new URL('./.astro/hindsight-content-key', import.meta.url);
let lastKey = '';
try {
  lastKey = readFileSync(keyFile, 'utf8');
} catch {
  // first build
}
if (lastKey !== cacheKey) {
  clearContentStore(fileURLToPath(new URL('.', import.meta.url)));
  mkdirSync(new URL('./.astro/', import.meta.url), { recursive: true });
  writeFileSync(keyFile, cacheKey);
}

export default defineConfig({
  site: SITE_URL,
  outDir: OUT_DIR,
  trailingSlash: 'ignore',
  // The content checker runs first, so a broken report stops the build before any page is written.
  // The search index is built after Astro exits, by scripts/build.ts (npm run build).
  integrations: [contentCheck({ contentDir: CONTENT_DIR }), mdx(), sitemap()],
  // Zoned times in a report's prose become <time> elements converted to the report's zone.
  markdown: {
    processor: satteri({ mdastPlugins: [explicitHeadingIds, proseTimesPlugin] }),
    // Two themes, switched by the reader's colour scheme in global.css, so code stays legible in both.
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false },
  },
  server: { port: 4321 },
  vite: {
    // MDX content may import the content components as `~/components/content/…` or
    // `@/…` from any depth of folder (the checker allows exactly those, see
    // src/lib/mdx-safety); without these the build could not resolve them.
    resolve: {
      alias: [{ find: /^[~@]\//, replacement: fileURLToPath(new URL('./src/', import.meta.url)) }],
    },
    build: {
      rolldownOptions: {
        // Astro 7.3 marks every MDX module with a directive the bundler says it cannot
        // keep (withastro/astro#18087, harmless). One warning with a code frame per
        // .mdx file buried the build's own messages: 10,000 of them at 10,000 reports.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
