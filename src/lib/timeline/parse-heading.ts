/**
 * Reads one timeline heading the way people write them: `2017-11-30 16:22 PST`,
 * `16:59 PST`, `17:07`, `4:27`, `5:32 PM`, `~13:30-13:45`, `Sep 27 2017 13:06`,
 * `Feb 21, 13:00`, `19. April, 11:00`, `07:30am - First report`,
 * `22:52 (maybe earlier?)`, `2X:XX (not sure exact time)`, `2018-01-15`.
 *
 * Only the text is read here; which day and zone a bare time belongs to is
 * settled by `resolveTimeline`, which knows the entries before it.
 */
import { MILESTONES, type Milestone } from '../milestones/milestone.ts';
import { splitExplicitId } from '../markdown/explicit-id.ts';
import { ZONE_LABELS } from '../zone-labels.ts';

/** A calendar day as written; the year may be left out (`Feb 21`). */
export interface WrittenDate {
  year?: number;
  month: number;
  day: number;
}

/** A clock time as written, already in 24-hour form. */
export interface WrittenTime {
  hour: number;
  minute: number;
}

/** What a timeline heading says. */
export interface ParsedHeading {
  date?: WrittenDate;
  /** Absent for a date-only heading; `unknown` for `2X:XX`. */
  time?: WrittenTime | 'unknown';
  /** The end of a range such as `8:20 - 8:24`. */
  endTime?: WrittenTime;
  /** The zone exactly as written, if any. */
  zone?: string;
  /** `~`, `ca.`, `(maybe earlier?)` and the like. */
  approximate: boolean;
  /** A parenthesised remark after the time, kept for readers. */
  note?: string;
  /** Text after the time, such as `First report` in `07:30am - First report`. */
  title?: string;
  /** Milestones this entry marks, from a trailing `[detected]`. */
  milestones: Milestone[];
}

export type ParseHeadingResult = { ok: true; value: ParsedHeading } | { ok: false; message: string };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_WORD = '(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?=$|[\sT,])[T,]?\s*/;
const MONTH_DAY_YEAR = new RegExp(`^${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?![\\d:])[,\\s]*`, 'i');
const MONTH_DAY = new RegExp(`^${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])[,\\s]*`, 'i');
const DAY_MONTH = new RegExp(`^(\\d{1,2})(?:\\.|st|nd|rd|th)?\\s+${MONTH_WORD}(?:\\s+(\\d{4})(?![\\d:]))?[,\\s]*`, 'i');
const APPROX_PREFIX = /^(~|≈|ca\.?(?=\s|\d)|circa\b|approx\.?(?=\s|\d)|approximately\b|about\b|around\b)\s*/i;
const TIME = /^(\d{1,2})[:.](\d{2})(?::(\d{2}))?(?:\s*([ap])\.?\s*m\.?)?(?![\d])/i;
const BARE_HOUR_AMPM = /^(\d{1,2})\s*([ap])\.?\s*m\.?(?![a-z])/i;
const UNKNOWN_TIME = /^([\dX?]{1,2}):([\dX?]{2})(?![\d])/i;
const RANGE_SEPARATOR = /^\s*(?:-|–|—|to\b|until\b)\s*/i;
const MARKS = /\s*\[([a-z ,]+)\]\s*$/i;
const UNCERTAIN =
  /\?|\bmaybe\b|\bapprox|\babout\b|\baround\b|\broughly\b|\bnot sure\b|\bunsure\b|\bestimated?\b|\bcirca\b|\bca\.|\bor so\b/i;
const ZONE_TOKEN =
  /^\(?((?:UTC|GMT)\s*[+\-\u2212]\s*\d{1,2}(?::?\d{2})?|[+\-\u2212]\d{2}:?\d{2}|[A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+|[A-Z]{1,5})\)?(?=$|[\s,;)\-–—[(])/;

function monthIndex(word: string): number {
  return MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
}

function readTime(text: string): { time: WrittenTime; rest: string; error?: string } | undefined {
  const m = TIME.exec(text);
  if (m) {
    let hour = Number(m[1]);
    const minute = Number(m[2]);
    const half = m[4]?.toLowerCase();
    let error: string | undefined;
    if (half) {
      // `17:14pm` says the same thing twice; a 12-hour suffix only changes hours 1-12.
      if (hour >= 1 && hour <= 12) hour = (hour % 12) + (half === 'p' ? 12 : 0);
      else if (hour === 0 || (half === 'a' && hour > 12)) error = `"${m[0].trim()}" is not a real clock time`;
    }
    if (hour > 23 || minute > 59) error = `"${m[0].trim()}" is not a real clock time`;
    return { time: { hour, minute }, rest: text.slice(m[0].length), ...(error ? { error } : {}) };
  }
  const b = BARE_HOUR_AMPM.exec(text);
  if (b) {
    const hour = Number(b[1]);
    if (hour < 1 || hour > 12) return { time: { hour, minute: 0 }, rest: '', error: `"${b[0]}" is not a real clock time` };
    return { time: { hour: (hour % 12) + (b[2]?.toLowerCase() === 'p' ? 12 : 0), minute: 0 }, rest: text.slice(b[0].length) };
  }
  return undefined;
}

/** Takes `- 8:24` or `to 18:00` off the front of `text` when it ends a range. */
function readRange(text: string): ReturnType<typeof readTime> {
  const separator = RANGE_SEPARATOR.exec(text);
  return separator ? readTime(text.slice(separator[0].length).replace(/^~\s*/, '')) : undefined;
}

/** Takes a zone off the front of `text` when it is one; a word that is not a zone is left for the title. */
function readZone(text: string): { zone: string; rest: string } | undefined {
  const m = ZONE_TOKEN.exec(text);
  if (!m?.[1]) return undefined;
  const token = m[1];
  const after = text.slice(m[0].length);
  const isKnownLabel = Object.hasOwn(ZONE_LABELS, token.toUpperCase()) && token === token.toUpperCase();
  const looksLikeOffset = /\d/.test(token);
  const looksLikeIana = token.includes('/');
  // An unknown all-caps word counts as a zone only when nothing follows it,
  // so `16:59 OOM kills proxy` keeps its title.
  const standsAlone = /^\s*(?:$|[-–—[(])/.test(after);
  if (isKnownLabel || looksLikeOffset || looksLikeIana || (standsAlone && /^[A-Z]{2,5}$/.test(token))) {
    return { zone: token.replace(/\s+/g, ''), rest: after };
  }
  return undefined;
}

function readDate(text: string): { date: WrittenDate; rest: string } | undefined {
  let m = ISO_DATE.exec(text);
  if (m) return { date: { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }, rest: text.slice(m[0].length) };
  m = MONTH_DAY_YEAR.exec(text);
  if (m?.[1]) return { date: { year: Number(m[3]), month: monthIndex(m[1]), day: Number(m[2]) }, rest: text.slice(m[0].length) };
  m = MONTH_DAY.exec(text);
  if (m?.[1]) return { date: { month: monthIndex(m[1]), day: Number(m[2]) }, rest: text.slice(m[0].length) };
  m = DAY_MONTH.exec(text);
  if (m?.[2]) {
    return {
      date: { ...(m[3] ? { year: Number(m[3]) } : {}), month: monthIndex(m[2]), day: Number(m[1]) },
      rest: text.slice(m[0].length),
    };
  }
  return undefined;
}

/** Splits trailing `[detected]` or `[mitigated, resolved]` marks off a heading. */
function readMarks(text: string): { marks: Milestone[]; rest: string } | { error: string } {
  const marks: Milestone[] = [];
  let rest = text;
  for (let m = MARKS.exec(rest); m; m = MARKS.exec(rest)) {
    const words = (m[1] ?? '')
      .split(',')
      .map((w) => w.trim().toLowerCase())
      .filter(Boolean);
    const known = words.filter((w): w is Milestone => (MILESTONES as readonly string[]).includes(w));
    // A bracketed remark that names no milestone is left in the text.
    if (known.length === 0) break;
    if (known.length !== words.length) {
      const unknown = words.filter((w) => !known.includes(w as Milestone));
      return { error: `unknown milestone "${unknown.join(', ')}": use ${MILESTONES.join(', ')}` };
    }
    marks.unshift(...known);
    rest = rest.slice(0, m.index);
  }
  return { marks, rest };
}

/** Reads a timeline heading's text, or says why it cannot. */
export function parseTimelineHeading(heading: string): ParseHeadingResult {
  const original = heading.trim();
  const marked = readMarks(splitExplicitId(original).text);
  if ('error' in marked) return { ok: false, message: marked.error };
  let rest = marked.rest.trim();
  const result: ParsedHeading = { approximate: false, milestones: marked.marks };

  const approxAtStart = APPROX_PREFIX.exec(rest);
  if (approxAtStart) {
    result.approximate = true;
    rest = rest.slice(approxAtStart[0].length);
  }

  const date = readDate(rest);
  if (date) {
    const { month, day } = date.date;
    if (month < 1 || month > 12 || day < 1 || day > 31) return { ok: false, message: `"${original}" does not hold a real date` };
    result.date = date.date;
    rest = date.rest;
    const approx = APPROX_PREFIX.exec(rest);
    if (approx) {
      result.approximate = true;
      rest = rest.slice(approx[0].length);
    }
  }

  const time = readTime(rest);
  if (time) {
    if (time.error) return { ok: false, message: time.error };
    result.time = time.time;
    rest = time.rest;
    // `17:00-18:00` is a range, `16:22 -08:00` a time with an offset.
    const offsetFollows = /^\s+[+\-\u2212]\d{2}:?\d{2}(?!\d)/.test(rest);
    if (offsetFollows || !readRange(rest)) {
      const zone = readZone(rest.trimStart());
      if (zone) {
        result.zone = zone.zone;
        rest = zone.rest;
      }
    }
    const range = readRange(rest);
    if (range) {
      if (range.error) return { ok: false, message: range.error };
      result.endTime = range.time;
      rest = range.rest;
      const zone = readZone(rest.trimStart());
      if (zone) {
        if (result.zone && result.zone !== zone.zone) {
          return { ok: false, message: `a range must start and end in the same zone ("${result.zone}" and "${zone.zone}")` };
        }
        result.zone = zone.zone;
        rest = zone.rest;
      }
    }
  } else {
    const unknown = UNKNOWN_TIME.exec(rest);
    if (unknown && /[X?]/i.test(unknown[0])) {
      result.time = 'unknown';
      rest = rest.slice(unknown[0].length);
    } else if (!result.date) {
      return {
        ok: false,
        message: `"${original}" does not start with a time or date (write e.g. "16:59", "2017-11-30 16:22 PST" or "Feb 21, 13:00")`,
      };
    } else {
      // A date-only heading may still name a zone, as in `2018-01-15 (PST)`.
      const zone = readZone(rest.trimStart());
      if (zone) {
        result.zone = zone.zone;
        rest = zone.rest;
      }
    }
  }

  const paren = /^\s*\(([^)]*)\)/.exec(rest);
  if (paren) {
    const remark = (paren[1] ?? '').trim();
    result.note = remark;
    if (result.time === 'unknown' || UNCERTAIN.test(remark)) result.approximate = true;
    rest = rest.slice(paren[0].length);
  }

  const title = rest.replace(/^[\s\-–—:|,.]+/, '').trim();
  if (title) {
    if (result.time === undefined && !result.date)
      return { ok: false, message: `"${original}" does not start with a time or date` };
    result.title = title;
  }
  return { ok: true, value: result };
}
