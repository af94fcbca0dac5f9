import { describe, expect, it } from 'vitest';
import { linesOutsideCode } from '../../../../src/lib/markdown/lines-outside-code.ts';

describe('linesOutsideCode', () => {
  it('leaves out fenced code and its fences, keeping file line numbers', () => {
    const text = ['a', '````md', '```', 'inside', '```', '````', 'b', '~~~', '```', '~~~', 'c'].join('\n');
    expect(linesOutsideCode(text)).toEqual([
      { text: 'a', line: 1 },
      { text: 'b', line: 7 },
      { text: 'c', line: 11 },
    ]);
  });

  it('treats an unclosed fence as code to the end', () => {
    expect(linesOutsideCode('a\n```\nb\nc')).toEqual([{ text: 'a', line: 1 }]);
  });
});
