/**
 * Builds the Pagefind search index over the finished site, through Pagefind's
 * Node API, straight into the output folder (never into public/, so the index
 * is never stale or committed).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** The Astro integration: indexes `dist/` after every build. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'hindsight:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`search index built from ${added.page_count} pages (incidents and runbooks only are indexed)`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
