/**
 * Runs the content checker before Astro builds anything, so bad content stops
 * the build with precise `file:line` messages and nothing in `dist/`.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkCollection, type CollectionCheck } from '../lib/content/check-collection.ts';
import { compareProblems, formatProblem, type Problem } from '../lib/problem.ts';
import { imageProblems } from './image-check.ts';
import { SAFETY_RULES } from '../site.config.ts';
import { readContent, readLinkManifest } from './read-content.ts';
import { clearContentStore } from './content-store.ts';
import { renderFailures } from './render-failures.ts';

/** A check of the content folder, with how many files of each kind it read. */
export interface ContentCheck extends CollectionCheck {
  files: { incidents: number; runbooks: number };
}

/** Reads and checks all content below `contentDir`, with the link manifest kept beside it. */
export async function runContentCheck(root: string, contentDir: string): Promise<ContentCheck> {
  const { files, problems } = await readContent(root, contentDir);
  const result = checkCollection(files, SAFETY_RULES, undefined, await readLinkManifest(root, contentDir));
  result.problems = [...problems, ...result.problems, ...(await imageProblems(files, root, contentDir))].sort(compareProblems);
  const count = (kind: string) => files.filter((f) => f.kind === kind).length;
  return { ...result, files: { incidents: count('incidents'), runbooks: count('runbooks') } };
}

/** The lines to print for a set of problems; GitHub Actions annotations too when asked. */
export function problemReport(problems: Problem[], options: { githubAnnotations?: boolean } = {}): string[] {
  const lines = problems.map(formatProblem);
  if (options.githubAnnotations) {
    for (const p of problems) {
      const kind = p.severity === 'error' ? 'error' : 'warning';
      const message = (p.field ? `${p.field}: ` : '') + p.message;
      lines.push(
        `::${kind} file=${p.file},line=${p.line}${p.column ? `,col=${p.column}` : ''}::${message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}`,
      );
    }
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  lines.push(`${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
  return lines;
}

/** Prints a check's problems (to stderr when there are errors, else as warnings); true when there are errors. */
export function printContentCheck(result: CollectionCheck): boolean {
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (result.problems.length > 0) {
    const lines = problemReport(result.problems, { githubAnnotations: process.env['GITHUB_ACTIONS'] === 'true' });
    for (const line of lines) (errors.length > 0 ? console.error : console.warn)(line);
  }
  return errors.length > 0;
}

/**
 * Prints a problem for each file Astro's content sync could not render
 * (src/integrations/render-failures.ts); true when there were any. Astro's
 * content cache is dropped with them, so the next build renders those files
 * again and says why they failed, rather than keep them unrendered unnoticed.
 */
function stopOnRenderFailures(root: string): boolean {
  const failures = renderFailures();
  if (failures.length === 0) return false;
  const problems: Problem[] = failures.map((failure) => ({
    file: failure.file,
    line: 1,
    field: 'body',
    severity: 'error',
    message: `Astro could not render this file${failure.reason ? ` (${failure.reason})` : ''}, and would have published its page without the report`,
  }));
  for (const line of problemReport(problems.sort(compareProblems), {
    githubAnnotations: process.env['GITHUB_ACTIONS'] === 'true',
  }))
    console.error(line);
  clearContentStore(root);
  return true;
}

/** The message a build stopped by bad content ends with. */
export const NOTHING_BUILT = 'content has errors: nothing was built. Fix the problems above and build again.';

/**
 * Set by `npm run build` (scripts/build.ts), which checks the content itself
 * while Astro starts and syncs, on the other core, and tells this process
 * when the content has passed.
 */
export const CHECKED_BY_PARENT = 'HINDSIGHT_CONTENT_CHECKED_BY_PARENT';

/** The message scripts/build.ts sends once the content has passed. */
export const CONTENT_PASSED = 'hindsight:content-passed';

/**
 * The Astro integration: checks content at the start of `astro build` (and
 * `astro dev`) and stops it on any error, before anything is written. Under
 * `npm run build` the check runs beside Astro instead, and Astro waits for its
 * word before it builds a page.
 */
export function contentCheck(options: { contentDir: string }): AstroIntegration {
  const byParent = process.env[CHECKED_BY_PARENT] === '1' && typeof process.send === 'function';
  let root = process.cwd();
  return {
    name: 'hindsight:content-check',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        root = fileURLToPath(config.root);
        if (command !== 'build' && command !== 'dev') return;
        if (byParent && command === 'build') return;
        const hasErrors = printContentCheck(await runContentCheck(root, options.contentDir));
        if (hasErrors && command === 'build') {
          logger.error(NOTHING_BUILT);
          // Exit here, before Astro writes anything, rather than throw: a thrown
          // error would print a stack trace that says nothing about the content.
          process.exit(1);
        }
      },
      'astro:build:start': async ({ logger }) => {
        // Content sync is done, and nothing is written yet.
        if (stopOnRenderFailures(root)) {
          logger.error(NOTHING_BUILT);
          process.exit(1);
        }
        if (!byParent) return;
        // Content sync is done by now, and no page has been written: wait here for the check.
        await new Promise<void>((resolve) => {
          const onMessage = (message: unknown) => {
            if (message !== CONTENT_PASSED) return;
            process.off('message', onMessage);
            resolve();
          };
          process.on('message', onMessage);
        });
        process.disconnect?.();
      },
    },
  };
}
