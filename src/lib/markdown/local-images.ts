/** Images a Markdown body loads from files beside it, which the build must find. */
import { linesOutsideCode } from './lines-outside-code.ts';

/** A relative image reference and the line it is on (1-based within the body). */
export interface LocalImage {
  path: string;
  line: number;
  /** Markdown images are processed by the build, which stops on a missing file; HTML ones are only linked. */
  kind: 'markdown' | 'html';
}

const MARKDOWN_IMAGE = /!\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
const HTML_IMAGE = /<img\b[^>]*\bsrc=["']([^"']+)["']/gi;

function isLocal(path: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(path) && !path.startsWith('/') && !path.startsWith('#') && !path.startsWith('//');
}

/** An image reference in a body, local or not. */
export interface ImageReference extends LocalImage {
  /** A relative path to a file beside the report, rather than a URL or a site path. */
  local: boolean;
}

/** Every image in the body, with its line, outside fenced code. */
export function imagesIn(body: string): ImageReference[] {
  const found: ImageReference[] = [];
  for (const { text, line } of linesOutsideCode(body)) {
    for (const [pattern, kind] of [
      [MARKDOWN_IMAGE, 'markdown'],
      [HTML_IMAGE, 'html'],
    ] as const) {
      for (const m of text.matchAll(pattern)) {
        const path = m[1] ?? '';
        found.push({ path, line, kind, local: isLocal(path) });
      }
    }
  }
  return found;
}

/** Every relative image path in the body, with its line, outside fenced code. */
export function localImagesIn(body: string): LocalImage[] {
  return imagesIn(body)
    .filter((image) => image.local)
    .map(({ path, line, kind }) => ({ path, line, kind }));
}

/** A URL with its percent escapes decoded, as Astro decodes an image's; undefined when a "%" begins no escape. */
export function decodedUrl(url: string): string | undefined {
  try {
    return decodeURI(url);
  } catch {
    return undefined;
  }
}

/**
 * Whether a URL holds a "%" that does not begin an escape such as %20. Astro
 * decodes every Markdown image's URL, and on such a "%" it fails to render the
 * whole file, logs one line and builds the page without its body.
 */
export function hasMalformedEscape(url: string): boolean {
  return decodedUrl(url) === undefined;
}
