import { describe, expect, it } from 'vitest';
import { withoutLeadingTitle } from '../../../../src/lib/search/excerpt-title.ts';

describe('withoutLeadingTitle', () => {
  const title = 'Proxy pods in CrashLoopBackOff after a node ran out of memory';

  it('drops the title a page excerpt starts with, keeping the marks of the words after it', () => {
    const excerpt =
      '<mark>Proxy</mark> pods in CrashLoopBackOff after a node ran out of memory. A node ran out of memory, the <mark>proxy</mark> pod on it';
    expect(withoutLeadingTitle(excerpt, title)).toBe('A node ran out of memory, the <mark>proxy</mark> pod on it');
  });

  it('leaves no stray closing tag when the title ends in a marked word', () => {
    expect(
      withoutLeadingTitle('Proxy pod in <mark>CrashLoopBackOff.</mark> New servers cannot', 'Proxy pod in CrashLoopBackOff'),
    ).toBe('New servers cannot');
  });

  it("drops a section heading's last words when the excerpt starts inside it", () => {
    expect(
      withoutLeadingTitle(
        'PST - <mark>Proxy</mark> pods found in CrashLoopBackOff. Chris finds the <mark>proxy</mark>',
        '17:04 PST - Proxy pods found in CrashLoopBackOff',
      ),
    ).toBe('Chris finds the <mark>proxy</mark>');
    expect(withoutLeadingTitle('17:14. Chris describes the node', '17:14')).toBe('Chris describes the node');
  });

  it('keeps words that only begin like the title, in a sentence of the text', () => {
    const excerpt = 'Proxy pods in CrashLoopBackOff after a node ran out of memory were seen again in 2018';
    expect(withoutLeadingTitle(excerpt, title)).toBe(excerpt);
    expect(withoutLeadingTitle('memory. The next day', title)).toBe('memory. The next day');
  });

  it('drops a title that ends in its own punctuation', () => {
    expect(withoutLeadingTitle('Why did <mark>launches</mark> fail? Nobody knew', 'Why did launches fail?')).toBe('Nobody knew');
  });

  it('reads escaped characters as the title has them', () => {
    expect(withoutLeadingTitle('Users &amp; pods can&#39;t start. Launches fail', "Users & pods can't start")).toBe(
      'Launches fail',
    );
  });

  it('gives back an excerpt that is only the title, and leaves others alone', () => {
    expect(withoutLeadingTitle('Proxy pod in CrashLoopBackOff.', 'Proxy pod in CrashLoopBackOff')).toBe(
      'Proxy pod in CrashLoopBackOff.',
    );
    expect(withoutLeadingTitle('Launch success rate drops', title)).toBe('Launch success rate drops');
    expect(withoutLeadingTitle('Anything at all', '  ')).toBe('Anything at all');
  });
});
