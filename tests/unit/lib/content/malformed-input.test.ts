/**
 * No content, however malformed, may crash the checker: every way of breaking
 * a real report or runbook becomes problems at a file and line, or passes.
 * The example content is always mutated; the shared mybinder reports and
 * runbooks too where `../shared` exists. Seeded, so a failure can be replayed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { imageProblems } from '../../../../src/integrations/image-check.ts';
import { checkCollection } from '../../../../src/lib/content/check-collection.ts';
import type { SourceFile } from '../../../../src/lib/content/content-file.ts';
import { SAFETY_RULES } from '../../../../src/site.config.ts';
import { SHARED_DIR } from '../../../corpus/shared-corpus.ts';
import { PROJECT_ROOT } from '../../../support/run.ts';
import { seededRandom } from '../../../../src/lib/bench/seeded-random.ts';

function contentFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? contentFiles(path) : /\.mdx?$/.test(name) ? [path] : [];
  });
}

const sources = (dirs: string[]) => dirs.flatMap(contentFiles).map((path) => readFileSync(path, 'utf8'));
const incidents = sources([
  join(PROJECT_ROOT, 'content', 'incidents'),
  ...(SHARED_DIR ? [join(SHARED_DIR, 'corpus', 'incidents'), join(SHARED_DIR, 'seed')] : []),
]);
const runbooks = sources([
  join(PROJECT_ROOT, 'content', 'runbooks'),
  ...(SHARED_DIR ? [join(SHARED_DIR, 'corpus', 'runbooks')] : []),
]);

// Pieces that break YAML, Markdown, MDX and the timeline's headings.
const PIECES = [
  '', ':', '- ', '#', '## ', '### 16:22 PST', '### 25:99', '### 2017-13-45 10:00', '[', ']', '{', '}', '{x}', '"', "'",
  '\t', '\u0000', '\uFEFF', '\r', '---', '...', '```', '<', '>', '<div>', '</div>', '<script>', '<!--', '{/* c */}',
  'import x from "node:fs"', 'export const a = 1', '&a', '*a', '!!binary', '%YAML', '? [a]', '[a, b]: c', '[#id]',
  '[detected]', '~', '|', '😀', 'ʼ', 'timezone: ', 'date: ', 'severity: [', 'services: {', 'action_items:', ' '.repeat(40),
  // Images, whose paths the build decodes and reads.
  '![x](img/100%.png)', '![x](https://e.example/a%zz.png)', '![x](img/a.png?v=1)', '![x](img/a.png#top)', '![x](<img/a b.png>)',
  '![x](../../../../etc/hostname)', '![x](.)', '![]()', '<img src="100%">', '![x](img/%E0%A4%A.png)',
];

function mutate(text: string, random: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  let lines = text.split('\n');
  for (let n = 1 + Math.floor(random() * 4); n > 0; n--) {
    const i = Math.floor(random() * (lines.length + 1));
    const line = lines[i] ?? '';
    const at = Math.floor(random() * (line.length + 1));
    switch (Math.floor(random() * 6)) {
      case 0:
        lines.splice(i, 1);
        break;
      case 1:
        lines.splice(i, 0, pick(PIECES));
        break;
      case 2:
        lines[i] = line.slice(0, at) + pick(PIECES) + line.slice(at);
        break;
      case 3:
        lines.splice(i, 0, pick(lines));
        break;
      case 4:
        lines = lines.slice(0, i);
        break;
      default:
        lines[i] = line.replace(/\d/g, () => String(Math.floor(random() * 10)));
    }
  }
  return lines.join('\n');
}

afterEach(() => vi.restoreAllMocks());

describe('the checker on malformed content', () => {
  it.each([1, 2, 3, 4])('reports problems at a file and line for every mutation (seed %i), and never throws', async (seed) => {
    const random = seededRandom(seed);
    const warn = vi.spyOn(process, 'emitWarning');
    for (let round = 0; round < 150; round++) {
      const files: SourceFile[] = [
        { path: 'content/incidents/2017/2017-11-30-a.md', kind: 'incidents', source: mutate(incidents[Math.floor(random() * incidents.length)] ?? '', random) },
        { path: 'content/incidents/2017/2017-11-30-b.mdx', kind: 'incidents', source: mutate(incidents[Math.floor(random() * incidents.length)] ?? '', random) },
        { path: 'content/runbooks/a/first.md', kind: 'runbooks', source: mutate(runbooks[Math.floor(random() * runbooks.length)] ?? '', random) },
      ];
      let problems;
      try {
        // The image check too: it reads the files images name, as the build does.
        problems = [...checkCollection(files, SAFETY_RULES).problems, ...(await imageProblems(files, PROJECT_ROOT, "content"))];
      } catch (error) {
        throw new Error(`seed ${seed}, round ${round}: the checker threw ${String(error)} on:\n${JSON.stringify(files)}`);
      }
      for (const problem of problems) {
        const file = files.find((f) => f.path === problem.file);
        expect(file, JSON.stringify(problem)).toBeDefined();
        expect(problem.line).toBeGreaterThanOrEqual(1);
        expect(problem.line).toBeLessThanOrEqual((file?.source.split('\n').length ?? 0) + 1);
        expect(problem.message.length).toBeGreaterThan(0);
      }
    }
    // Warnings a library prints itself would reach the contributor without a file or line.
    expect(warn).not.toHaveBeenCalled();
  });
});
