/**
 * `npm run check`: validates every incident and runbook without building pages.
 * Prints `path:line:col: severity: field: message`, sorted, all at once; exits 1 on any error.
 */
import { problemReport } from '../src/integrations/content-check.ts';
import { readContentFiles, readLinkManifest } from '../src/integrations/read-content.ts';
import { missingImageProblems } from '../src/integrations/image-check.ts';
import { checkCollection } from '../src/lib/content/check-collection.ts';
import { compareProblems } from '../src/lib/problem.ts';
import { CONTENT_DIR, SAFETY_RULES } from '../src/site.config.ts';

const contentDir = process.argv[2] ?? CONTENT_DIR;
const files = await readContentFiles(process.cwd(), contentDir);
const result = checkCollection(files, SAFETY_RULES, undefined, await readLinkManifest(process.cwd(), contentDir));
result.problems = [...result.problems, ...missingImageProblems(files, process.cwd())].sort(compareProblems);
const lines = problemReport(result.problems, { githubAnnotations: process.env['GITHUB_ACTIONS'] === 'true' });
const hasErrors = result.problems.some((p) => p.severity === 'error');
for (const line of lines) (hasErrors ? console.error : console.log)(line);
const count = (kind: string) => files.filter((f) => f.kind === kind).length;
console.log(`checked ${count('incidents')} incident and ${count('runbooks')} runbook files in ${contentDir}/`);
process.exitCode = hasErrors ? 1 : 0;
