import { describe, expect, it } from 'vitest';
import { literalGlob } from '../../../src/integrations/search-index.ts';

describe('literalGlob', () => {
  it('leaves ordinary page paths alone', () => {
    expect(literalGlob('incidents/2017-11-30-oom-proxy/index.html')).toBe('incidents/2017-11-30-oom-proxy/index.html');
  });
  it('escapes glob syntax, so a path with braces or commas names itself alone', () => {
    expect(literalGlob('runbooks/a,b{c}[d]*?!/index.html')).toBe('runbooks/a\\,b\\{c\\}\\[d\\]\\*\\?\\!/index.html');
  });
});
