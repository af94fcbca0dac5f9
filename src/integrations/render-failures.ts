/**
 * Astro's glob loader does not stop on a Markdown file it cannot render: it
 * logs one line, stores the entry without its body, and the build publishes
 * that page with the report missing and exits 0. The checker catches the
 * causes it knows of (src/integrations/image-check.ts); this catches the
 * rest, so the content-check integration can stop the build, naming the file,
 * before anything is written.
 */
import type { Loader } from 'astro/loaders';

/** A content file Astro could not render, and why when Astro said. */
export interface RenderFailure {
  /** Path of the file, relative to the project root, as Astro stores it. */
  file: string;
  reason: string | undefined;
}

// The loaders run inside Vite's module runner and the integration's hooks in
// Node's own module graph: they share no module state, only the process.
const KEY = Symbol.for('hindsight.render-failures');

// By collection, so a load that runs again (as in `astro dev`) replaces its own.
function registry(): Map<string, RenderFailure[]> {
  const holder = globalThis as { [KEY]?: Map<string, RenderFailure[]> };
  return (holder[KEY] ??= new Map<string, RenderFailure[]>());
}

/** The files the loaders of this process could not render, at their last load. */
export function renderFailures(): RenderFailure[] {
  return [...registry().values()].flat();
}

// The glob loader's line: "Error rendering incidents/2024/x.md: URI malformed".
const RENDER_ERROR = /^Error rendering (.+?): ([\s\S]*)$/;

/** The loader, made to record every Markdown entry it leaves unrendered. */
export function watchRenderFailures(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      const reasons = new Map<string, string>();
      const logger = new Proxy(context.logger, {
        get(target, property, receiver) {
          if (property === 'error')
            return (message: string) => {
              const m = RENDER_ERROR.exec(message);
              if (m) reasons.set(m[1] ?? '', m[2] ?? '');
              target.error(message);
            };
          const value: unknown = Reflect.get(target, property, receiver);
          return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
        },
      });
      await loader.load({ ...context, logger });
      // Every entry is looked at, not only those rendered now: one that failed in an
      // earlier build and has not changed since is kept by Astro as it was, unrendered.
      const failures: RenderFailure[] = [];
      for (const entry of context.store.values()) {
        if (entry.rendered || entry.deferredRender || !entry.filePath || !/\.md$/i.test(entry.filePath)) continue;
        const file = entry.filePath;
        const reason = [...reasons].find(([path]) => file.endsWith(path))?.[1];
        failures.push({ file, reason });
      }
      registry().set(context.collection, failures);
    },
  };
}
