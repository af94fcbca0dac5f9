import { afterEach, describe, expect, it, vi } from 'vitest';
import { markdownBody, splitFrontmatter } from '../../../../src/lib/markdown/frontmatter.ts';

afterEach(() => vi.restoreAllMocks());

describe('splitFrontmatter', () => {
  it('gives the data, the body and the line of each field', () => {
    const doc = splitFrontmatter('---\ntitle: Proxy OOM\ntimezone: America/Los_Angeles\n---\n\n## Timeline\n');
    expect(doc.issues).toEqual([]);
    expect(doc.data).toEqual({ title: 'Proxy OOM', timezone: 'America/Los_Angeles' });
    expect(doc.body).toBe('\n## Timeline\n');
    expect(doc.lineOf(['timezone'])).toBe(3);
  });

  it.each([
    ['a list', '---\ntitle: x\n[a, b]: y\n---\n', 3],
    ['a map', '---\ntitle: x\n{ .Date }: y\n---\n', 3],
    ['a nested map key', '---\ntitle: x\nlinks:\n  ? [Sentry]\n  : y\n---\n', 4],
  ])('refuses %s as a field name, at its line, without the YAML library printing a warning', (_, source, line) => {
    const warn = vi.spyOn(process, 'emitWarning');
    const doc = splitFrontmatter(source);
    expect(doc.data).toBeUndefined();
    expect(doc.issues.map((i) => [i.line, i.severity])).toEqual([[line, 'error']]);
    expect(doc.issues[0]?.message).toMatch(/field name must be a plain word/);
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('markdownBody', () => {
  it.each([
    ['a report', '---\ntitle: A\ndate: 2024-01-01\n---\n\n## Timeline\n\n![x](img/a.png)\n'],
    ['CRLF line ends and a byte-order mark', '\uFEFF---\r\ntitle: A\r\n---\r\nBody\r\n'],
    ['a "..." closing line', '---\ntitle: A\n...\nBody\n'],
    ['YAML that does not parse', '---\ntitle: [unclosed\n---\nBody on line 4\n'],
    ['no frontmatter', '# Just Markdown\n\ntext\n'],
    ['frontmatter never closed', '---\ntitle: A\nBody\n'],
    ['nothing at all', ''],
  ])('finds the body and its first line as splitFrontmatter does, for %s', (_, source) => {
    const { body, bodyLineOffset } = splitFrontmatter(source);
    expect(markdownBody(source)).toEqual({ body, bodyLineOffset });
  });
});

describe('YAML aliases', () => {
  it('are read when used a few times', () => {
    const doc = splitFrontmatter('---\ntitle: x\nservices: &s [a, b]\ntags: *s\n---\n');
    expect(doc.issues).toEqual([]);
    expect(doc.data).toEqual({ title: 'x', services: ['a', 'b'], tags: ['a', 'b'] });
  });

  it('that expand into a billion laughs are an error at the first alias, not a crash', () => {
    const level = (name: string, of: string) => `${name}: &${name} [${Array(9).fill(`*${of}`).join(', ')}]`;
    const source = [
      '---',
      'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
      level('b', 'a'),
      level('c', 'b'),
      level('d', 'c'),
      level('e', 'd'),
      'title: x',
      '---',
      '',
    ].join('\n');
    const doc = splitFrontmatter(source);
    expect(doc.data).toBeUndefined();
    expect(doc.issues).toHaveLength(1);
    expect(doc.issues[0]).toMatchObject({ line: 3, severity: 'error' });
    expect(doc.issues[0]?.message).toMatch(/aliases \(\*name\) expand past 100 copies/);
  });
});
