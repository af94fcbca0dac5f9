/** What a page costs to load: its HTML, and the CSS and JavaScript it pulls in (search index excluded). */

/** Bytes by kind for one page. */
export interface PageWeight {
  html: number;
  css: number;
  js: number;
  total: number;
}

/** The stylesheets and scripts an HTML page loads, as site paths. */
export function pageAssets(html: string): { css: string[]; js: string[]; inlineJs: number } {
  const css = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? '');
  const js = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1] ?? '');
  // Module imports inside inline scripts load more files.
  const imported = [...html.matchAll(/import\s*(?:[^'"]*from\s*)?["'](\/_astro\/[^"']+\.js)["']/g)].map((m) => m[1] ?? '');
  const inlineJs = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce(
    (n, m) => n + (m[1]?.length ?? 0),
    0,
  );
  return { css, js: [...new Set([...js, ...imported])], inlineJs };
}

/** Sums a page's weight given a way to read the size of a site file. */
export function pageWeight(html: string, sizeOf: (path: string) => number): PageWeight {
  const assets = pageAssets(html);
  const css = assets.css.reduce((n, p) => n + sizeOf(p), 0);
  const js = assets.js.reduce((n, p) => n + sizeOf(p), 0) + assets.inlineJs;
  const htmlBytes = Buffer.byteLength(html);
  return { html: htmlBytes, css, js, total: htmlBytes + css + js };
}
