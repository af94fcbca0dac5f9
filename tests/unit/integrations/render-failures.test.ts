import type { Loader, LoaderContext } from 'astro/loaders';
import { describe, expect, it, vi } from 'vitest';
import { renderFailures, watchRenderFailures } from '../../../src/integrations/render-failures.ts';

interface Entry {
  id: string;
  filePath?: string;
  rendered?: { html: string };
  deferredRender?: boolean;
}

/** A loader that stores `entries` and logs `logs` as Astro's glob loader would. */
function fakeLoader(entries: Entry[], logs: string[]): { loader: Loader; context: LoaderContext; logged: string[] } {
  const store = new Map(entries.map((e) => [e.id, e]));
  const logged: string[] = [];
  const logger = {
    error: (m: string) => logged.push(m),
    warn: vi.fn(),
    info: vi.fn(),
    debug: vi.fn(),
    label: 'glob-loader',
  };
  const context = {
    collection: 'incidents',
    logger,
    store: { values: () => [...store.values()] },
  } as unknown as LoaderContext;
  const loader: Loader = {
    name: 'fake-glob',
    load: async (ctx) => {
      for (const line of logs) ctx.logger.error(line);
      await Promise.resolve();
    },
  };
  return { loader, context, logged };
}

describe('watchRenderFailures', () => {
  it('records each Markdown entry left unrendered, with the reason the loader logged, and still logs it', async () => {
    const { loader, context, logged } = fakeLoader(
      [
        { id: 'ok', filePath: 'content/incidents/2024/ok.md', rendered: { html: '<p>x</p>' } },
        { id: 'bad', filePath: 'content/incidents/2024/bad.md' },
        { id: 'stale', filePath: 'content/incidents/2023/stale.md' },
        { id: 'mdx', filePath: 'content/incidents/2024/later.mdx', deferredRender: true },
      ],
      ['Error rendering incidents/2024/bad.md: URI malformed'],
    );
    await watchRenderFailures(loader).load(context);
    expect(renderFailures()).toEqual([
      { file: 'content/incidents/2024/bad.md', reason: 'URI malformed' },
      // Unchanged since a failed build: Astro keeps it unrendered and says nothing this time.
      { file: 'content/incidents/2023/stale.md', reason: undefined },
    ]);
    expect(logged).toEqual(['Error rendering incidents/2024/bad.md: URI malformed']);
  });

  it("forgets a collection's failures once its files render, and keeps the loader itself", async () => {
    const failing = fakeLoader([{ id: 'bad', filePath: 'content/incidents/bad.md' }], []);
    await watchRenderFailures(failing.loader).load(failing.context);
    expect(renderFailures().map((f) => f.file)).toContain('content/incidents/bad.md');
    const fixed = fakeLoader([{ id: 'bad', filePath: 'content/incidents/bad.md', rendered: { html: '' } }], []);
    const watched = watchRenderFailures(fixed.loader);
    await watched.load(fixed.context);
    expect(renderFailures()).toEqual([]);
    expect(watched.name).toBe('fake-glob');
  });
});
