/**
 * Checks the images a report or runbook shows, before Astro sees them. Astro
 * stops the build with a stack trace on a missing or unreadable image beside
 * a file, and renders a file whose image URL holds a stray "%" without its
 * body at all; the checker names the file and line of each first.
 */
import { lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { SourceFile } from '../lib/content/content-file.ts';
import { markdownBody } from '../lib/markdown/frontmatter.ts';
import { decodedUrl, hasMalformedEscape, imagesIn } from '../lib/markdown/local-images.ts';
import type { Problem } from '../lib/problem.ts';
import { isInside } from './read-content.ts';

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

/**
 * Why an image file may not be published, read without opening it; undefined
 * when it may. Images are taken only from inside the content folder, as the
 * build copies each one into the site: a path that climbs out, or a link that
 * leads out, would publish any file of the machine that builds it.
 */
function containmentProblem(path: string, content: { dir: string; real: string; shown: string }): string | undefined {
  const outside = `is outside the content folder (${content.shown}/); images are published from inside it only, so copy the image beside the file`;
  if (!isInside(content.dir, path)) return outside;
  // A missing file, or a link to nothing, is reported as not there.
  if (!lstatSync(path, { throwIfNoEntry: false }) || !statSync(path, { throwIfNoEntry: false })) return undefined;
  const real = realpathSync(path);
  if (!isInside(content.real, real)) return `leads to ${real}, which ${outside}`;
  return statSync(real).isFile()
    ? undefined
    : 'is not a plain file (it is a folder, device, FIFO or socket); point at an image file';
}

/** A problem for every image URL Astro cannot decode, and every relative image that is not on disk, is not an image or is outside the content folder. */
export async function imageProblems(files: readonly SourceFile[], root: string, contentDir: string): Promise<Problem[]> {
  const problems: Problem[] = [];
  const dir = resolve(root, contentDir);
  let real = dir;
  try {
    real = realpathSync(dir);
  } catch {
    // No content folder: every image is outside it, as the lexical check finds.
  }
  const content = { dir, real, shown: relative(root, dir) || '.' };
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
      const contained = containmentProblem(path, content);
      if (contained) {
        problems.push({ ...at, severity: 'error', message: `image "${image.path}" ${contained}` });
      } else if (!statSync(path, { throwIfNoEntry: false })) {
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
