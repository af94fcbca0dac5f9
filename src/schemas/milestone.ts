/** A milestone instant written in frontmatter. */
import { z } from 'astro/zod';

/**
 * `2017-11-30 16:22 PST`, `16:22` (on the report's date, in its zone) or an
 * ISO 8601 instant. YAML may already have read an ISO timestamp as a Date.
 * Read into an instant by `deriveMilestones`, which knows the report's zone.
 */
export const milestoneField = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString() : value),
  z.string({ error: 'must be a time such as "2017-11-30 16:22 PST"' }).trim().min(1),
);
