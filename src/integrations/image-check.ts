/**
 * Checks the images a report or runbook shows, before Astro sees them. Astro
 * stops the build with a stack trace on a missing or unreadable image beside
 * a file, and renders a file whose image URL holds a stray "%" without its
 * body at all; the checker names the file and line of each first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { SourceFile } from '../lib/content/content-file.ts';
import { markdownBody } from '../lib/markdown/frontmatter.ts';
import { decodedUrl, hasMalformedEscape, imagesIn } from '../lib/markdown/local-images.ts';
import type { Problem } from '../lib/problem.ts';

type ReadsImage = (data: Uint8Array, src: string) => Promise<unknown>;

// Astro's own reader of image sizes, so an image passes here exactly when the
// build can process it; loaded only for a knowledge base that has images.
let astroImageReader: Promise<ReadsImage> | undefined;
const imageReader = () =>
  (astroImageReader ??= import('astro/assets/utils').then((m) => m.imageMetadata as unknown as ReadsImage));

async function isReadableImage(file: string): Promise<boolean> {
  const read = await imageReader();
  try {
    await read(readFileSync(file), file);
    return true;
  } catch {
    return false;
  }
}

/** A problem for every image URL Astro cannot decode, and every relative image that is not on disk or is not an image. */
export async function imageProblems(files: readonly SourceFile[], root: string): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const file of files) {
    const { body, bodyLineOffset } = markdownBody(file.source);
    for (const image of imagesIn(body)) {
      // Only Markdown images are processed by the build; an HTML <img> is only linked.
      const processed = image.kind === 'markdown';
      const at = { file: file.path, line: image.line + bodyLineOffset, field: 'images' };
      if (processed && hasMalformedEscape(image.path)) {
        problems.push({
          ...at,
          severity: 'error',
          message: `image "${image.path}": a "%" in a URL must begin an escape such as %20; write a "%" itself as %25`,
        });
        continue;
      }
      if (!image.local) continue;
      const suffix = processed ? /[?#].*$/.exec(image.path)?.[0] : undefined;
      if (suffix) {
        // Astro looks for a file of that whole name, and on the page leaves its placeholder instead of the image.
        problems.push({
          ...at,
          severity: 'error',
          message: `image "${image.path}": an image beside the file cannot take "${suffix}"; remove it`,
        });
        continue;
      }
      // A bare "%" in an HTML image's path (`100%.png`) may be the file's real name.
      const path = resolve(root, dirname(file.path), decodedUrl(image.path) ?? image.path);
      if (!existsSync(path)) {
        problems.push({
          ...at,
          severity: processed ? 'error' : 'warning',
          message: `image "${image.path}" is not there; put it beside the file or fix the path${processed ? '' : ' (the page will show a broken image)'}`,
        });
      } else if (processed && !(await isReadableImage(path))) {
        problems.push({
          ...at,
          severity: 'error',
          message: `image "${image.path}" cannot be read as an image (PNG, JPEG, GIF, WebP, AVIF, SVG…); export it again or fix the path`,
        });
      }
    }
  }
  return problems;
}
