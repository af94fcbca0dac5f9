/**
 * Checks that images a report or runbook loads from beside it exist: Astro
 * stops the build with a stack trace on a missing one, so the checker names
 * the file and line first.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { SourceFile } from '../lib/content/content-file.ts';
import { markdownBody } from '../lib/markdown/frontmatter.ts';
import { localImagesIn } from '../lib/markdown/local-images.ts';
import type { Problem } from '../lib/problem.ts';

/** A problem for every relative image that is not on disk. */
export function missingImageProblems(files: readonly SourceFile[], root: string): Problem[] {
  const problems: Problem[] = [];
  for (const file of files) {
    const { body, bodyLineOffset } = markdownBody(file.source);
    for (const image of localImagesIn(body)) {
      if (existsSync(resolve(root, dirname(file.path), decodeURI(image.path)))) continue;
      const fatal = image.kind === 'markdown';
      problems.push({
        file: file.path,
        line: image.line + bodyLineOffset,
        field: 'images',
        severity: fatal ? 'error' : 'warning',
        message: `image "${image.path}" is not there; put it beside the file or fix the path${fatal ? '' : ' (the page will show a broken image)'}`,
      });
    }
  }
  return problems;
}
