import { describe, expect, it } from 'vitest';
import { problemReport } from '../../../src/integrations/content-check.ts';
import type { Problem } from '../../../src/lib/problem.ts';

const problems: Problem[] = [
  { file: 'content/incidents/a.md', line: 4, column: 2, field: 'timezone', severity: 'error', message: 'unknown zone "XYZ"' },
  { file: 'content/incidents/a.md', line: 9, field: 'timeline', severity: 'warning', message: '50% off\nsecond line' },
];

describe('problemReport', () => {
  it('prints path:line:col: severity: field: message, then a count', () => {
    expect(problemReport(problems)).toEqual([
      'content/incidents/a.md:4:2: error: timezone: unknown zone "XYZ"',
      'content/incidents/a.md:9:1: warning: timeline: 50% off\nsecond line',
      '1 error, 1 warning',
    ]);
  });

  it('adds GitHub Actions annotations, escaped, so problems show on the pull request diff', () => {
    const lines = problemReport(problems, { githubAnnotations: true });
    expect(lines).toContain('::error file=content/incidents/a.md,line=4,col=2::timezone: unknown zone "XYZ"');
    expect(lines).toContain('::warning file=content/incidents/a.md,line=9::timeline: 50%25 off%0Asecond line');
  });
});
