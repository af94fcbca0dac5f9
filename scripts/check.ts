/**
 * `npm run check`: validates every incident and runbook without building pages.
 * Prints `path:line:col: severity: field: message`, sorted, all at once; exits 1 on any error.
 */
import { problemReport, runContentCheck } from '../src/integrations/content-check.ts';
import { CONTENT_DIR } from '../src/site.config.ts';

const contentDir = process.argv[2] ?? CONTENT_DIR;
const result = await runContentCheck(process.cwd(), contentDir);
const lines = problemReport(result.problems, { githubAnnotations: process.env['GITHUB_ACTIONS'] === 'true' });
const hasErrors = result.problems.some((p) => p.severity === 'error');
for (const line of lines) (hasErrors ? console.error : console.log)(line);
console.log(`checked ${result.files.incidents} incident and ${result.files.runbooks} runbook files in ${contentDir}/`);
process.exitCode = hasErrors ? 1 : 0;
