/** Images are published only from inside the content folder, whatever path or link leads to them. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { imageProblems } from '../../../src/integrations/image-check.ts';

const root = mkdtempSync(join(tmpdir(), 'hindsight-images-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const year = join(root, 'content', 'incidents', '2024');
mkdirSync(join(year, 'img'), { recursive: true });
writeFileSync(join(root, 'secret.png'), 'not for the site');
symlinkSync(join(root, 'secret.png'), join(year, 'img', 'leak.png'));
symlinkSync('/dev/zero', join(year, 'img', 'zero.png'));
execFileSync('mkfifo', [join(year, 'img', 'pipe.png')]);

const body = [
  '![a](../../../../../../../../etc/passwd.png)',
  '![b](../../../secret.png)',
  '![c](img/leak.png)',
  '![d](img/zero.png)',
  '![e](img/pipe.png)',
  '<img src="../../../secret.png">',
  '![f](img/missing.png)',
].join('\n\n');
const file = {
  kind: 'incidents' as const,
  path: 'content/incidents/2024/2024-01-01-x.md',
  source: `---\ntitle: x\n---\n${body}\n`,
};
const problems = await imageProblems([file], root, 'content');
const at = (line: number) => problems.find((p) => p.line === line);

describe('images outside the content folder', () => {
  it.each([
    [4, /"..\/..\/..\/..\/..\/..\/..\/..\/etc\/passwd.png" is outside the content folder \(content\/\)/],
    [6, /"..\/..\/..\/secret.png" is outside the content folder/],
    [8, /"img\/leak.png" leads to .*secret\.png, which is outside the content folder/],
    [10, /"img\/zero.png" leads to \/dev\/zero, which is outside the content folder/],
    [12, /"img\/pipe.png" is not a plain file/],
    [14, /"..\/..\/..\/secret.png" is outside the content folder/],
  ])('are refused at line %i, without being read', (line, message) => {
    expect(at(line)).toMatchObject({ file: file.path, field: 'images', severity: 'error' });
    expect(at(line)?.message).toMatch(message);
  });

  it('leave a missing image inside the folder reported as missing', () => {
    expect(at(16)?.message).toMatch(/"img\/missing.png" is not there/);
  });
});
