import { describe, expect, it } from 'vitest';
import { linesOutsideCode, unclosedFence } from '../../../../src/lib/markdown/lines-outside-code.ts';

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

describe('unclosedFence', () => {
  it('gives the fence left open and its line', () => {
    expect(unclosedFence('a\n```\nb\n```\n\n~~~\nc')).toEqual({ marker: '~~~', line: 6 });
  });

  it('is undefined when every fence closes, and a fence with an info string never closes one', () => {
    expect(unclosedFence('```\n```js\n```\n')).toBeUndefined();
  });

  it('takes "```a``` b" for inline code, not a fence', () => {
    expect(unclosedFence('```a``` b\ntext')).toBeUndefined();
  });
});
