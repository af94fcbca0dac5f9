/**
 * Copies of a built site's pages, for measuring search at sizes Astro cannot
 * build on one machine (100,000 incidents need some 30 GB): each copy of a
 * page gets a name of its own and its dates moved by whole decades, so the
 * copies fall into bundles of their own as a larger knowledge base's would.
 */

import { SYNTHETIC_YEARS } from './synthetic-content.ts';

const { first: FIRST_YEAR, count: YEARS } = SYNTHETIC_YEARS;

const DATE = /(?<!\d)(\d{4})-(\d\d)-(\d\d)(?!\d)/g;

/** `text` with every date of the generated reports' years moved `copy` decades on; copy 0 is the text itself. */
export function shiftDates(text: string, copy: number): string {
  if (copy === 0) return text;
  return text.replace(DATE, (whole, year: string, month: string, day: string) => {
    const y = Number(year);
    return y >= FIRST_YEAR && y < FIRST_YEAR + YEARS ? `${y + YEARS * copy}-${month}-${day}` : whole;
  });
}

/** The folder name of a copy of a page: an incident's dated name moves with its dates; a runbook gains a suffix. */
export function copyName(kind: 'incidents' | 'runbooks', name: string, copy: number): string {
  if (copy === 0) return name;
  return kind === 'incidents' ? shiftDates(name, copy) : `${name}-copy-${copy}`;
}
