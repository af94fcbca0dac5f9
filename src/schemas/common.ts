/** Field types shared by the incident and runbook schemas. */
import { z } from 'astro/zod';
import { slugName } from './url-names.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * A calendar day, `YYYY-MM-DD`. YAML parsers disagree on whether an unquoted
 * date is a string or a Date (at UTC midnight), so both are read back to the
 * same text.
 */
export const calendarDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: 'must be a date written YYYY-MM-DD' })
    .regex(ISO_DATE, { error: 'must be a date written YYYY-MM-DD' })
    .refine(isRealDate, { error: 'is not a real calendar date' }),
);

/** A short lower-case name used in URLs: services, tags, runbook ids. */
export { slugName };

/** A list of slug names; a single value is accepted as a list of one. */
export const slugList = z.preprocess(
  (value) => (typeof value === 'string' ? [value] : value),
  z.array(slugName, { error: 'must be a list' }),
);

/** A list of free-text names (people, teams). */
export const nameList = z.preprocess(
  (value) => (typeof value === 'string' ? [value] : value),
  z.array(z.string().trim().min(1, { error: 'must not be empty' }), { error: 'must be a list' }),
);

/** Published pages appear on the site; drafts are checked but not published. */
export const publicationStatus = z.enum(['draft', 'published'], {
  error: 'must be "draft" or "published"',
});
