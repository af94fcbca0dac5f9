/** A fence never closed, and heading ids that are not ids, are errors at their line. */
import { describe, expect, it } from 'vitest';
import { bodyIssues } from '../../../../src/lib/content/body-issues.ts';
import { checkIncidentSource } from '../../../../src/lib/content/check-file.ts';

describe('an unclosed code fence', () => {
  it.each(['```', '~~~~'])('opened with %s is an error at its opening line, counted in the file', (marker) => {
    const body = `## Timeline\n\n### 10:00\n\n${marker}bash\nkubectl get pods\n\n### 11:00\n`;
    const issues = bodyIssues(body, 6);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 11, field: 'body', severity: 'error' });
    expect(issues[0]?.message).toContain(`opened here with ${marker} is never closed`);
  });

  it('is not reported when a longer or same fence closes it, or a fence of the other kind sits inside', () => {
    expect(bodyIssues('````\n```\n~~~\n````\n\n```js\ncode\n```\n', 0)).toEqual([]);
  });

  it('is still open after a line that opens another block ("```js" closes nothing)', () => {
    expect(bodyIssues('```\ncode\n```js\n', 0)).toEqual([expect.objectContaining({ line: 1 })]);
  });

  it('inside a report\'s Timeline fails the check, rather than swallow the entries after it', () => {
    const source = '---\ntitle: x\ndate: 2024-01-01\ntimezone: UTC\n---\n\n## Timeline\n\n### 10:00 [started]\n\n```\nlog\n\n### 11:00 [resolved]\n';
    const { issues } = checkIncidentSource('content/incidents/2024/2024-01-01-x.md', source);
    expect(issues).toContainEqual(expect.objectContaining({ line: 11, field: 'body', severity: 'error' }));
  });
});

describe('explicit heading ids', () => {
  it.each([
    ['### Cordon [#a b]', /heading id \[#a b\] may hold only .*; write \[#a-b\]/],
    ['### Cordon [#a/b]', /write \[#ab\]/],
    ['### Cordon {#cordon}', /heading id \{#cordon\} is not read here: write explicit ids as \[#cordon\]/],
  ])('%s is an error at its line, with the id to write', (heading, message) => {
    const [issue] = bodyIssues(`text\n\n${heading}\n`, 4);
    expect(issue).toMatchObject({ line: 7, field: 'heading', severity: 'error' });
    expect(issue?.message).toMatch(message);
  });

  it('a valid [#id], or one in a code block, is no problem', () => {
    expect(bodyIssues('### Cordon [#cordon-1]\n\n```\n### x [#a b]\n```\n', 0)).toEqual([]);
  });
});
