/** The frontmatter of an incident report. */
import { z } from 'astro/zod';
import { calendarDate, nameList, publicationStatus, slugList } from './common.ts';
import { milestoneField } from './milestone.ts';
import { timeZoneField } from './time-zone.ts';

/** How bad it was, from sev1 (worst) to sev5. */
export const SEVERITIES = ['sev1', 'sev2', 'sev3', 'sev4', 'sev5'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const severity = z.preprocess(
  (value) => (typeof value === 'string' ? value.trim().toLowerCase().replace(/^sev-/, 'sev') : value),
  z.enum(SEVERITIES, { error: `must be one of ${SEVERITIES.join(', ')}` }),
);

/** An action item written in frontmatter rather than in the Action items section. */
export const frontmatterActionItem = z.strictObject({
  /** What is to be done. */
  title: z.string().trim().min(1),
  /** The area of work it belongs to (a sub-heading of Action items, when written in the body). */
  area: z.string().trim().min(1).optional(),
  /** Who is on the hook for it. */
  owner: z.string().trim().min(1).optional(),
  /** prevent, mitigate, detect, process or other; inferred from the area when absent. */
  type: z.enum(['prevent', 'mitigate', 'detect', 'process', 'other']).optional(),
  /** P0 (most urgent) … P4. */
  priority: z
    .string()
    .trim()
    .regex(/^P[0-4]$/, { error: 'must be P0, P1, P2, P3 or P4' })
    .optional(),
  /** When it is due, YYYY-MM-DD. */
  due: calendarDate.optional(),
  /** Issue or pull request URLs, or `owner/repo#123` references, that track it. */
  links: z.array(z.string().trim().min(1)).default([]),
});

export const incidentSchema = z.strictObject({
  /** What happened, in a line. */
  title: z.string({ error: 'is required: the report needs a title' }).trim().min(1, { error: 'must not be empty' }),
  /** The day the incident began, in its own zone. */
  date: calendarDate,
  /** The zone the report's times are written in when a time carries no zone of its own. */
  timezone: timeZoneField,
  /** sev1 (worst) … sev5; unrated when absent. */
  severity: severity.optional(),
  /** Services that were affected, as short names. */
  services: slugList.default([]),
  /** Free tags, as short names. */
  tags: slugList.default([]),
  /** Who wrote the report. */
  authors: nameList.default([]),
  /** Drafts are validated but not published. */
  status: publicationStatus.default('published'),
  /** One or two sentences for lists and feeds. */
  summary: z.string().trim().min(1).optional(),
  /** Who was affected, and how. */
  impact: z.string().trim().min(1).optional(),
  /** When it began, when given here rather than marked on a timeline entry. */
  started: milestoneField.optional(),
  /** When someone noticed. */
  detected: milestoneField.optional(),
  /** When users stopped being hurt. */
  mitigated: milestoneField.optional(),
  /** When it was over. */
  resolved: milestoneField.optional(),
  /** Ids of runbooks that apply to this incident. */
  runbooks: slugList.default([]),
  /**
   * `strict` (the default): a timeline entry written out of order is an error.
   * `as-written`: kept in place with a warning, for imported reports whose
   * authors' order must not be changed.
   */
  timeline_order: z.enum(['strict', 'as-written'], { error: 'must be "strict" or "as-written"' }).default('strict'),
  /** Action items, when not written in the body. */
  action_items: z.array(frontmatterActionItem).default([]),
});

/** Incident frontmatter after validation and defaults. */
export type IncidentFrontmatter = z.output<typeof incidentSchema>;
