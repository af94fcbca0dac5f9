import { describe, expect, it } from 'vitest';
import { hasMalformedEscape, imagesIn, localImagesIn } from '../../../../src/lib/markdown/local-images.ts';

const BODY = [
  '## Summary', // 1
  '![graph](img/graph.png) and ![remote](https://grafana.example.com/a.png)', // 2
  '```', // 3
  '![not an image](img/in-code.png)', // 4
  '```', // 5
  '<img src="img/plain.svg" alt="x">', // 6
  '![site](/images/logo.png)', // 7
].join('\n');

describe('imagesIn', () => {
  it('finds Markdown and HTML images with their lines, local or not, outside fenced code', () => {
    expect(imagesIn(BODY)).toEqual([
      { path: 'img/graph.png', line: 2, kind: 'markdown', local: true },
      { path: 'https://grafana.example.com/a.png', line: 2, kind: 'markdown', local: false },
      { path: 'img/plain.svg', line: 6, kind: 'html', local: true },
      { path: '/images/logo.png', line: 7, kind: 'markdown', local: false },
    ]);
  });

  it('gives the local ones to localImagesIn, as before', () => {
    expect(localImagesIn(BODY)).toEqual([
      { path: 'img/graph.png', line: 2, kind: 'markdown' },
      { path: 'img/plain.svg', line: 6, kind: 'html' },
    ]);
  });
});

describe('hasMalformedEscape', () => {
  it('accepts plain and percent-encoded URLs', () => {
    expect(hasMalformedEscape('img/graph.png')).toBe(false);
    expect(hasMalformedEscape('img/memory%20graph.png')).toBe(false);
    expect(hasMalformedEscape('https://example.com/100%25.png')).toBe(false);
  });

  it('finds a "%" that begins no escape', () => {
    expect(hasMalformedEscape('img/100%.png')).toBe(true);
    expect(hasMalformedEscape('https://example.com/a%zz.png')).toBe(true);
    expect(hasMalformedEscape('img/%E0%A4%A.png')).toBe(true);
  });
});
