/**
 * The content reader refuses, at its path and without opening it, anything
 * Astro must not publish or cannot read; every such file is made here, at run
 * time, in a folder of its own.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContent } from '../../../src/integrations/read-content.ts';
import { MAX_CONTENT_FILE_BYTES } from '../../../src/lib/content/content-file.ts';

const root = mkdtempSync(join(tmpdir(), 'hindsight-read-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const REPORT = '---\ntitle: x\ndate: 2024-01-01\ntimezone: UTC\n---\n';
const content = join(root, 'content');
const outside = join(root, 'outside');
const year = join(content, 'incidents', '2024');
mkdirSync(year, { recursive: true });
mkdirSync(join(content, 'runbooks', 'ops'), { recursive: true });
mkdirSync(outside);
writeFileSync(join(outside, '2024-01-09-secret.md'), REPORT);
const write = (name: string, text = REPORT) => writeFileSync(join(year, name), text);

write('2024-01-01-fine.md');
write('2024-01-02-Upper.Case_v2.md');
symlinkSync('2024-01-01-fine.md', join(year, '2024-01-03-inside-link.md'));
symlinkSync(join(outside, '2024-01-09-secret.md'), join(year, '2024-01-04-leak.md'));
symlinkSync(outside, join(content, 'incidents', 'linked-folder'));
symlinkSync('/dev/zero', join(year, '2024-01-05-zero.md'));
execFileSync('mkfifo', [join(year, '2024-01-06-fifo.md')]);
symlinkSync(join(year, 'nothing.md'), join(year, '2024-01-07-dangling.md'));
write('2024-01-08-big.md', REPORT + 'a'.repeat(MAX_CONTENT_FILE_BYTES));
write('2024-01-10-db(1).md');
write('2024-01-11-x#y.md');
write('2024-01-12-loud.MD');
write('_draft.md');
write('.hidden.md');
write('notes.txt', 'not content');
mkdirSync(join(content, 'runbooks', 'a#b'));
writeFileSync(join(content, 'runbooks', 'a#b', 'fine.md'), '---\ntitle: x\n---\n');

const { files, problems } = await readContent(root, 'content');
const problemAt = (name: string) => problems.find((p) => p.file.endsWith(name));

describe('reading the content folder', () => {
  it('reads plain files and links that stay inside it, skipping _ and dot files as Astro does', () => {
    expect(files.map((f) => f.path.split('/').pop())).toEqual([
      '2024-01-01-fine.md',
      '2024-01-02-Upper.Case_v2.md',
      '2024-01-03-inside-link.md',
      '2024-01-10-db(1).md',
      '2024-01-11-x#y.md',
      'fine.md',
    ]);
  });

  it.each([
    ['2024-01-04-leak.md', 'file', /is a symbolic link to .*outside.*2024-01-09-secret\.md, outside the content folder/],
    ['incidents/linked-folder', 'file', /is a symbolic link to .*outside, outside the content folder/],
    ['2024-01-05-zero.md', 'file', /is a symbolic link to \/dev\/zero, outside the content folder/],
    ['2024-01-06-fifo.md', 'file', /is a FIFO \(named pipe\), not a file/],
    ['2024-01-07-dangling.md', 'file', /symbolic link to nothing/],
    ['2024-01-08-big.md', 'file', /is 1,048,\d{3} bytes, over the limit of 1,048,576 bytes \(1 MiB\)/],
    ['2024-01-10-db(1).md', 'id', /rename it "2024-01-10-db-1\.md"/],
    ['2024-01-11-x#y.md', 'id', /rename it "2024-01-11-x-y\.md"/],
    ['2024-01-12-loud.MD', 'file', /only files ending in "\.md" or "\.mdx", in lower case, are read/],
    ['a#b/fine.md', 'id', /folder "a#b" may hold only .*; rename it "a-b"/],
  ])('refuses %s at its path, naming the %s', (name, field, message) => {
    const problem = problemAt(name);
    expect(problem).toMatchObject({ line: 1, field, severity: 'error' });
    expect(problem?.message).toMatch(message);
  });

  it('refuses nothing else: no _, dot or non-Markdown file, no link that stays inside', () => {
    expect(problems).toHaveLength(10);
  });
});
