import { markdownToHtml, type MarkdownToHtmlResult } from 'satteri';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { proseTimesPlugin } from '../../../src/integrations/prose-times-plugin.ts';

const source = `---
title: Proxy OOM
date: 2017-11-30
timezone: America/Los_Angeles
---

Noticed at 0:59 CET, see \`10:00 UTC\` in code.

## Timeline

### 2017-11-30 16:22 PST [started]

a

### 17:21 PST [resolved]

b
`;

// The plugin is synchronous, but markdownToHtml's type allows a promise for async plugins.
const render = async (path: string): Promise<string> => {
  const result: MarkdownToHtmlResult = await markdownToHtml(source, {
    mdastPlugins: [proseTimesPlugin],
    fileURL: pathToFileURL(path),
  });
  return result.html;
};

describe('the prose-times Sätteri plugin', () => {
  it('renders a zoned time in an incident as <time datetime> with the zone and UTC beside it', async () => {
    const html = await render('/site/content/incidents/2017/2017-11-30-x.md');
    expect(html).toContain(
      '<time class="prose-time" datetime="2017-11-30T23:59:00.000Z" title="2017-11-30 15:59 PST · 23:59 UTC">0:59 CET</time>',
    );
    expect(html).toContain('(15:59 PST · 23:59 UTC)');
  });

  it('leaves code and headings as written', async () => {
    const html = await render('/site/content/incidents/2017/2017-11-30-x.md');
    expect(html).toContain('<code>10:00 UTC</code>');
    expect(html).toMatch(/<h3[^>]*>2017-11-30 16:22 PST \[started\]<\/h3>/);
  });

  it('leaves documents that are not incidents untouched', async () => {
    expect(await render('/site/content/runbooks/x.md')).not.toContain('prose-time');
  });
});
