/**
 * Finds times written with a zone in a report's prose: `0:59 CET`,
 * `14:05 UTC`, `2017-11-30 16:22 PST`, `Nov 30 14:05 UTC`, `5:32 pm PDT`.
 * A time without a zone is left alone: in prose there is no telling which
 * zone it is in.
 */
import { ZONE_LABELS } from '../zone-labels.ts';

/** A time found in prose, with where it is in the text. */
export interface ProseTime {
  /** The text as written, date and zone included. */
  text: string;
  /** Offset of the match in the searched text. */
  index: number;
  date?: { year?: number; month: number; day: number };
  hour: number;
  minute: number;
  /** The zone exactly as written. */
  zone: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const LABELS = Object.keys(ZONE_LABELS)
  .filter((label) => label.length > 1)
  .sort((a, b) => b.length - a.length)
  .join('|');
const PROSE_TIME = new RegExp(
  String.raw`(?<![\w:/.=&?-])` +
    String.raw`(?:(?<iso>\d{4}-\d{2}-\d{2})[ T]|(?<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? (?<day>\d{1,2})(?:,? (?<year>\d{4}))?,? )?` +
    String.raw`(?<hour>\d{1,2}):(?<minute>\d{2})(?:\s?(?<half>[ap])\.?m\.?)?` +
    String.raw`\s?(?<zone>(?:UTC|GMT)\s?[+\-\u2212]\s?\d{1,2}(?::?\d{2})?|${LABELS})(?![\w+-])`,
  'gi',
);

/** Every zoned time in `text`, in order. Impossible clock times are skipped. */
export function findProseTimes(text: string): ProseTime[] {
  const found: ProseTime[] = [];
  for (const m of text.matchAll(PROSE_TIME)) {
    const g = m.groups ?? {};
    const zone = g['zone'] ?? '';
    // Labels must be written in capitals in prose ("est" is a word, "EST" a zone).
    if (/^[a-z]/i.test(zone) && zone !== zone.toUpperCase()) continue;
    let hour = Number(g['hour']);
    const minute = Number(g['minute']);
    const half = g['half']?.toLowerCase();
    if (half && hour >= 1 && hour <= 12) hour = (hour % 12) + (half === 'p' ? 12 : 0);
    if (hour > 23 || minute > 59) continue;
    let date: ProseTime['date'];
    if (g['iso']) {
      const [year, month, day] = g['iso'].split('-').map(Number) as [number, number, number];
      date = { year, month, day };
    } else if (g['mon']) {
      date = {
        month: MONTHS.indexOf(g['mon'].slice(0, 3).toLowerCase()) + 1,
        day: Number(g['day']),
        ...(g['year'] ? { year: Number(g['year']) } : {}),
      };
    }
    found.push({ text: m[0], index: m.index, ...(date ? { date } : {}), hour, minute, zone: zone.replace(/\s+/g, '') });
  }
  return found;
}

/**
 * False when no text of this Markdown can hold a zoned time, so the renderer
 * can skip a report without building its model. Errs towards true: heading
 * lines are left out (their times are never converted), and emphasis marks
 * and character references are read as spaces, as they never join a time's
 * parts.
 */
export function mayHaveProseTimes(markdown: string): boolean {
  const prose = markdown
    .replace(/^ {0,3}#{1,6}(?:[ \t].*)?$/gm, '')
    .replace(/[*_~`]/g, ' ')
    .replace(/&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/gi, ' ');
  return findProseTimes(prose).length > 0;
}
