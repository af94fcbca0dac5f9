/** The report-wide time zone field. */
import { z } from 'astro/zod';
import { resolveZone } from '../lib/timezone.ts';

/**
 * An IANA name (`America/Los_Angeles`), an offset (`+05:30`) or an unambiguous
 * label from the zone table (`CET`). Kept as written; `resolveZone` turns it
 * into a zone where it is used.
 */
export const timeZoneField = z
  .string({ error: 'is required: name the zone the report is written in, e.g. America/Los_Angeles' })
  .trim()
  .superRefine((value, ctx) => {
    const zone = resolveZone(value);
    if (!zone.ok) ctx.addIssue({ code: 'custom', message: zone.message });
  });
