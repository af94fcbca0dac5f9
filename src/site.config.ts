import type { SafetyRules } from './lib/mdx-safety/safety-rules.ts';
import { DEFAULT_PAGES_PER_BUNDLE } from './lib/search/search-shards.ts';
import { SettingsReader } from './lib/settings/environment-settings.ts';

const settings = new SettingsReader(process.env);

/**
 * Settings a team changes once, in one place. Environment variables override
 * them so CI, previews and benchmarks can point the same code elsewhere.
 */

/** The knowledge base's name, shown in the header and feeds. */
export const SITE_TITLE = 'Hindsight';

/** One line about the site, for feeds and the home page. */
export const SITE_DESCRIPTION = 'Incident reports and runbooks: what happened, what we learnt, and what to do next time.';

/** The public URL the site is served from; feeds and the sitemap need absolute links. */
export const SITE_URL = settings.httpUrl('HINDSIGHT_SITE_URL', 'http://localhost:4321');

/**
 * Where "Edit this page" sends people: the repository's edit URL, to which a
 * file's path is added. Set it once for your repository.
 */
export const EDIT_BASE_URL = settings.httpUrl('HINDSIGHT_EDIT_URL', 'https://github.com/your-org/incident-kb/edit/main/');

/** The zone new reports are written in unless the author says otherwise. */
export const DEFAULT_TIMEZONE = settings.zone('HINDSIGHT_DEFAULT_TIMEZONE', 'UTC');

/** The folder of content files, relative to the project root. */
export const CONTENT_DIR = settings.text('HINDSIGHT_CONTENT_DIR', 'content');

/** Where `npm run build` writes the site; tests and benchmarks build elsewhere. */
export const OUT_DIR = settings.text('HINDSIGHT_OUT_DIR', './dist');

/**
 * Pages per search-index bundle: a larger site is indexed as several bundles
 * at once and merged in the browser (src/lib/search/search-shards.ts says why).
 */
export const SEARCH_PAGES_PER_BUNDLE = settings.wholeNumber('HINDSIGHT_SEARCH_PAGES_PER_BUNDLE', DEFAULT_PAGES_PER_BUNDLE);

/**
 * Items per page of a long list (incidents, a service's or tag's incidents,
 * follow-ups); page 1 keeps the list's own path. Tests use a small value so
 * every browser check meets a paged list.
 */
export const LIST_PAGE_SIZE = settings.wholeNumber('HINDSIGHT_LIST_PAGE_SIZE', 100);

/** Where `npm run sync` asks GitHub: GitHub Enterprise or a test server instead of api.github.com. */
export const GITHUB_API_URL = settings.httpUrl('GITHUB_API_URL', 'https://api.github.com');

/** How long `npm run sync` waits for one answer from GitHub, and its first pause before a retry, in milliseconds. */
export const SYNC_TIMEOUT_MS = settings.wholeNumber('HINDSIGHT_SYNC_TIMEOUT_MS', 15_000);
export const SYNC_RETRY_BASE_MS = settings.wholeNumber('HINDSIGHT_SYNC_RETRY_BASE_MS', 1000, 0);

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

// Every script and Astro itself load this file first, so a value that cannot
// be used stops them here, named, before anything is built or written.
if (settings.errors.length > 0) {
  for (const error of settings.errors) console.error(`error: ${error}`);
  console.error('Stopped before writing anything: correct or unset these environment variables.');
  process.exit(1);
}
