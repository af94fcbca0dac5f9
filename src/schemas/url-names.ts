/**
 * Names the site turns into URLs, and the characters each kind may hold. A
 * name that cannot be one path segment (`team/NodeDown`, `db(1)`, `x#y`) would
 * pass a lax check and then fail the build half-way or drop its page, so each
 * is refused where it is written, with a name that would do instead.
 */
import { z } from 'astro/zod';
import { slugify } from '../lib/scaffold/slugify.ts';

/** Ids (file names), runbook aliases, services and tags: lower-case, as they are matched and served in lower case. */
export const SLUG_NAME = /^[a-z0-9][a-z0-9._-]*$/;
const SLUG_RULE = 'may hold only letters, digits, ".", "_" and "-", and must start with a letter or digit';

/**
 * Alert names keep their case and the characters alerting systems use
 * (`KubePodCrashLooping`, `etcd:HighNumberOfFailedGRPCRequests`); every link
 * to `/alerts/<name>/` encodes them with `encodeURIComponent`. A leading "."
 * is refused so no name can be "." or "..".
 */
export const ALERT_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.:-]*$/;
const ALERT_RULE = 'may hold only letters A-Z and a-z, digits, "_", ".", ":" and "-", and must start with a letter, digit or "_"';

/** Step anchors (`#cordon-the-node`): what heading slugs hold, in any script, and no "#", "/", "?", "%" or space. */
export const ANCHOR_NAME = /^[\p{L}\p{N}_-][\p{L}\p{M}\p{N}_.-]*$/u;
const ANCHOR_RULE = 'may hold only letters, digits, ".", "_" and "-" (no "#", "/", "?", "%" or spaces)';

/** The slug of a name that is not one, when there is one to offer. */
function suggestion(text: string, suggested: string): string {
  return suggested && suggested !== text ? `; write "${suggested}"` : '';
}

/** Why `text` cannot be a slug name, with the slug to write instead; undefined when it is one. */
export function slugNameProblem(text: string): string | undefined {
  return SLUG_NAME.test(text) ? undefined : `"${text}" ${SLUG_RULE}${suggestion(text, slugify(text))}`;
}

/** Why `text` cannot be an alert name, with a name to write instead; undefined when it is one. */
export function alertNameProblem(text: string): string | undefined {
  if (ALERT_NAME.test(text)) return undefined;
  const suggested = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9_.:-]+/g, '_')
    .replace(/^[.:-]+/, '');
  return `alert "${text}" ${ALERT_RULE}${suggestion(text, suggested)}`;
}

/** Why `text` cannot be a step anchor, with one to write instead; undefined when it is one. */
export function anchorNameProblem(text: string): string | undefined {
  if (ANCHOR_NAME.test(text)) return undefined;
  const suggested = text
    .replace(/^#+/, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{M}\p{N}_.-]+/gu, '')
    .replace(/^\.+/, '');
  return `anchor "${text}" ${ANCHOR_RULE}${suggestion(text, suggested)}`;
}

/** Adds an issue to `ctx` when `check` finds a problem with `value`. */
const refineWith = (check: (text: string) => string | undefined) => (value: string, ctx: z.RefinementCtx) => {
  const problem = check(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
};

/** A short lower-case name used in URLs: services, tags, runbook ids. */
export const slugName = z
  .string()
  .trim()
  .min(1, { error: 'must not be empty' })
  .transform((s) => s.toLowerCase())
  .superRefine(refineWith(slugNameProblem));

/** An alert name, exactly as the alerting system sends it. */
export const alertName = z.string().trim().min(1, { error: 'must not be empty' }).superRefine(refineWith(alertNameProblem));

/** A step anchor, without its "#". */
export const anchorName = z.string().trim().min(1, { error: 'must not be empty' }).superRefine(refineWith(anchorNameProblem));
