import type { SafetyRules } from './lib/mdx-safety/safety-rules.ts';
import { DEFAULT_PAGES_PER_BUNDLE } from './lib/search/search-shards.ts';

/**
 * Settings a team changes once, in one place. Environment variables override
 * them so CI, previews and benchmarks can point the same code elsewhere.
 */

/** The knowledge base's name, shown in the header and feeds. */
export const SITE_TITLE = 'Hindsight';

/** One line about the site, for feeds and the home page. */
export const SITE_DESCRIPTION = 'Incident reports and runbooks: what happened, what we learnt, and what to do next time.';

/** The public URL the site is served from; feeds and the sitemap need absolute links. */
export const SITE_URL = process.env['HINDSIGHT_SITE_URL'] ?? 'http://localhost:4321';

/**
 * Where "Edit this page" sends people: the repository's edit URL, to which a
 * file's path is added. Set it once for your repository.
 */
export const EDIT_BASE_URL = process.env['HINDSIGHT_EDIT_URL'] ?? 'https://github.com/your-org/incident-kb/edit/main/';

/** The zone new reports are written in unless the author says otherwise. */
export const DEFAULT_TIMEZONE = process.env['HINDSIGHT_DEFAULT_TIMEZONE'] ?? 'UTC';

/** The folder of content files, relative to the project root. */
export const CONTENT_DIR = process.env['HINDSIGHT_CONTENT_DIR'] ?? 'content';

/** Where `npm run build` writes the site; tests and benchmarks build elsewhere. */
export const OUT_DIR = process.env['HINDSIGHT_OUT_DIR'] ?? './dist';

/**
 * Pages per search-index bundle: a larger site is indexed as several bundles
 * at once and merged in the browser (src/lib/search/search-shards.ts says why).
 */
export const SEARCH_PAGES_PER_BUNDLE =
  Number(process.env['HINDSIGHT_SEARCH_PAGES_PER_BUNDLE'] ?? DEFAULT_PAGES_PER_BUNDLE) || DEFAULT_PAGES_PER_BUNDLE;

/**
 * Items per page of a long list (incidents, a service's or tag's incidents,
 * follow-ups); page 1 keeps the list's own path. Tests use a small value so
 * every browser check meets a paged list.
 */
export const LIST_PAGE_SIZE = Number(process.env['HINDSIGHT_LIST_PAGE_SIZE'] ?? 100) || 100;

/**
 * What contributed MDX may import and embed. Pull requests from forks are
 * built by CI, so everything else that could run code is refused.
 */
export const SAFETY_RULES: SafetyRules = {
  allowedImports: ['src/components/content/Callout.astro'],
  allowedEmbedHosts: ['www.youtube-nocookie.com', 'player.vimeo.com'],
};

/** Days a follow-up may stay open, by the worst severity of the incidents that name it; older ones are flagged. */
export const FOLLOW_UP_LIMITS: Record<string, number> = { sev1: 30, sev2: 60, sev3: 90, sev4: 180, sev5: 365, unrated: 180 };
