import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { watchRenderFailures } from './integrations/render-failures.ts';
import { CONTENT_PATTERNS, idFromPath } from './lib/content/content-file.ts';
import { incidentSchema } from './schemas/incident.ts';
import { runbookSchema } from './schemas/runbook.ts';
import { CONTENT_DIR } from './site.config.ts';

const byFileName = ({ entry }: { entry: string }) => idFromPath(entry);

const incidents = defineCollection({
  // Watched, because the glob loader publishes a file it cannot render without its body.
  loader: watchRenderFailures(glob({ pattern: CONTENT_PATTERNS.incidents, base: CONTENT_DIR, generateId: byFileName })),
  schema: incidentSchema,
});

const runbooks = defineCollection({
  loader: watchRenderFailures(glob({ pattern: CONTENT_PATTERNS.runbooks, base: CONTENT_DIR, generateId: byFileName })),
  schema: runbookSchema,
});

export const collections = { incidents, runbooks };
