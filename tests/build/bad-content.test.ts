/**
 * Broken content stops `npm run build` and `npm run check` with every problem
 * at once, as `path:line: severity: field: message`, no stack trace, and
 * nothing written.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { siteBuild, runNode } from '../support/run.ts';

const BROKEN = 'tests/fixtures/sites/broken';
const tmp = mkdtempSync(join(tmpdir(), 'hindsight-broken-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const EXPECTED = [
  `${BROKEN}/incidents/2024-01-01-bad-fields.md:3:1: error: date: is not a real calendar date`,
  `${BROKEN}/incidents/2024-01-01-bad-fields.md:4:1: error: timezone: unknown time zone "Mars/Olympus"`,
  `${BROKEN}/incidents/2024-01-01-bad-fields.md:5:1: error: severty: unknown field (did you mean "severity"?)`,
  `${BROKEN}/incidents/2024-01-01-bad-fields.md:6:1: error: severity: must be one of`,
  `${BROKEN}/incidents/2024-01-02-bad-timeline.md:5:1: error: runbooks: no runbook has the id "no-such-runbook"`,
  `${BROKEN}/incidents/2024-01-02-bad-timeline.md:14:1: error: timeline: cannot read timeline entry "Aftermath"`,
  `${BROKEN}/incidents/2024-01-02-bad-timeline.md:18:1: error: timeline: timeline entry "09:30 IST": zone "IST" is ambiguous`,
  `${BROKEN}/incidents/2024-01-02-bad-timeline.md:22:1: error: timeline: timeline entry "09:20 [detected]" is out of order`,
  `${BROKEN}/incidents/2024-01-02-bad-timeline.md:26:1: error: resolved: milestones are out of order`,
  `${BROKEN}/incidents/2024-01-02-bad-timeline.md:1:1: error: id: duplicate incident id`,
  `${BROKEN}/incidents/2024-01-03-no-frontmatter.md:1:1: error: the file must start with YAML frontmatter`,
  `${BROKEN}/incidents/2024-01-04-missing-required.md:2:1: error: title: is required`,
  `${BROKEN}/incidents/2024-01-05-bad-yaml.md:4:1: error: frontmatter is not valid YAML`,
  `${BROKEN}/incidents/2024-01-06-hostile.mdx:7:1: error: mdx: importing "node:child_process" is not allowed`,
  `${BROKEN}/incidents/2024-01-06-hostile.mdx:11:14: error: mdx: the expression {process.env.GITHUB_TOKEN} is not allowed`,
  `${BROKEN}/incidents/2024-01-06-hostile.mdx:13:1: error: mdx: <script> is not allowed`,
  `${BROKEN}/incidents/2024-01-06-hostile.mdx:17:1: error: mdx: <Chart> is not imported`,
  `${BROKEN}/runbooks/first.md:3:1: error: alerts: alert "DupAlert" is listed by 2 runbooks (first, second)`,
  `${BROKEN}/runbooks/second.md:3:1: error: alerts: alert "DupAlert" is listed by 2 runbooks (first, second)`,
  `${BROKEN}/incidents/2024-01-07-missing-image.md:9:1: error: images: image "img/nothing.png" is not there`,
  `${BROKEN}/incidents/2024-01-07-missing-image.md:13:1: error: images: image "img/not-a-png.png" cannot be read as an image`,
  `${BROKEN}/incidents/2024-01-07-missing-image.md:17:1: error: images: image "https://grafana.example.com/render/100%.png": a "%" in a URL must begin an escape such as %20`,
  `${BROKEN}/incidents/2024-01-07-missing-image.md:21:1: error: images: image "img/not-a-png.png?v=2": an image beside the file cannot take "?v=2"`,
  `${BROKEN}/incidents/2024-03-31-dst-gap.md:9:1: error: timeline: timeline entry "02:30": 2024-03-31 02:30 does not exist in Europe/Berlin`,
];

function expectAllProblems(output: string) {
  for (const line of EXPECTED) expect(output).toContain(line);
  expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
}

describe('npm run check on broken content', () => {
  const result = runNode(['scripts/check.ts', BROKEN]);

  it('exits 1', () => {
    expect(result.status).toBe(1);
  });

  it('prints every problem at once, at its file and line, naming the field', () => {
    expectAllProblems(result.stderr);
  });

  it('prints problems sorted by file and line', () => {
    const lines = result.stderr.split('\n').filter((l) => l.startsWith(BROKEN));
    const keys = lines.map((l) => {
      const [file, line] = l.split(':');
      return [file ?? '', Number(line)] as const;
    });
    const sorted = [...keys].sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1]);
    expect(keys).toEqual(sorted);
  });
});

describe('npm run build on broken content', () => {
  const outDir = join(tmp, 'dist');
  const result = siteBuild({ HINDSIGHT_CONTENT_DIR: BROKEN, HINDSIGHT_OUT_DIR: outDir });

  it('exits non-zero with the same problems and no stack trace', () => {
    expect(result.status).not.toBe(0);
    expectAllProblems(result.stderr + result.stdout);
  });

  it('never evaluates contributed MDX: a secret in the environment is not printed', () => {
    const secret = 'ghp_thisMustNeverAppear';
    const withSecret = siteBuild({ HINDSIGHT_CONTENT_DIR: BROKEN, HINDSIGHT_OUT_DIR: join(tmp, 'dist2'), GITHUB_TOKEN: secret });
    expect(withSecret.stdout + withSecret.stderr).not.toContain(secret);
    expect(existsSync(join(tmp, 'dist2'))).toBe(false);
  });

  it('writes nothing', () => {
    expect(existsSync(outDir)).toBe(false);
  });
});
