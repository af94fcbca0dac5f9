/** The frontmatter of a runbook. */
import { z } from 'astro/zod';
import { calendarDate, nameList, publicationStatus, slugList } from './common.ts';
import { alertName, anchorName, slugName } from './url-names.ts';

const REVIEW_INTERVAL = /^(\d+)\s*(d|w|m|y)$/i;

/** How often a runbook must be re-read: `90d`, `12w`, `6m`, `1y`. */
export const reviewInterval = z
  .string({ error: 'must be an interval such as 90d, 12w, 6m or 1y' })
  .trim()
  .regex(REVIEW_INTERVAL, { error: 'must be an interval such as 90d, 12w, 6m or 1y' });

export const runbookSchema = z.strictObject({
  /** What the runbook is for, in a line. */
  title: z.string({ error: 'is required: the runbook needs a title' }).trim().min(1, { error: 'must not be empty' }),
  /** One sentence for lists. */
  summary: z.string().trim().min(1).optional(),
  /** Services it applies to, as short names. */
  services: slugList.default([]),
  /** Alert names, exactly as the alerting system sends them. */
  alerts: z.array(alertName).default([]),
  /** The person or team that keeps it current. */
  owner: z.string().trim().min(1).optional(),
  /** When someone last checked that it still works. */
  last_reviewed: calendarDate.optional(),
  /** How often it must be reviewed. */
  review_every: reviewInterval.optional(),
  /** Free tags, as short names. */
  tags: slugList.default([]),
  /** Who wrote it. */
  authors: nameList.default([]),
  /** Ids (or /runbooks/<id>/ paths) this runbook was published under before; each becomes a redirect here. */
  aliases: z
    .array(
      z
        .string()
        .trim()
        .transform((v) => v.replace(/^\/?runbooks\//, '').replace(/\/$/, ''))
        .pipe(slugName),
    )
    .default([]),
  /** Old step anchors and the anchors they are now (`cordon: cordon-the-node`), resolved on the page. */
  anchor_aliases: z.record(anchorName, anchorName).default({}),
  /** Drafts are validated but not published. */
  status: publicationStatus.default('published'),
});

/** Runbook frontmatter after validation and defaults. */
export type RunbookFrontmatter = z.output<typeof runbookSchema>;
