import { describe, expect, it } from 'vitest';
import { syntheticContent } from '../../../../src/lib/bench/synthetic-content.ts';
import { syntheticPage } from '../../../../src/lib/bench/synthetic-html.ts';

describe('syntheticPage', () => {
  const files = syntheticContent(20);
  const pages = files.map(syntheticPage);

  it('renders Markdown links as the site does: the text is page text, the URL an attribute', () => {
    const withLinks = pages.filter((p) => p.html.includes('<a href="https://github.com/'));
    expect(withLinks.length).toBeGreaterThan(0);
    for (const page of pages) expect(page.html).not.toMatch(/\]\(https?:/);
    expect(withLinks[0]?.html).toMatch(
      /<a href="https:\/\/github\.com\/[\w-]+\/[\w-]+\/(issues|pull)\/\d+">[\w-]+\/[\w-]+#\d+<\/a>/,
    );
  });

  it('gives filters and metadata as attributes, with no text to be indexed as words', () => {
    for (const page of pages) {
      expect(page.html).toMatch(/data-pagefind-filter="type\[data-value\]" data-value="(incident|runbook)"/);
      expect(page.html).not.toMatch(/data-pagefind-(filter|meta)="[^"]*"[^>]*>[^<]/);
    }
  });
});
