/**
 * What contributed content may contain. Contributions arrive as pull requests
 * from forks and CI builds them, so anything that could run code during the
 * build, or in a reader's browser, is refused unless listed here.
 */

/** The settings the MDX safety check is given. */
export interface SafetyRules {
  /** Project-relative paths of components that MDX may import (`src/components/content/Callout.astro`). */
  allowedImports: readonly string[];
  /** Hosts an `<iframe>`, `<object>` or `<embed>` may load from. */
  allowedEmbedHosts: readonly string[];
}

/** Elements that run code or load foreign documents. */
export const BLOCKED_ELEMENTS = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'frame',
  'frameset',
  'applet',
  'base',
  'meta',
  'link',
  'form',
]);

/** Of the blocked elements, those allowed when their `src`/`data` is on an allowlisted host. */
export const EMBED_ELEMENTS = new Set(['iframe', 'object', 'embed']);

/** Attributes that hold a URL, where `javascript:` must never appear. */
export const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'data',
  'xlink:href',
  'poster',
  'srcset',
  'background',
]);

/** A URL scheme that runs code when followed. */
export const SCRIPT_URL = /^\s*(?:javascript|vbscript|data\s*:\s*text\/html)\s*:?/i;
