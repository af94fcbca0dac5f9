/**
 * Time zones as people write them in incident reports.
 *
 * This is the only module that imports date-fns-tz. Zone labels such as `PST`
 * are not IANA names: date-fns-tz silently reads `BST` as Asia/Dhaka and `IST`
 * as India and gives Invalid Date for `CEST`, so labels are resolved through
 * the explicit table in `zone-labels.ts` before anything reaches date-fns-tz.
 */
import { formatInTimeZone } from 'date-fns-tz';
import { ZONE_LABELS, type LabelMeaning } from './zone-labels.ts';

/** A zone an instant can be written in: an IANA region, or a fixed UTC offset. */
export type Zone = { kind: 'iana'; name: string; label: string } | { kind: 'offset'; offsetMinutes: number; label: string };

/** A wall-clock reading with no zone attached. Months are 1-12. */
export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** The outcome of turning something a person wrote into a value, or why not. */
export type Result<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const fail = <T>(message: string): Result<T> => ({ ok: false, message });

const OFFSET_PATTERN = /^(?:(UTC|GMT)\s*)?([+\-\u2212])(\d{1,2})(?::?(\d{2}))?$/i;

const knownZones = new Map<string, boolean>();

/** True when `name` is a time zone the runtime's ICU database knows. Cached: asking ICU builds a formatter each time. */
export function isIanaZone(name: string): boolean {
  const cached = knownZones.get(name);
  if (cached !== undefined) return cached;
  let known = /^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/.test(name);
  if (known) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: name });
    } catch {
      known = false;
    }
  }
  knownZones.set(name, known);
  return known;
}

/** Formats a UTC offset in minutes as `+05:30`. */
export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${sign}${hh}:${mm}`;
}

function parseOffset(text: string): number | undefined {
  const m = OFFSET_PATTERN.exec(text.trim());
  if (!m) return undefined;
  const hours = Number(m[3]);
  const minutes = Number(m[4] ?? '0');
  if (hours > 14 || minutes > 59) return undefined;
  const sign = m[2] === '+' ? 1 : -1;
  return sign * (hours * 60 + minutes);
}

function describeMeanings(label: string, meanings: readonly LabelMeaning[]): string {
  const options = meanings
    .map((m) => `${m.name} (${formatOffset(m.offsetMinutes)}, e.g. ${m.zones[0] ?? 'an offset'})`)
    .join(', ');
  const names = meanings.flatMap((m) => m.zones.slice(0, 1));
  return (
    `zone "${label}" is ambiguous: it can mean ${options}; ` +
    `write an IANA name (${names.join(', ')}) or an offset such as ${formatOffset(meanings[0]?.offsetMinutes ?? 0)}`
  );
}

/**
 * Resolves a zone as written: an IANA name, a label from the table, `UTC+2`,
 * `GMT-07:00` or `+05:30`. `context` is the report's own zone, which settles
 * labels such as `IST` or `CST` that mean different things in different places.
 */
export function resolveZone(written: string, context?: Zone): Result<Zone> {
  const text = written.trim();
  if (text === '') return fail('zone is empty');
  const upper = text.toUpperCase();

  const meanings = ZONE_LABELS[upper];
  if (meanings) {
    const contextName = context?.kind === 'iana' ? context.name : undefined;
    const usual = meanings.find((m) => m.isDefault === true);
    let chosen: LabelMeaning | undefined;
    if (meanings.length === 1) {
      chosen = meanings[0];
    } else if (usual) {
      // A label with a usual reading (CST: North American Central) is refused
      // where the report's own zone points at another reading (Asia/Shanghai).
      const contradicted = contextName !== undefined && meanings.some((m) => m !== usual && m.zones.includes(contextName));
      if (contradicted)
        return fail(
          `${describeMeanings(upper, meanings)} (the report's zone ${contextName} says otherwise than the usual reading)`,
        );
      chosen = usual;
    } else {
      // A label with no usual reading (IST, BST) is read only where the report's zone settles it.
      const byContext = contextName ? meanings.filter((m) => m.zones.includes(contextName)) : [];
      chosen = byContext.length === 1 ? byContext[0] : undefined;
    }
    if (!chosen) {
      const hint = contextName ? ` (the report's zone ${contextName} does not settle it)` : '';
      return fail(describeMeanings(upper, meanings) + hint);
    }
    return ok({ kind: 'offset', offsetMinutes: chosen.offsetMinutes, label: upper });
  }

  if (upper === 'UTC' || upper === 'GMT' || upper === 'Z' || upper === 'ETC/UTC') {
    return ok({ kind: 'offset', offsetMinutes: 0, label: 'UTC' });
  }

  const offset = parseOffset(text);
  if (offset !== undefined) {
    return ok({ kind: 'offset', offsetMinutes: offset, label: formatOffset(offset) });
  }

  // Bare abbreviations that are not in the table must not fall through to
  // ICU, which would guess at them.
  if (/^[A-Z]{2,5}$/.test(text)) {
    return fail(
      `unknown zone label "${text}": use an IANA name such as Europe/Berlin, an offset such as +02:00, or one of ${Object.keys(ZONE_LABELS).join(', ')}`,
    );
  }

  if (text.includes('/') && isIanaZone(text)) {
    return ok({ kind: 'iana', name: text, label: text });
  }
  return fail(
    `unknown time zone "${text}": use an IANA name such as America/Los_Angeles or Europe/Berlin, or an offset such as -08:00`,
  );
}

// Asking ICU for an offset costs microseconds, and a build asks for hundreds
// of thousands (every timeline entry, and every list that shows an incident).
// Offsets change a few times a year at most, so they are kept per zone and
// UTC day: a day whose start, middle and end agree is taken to have no change
// in it (no zone's history has two changes that cancel out within twelve
// hours). A day with a change is kept per hour the same way, and an hour
// with a change in it is answered exactly, instant by instant.
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const KEPT = 100_000;
const dayOffsets = new Map<string, Map<number, number | null>>();
const hourOffsets = new Map<string, Map<number, number | null>>();

function exactOffset(zoneName: string, ms: number): number {
  // date-fns-tz's getTimezoneOffset reads its Date as a wall-clock time, which
  // is off by an hour next to a DST change; formatting the instant is exact.
  return parseOffset(formatInTimeZone(new Date(ms), zoneName, 'xxx')) ?? 0;
}

/** The offset that holds for the whole span of `length` ms from `index * length`, or null if it changes. */
function spanOffset(
  zoneName: string,
  memo: Map<string, Map<number, number | null>>,
  index: number,
  length: number,
): number | null {
  let spans = memo.get(zoneName);
  if (!spans) memo.set(zoneName, (spans = new Map<number, number | null>()));
  let known = spans.get(index);
  if (known === undefined) {
    const start = index * length;
    const first = exactOffset(zoneName, start);
    const same = first === exactOffset(zoneName, start + length / 2) && first === exactOffset(zoneName, start + length - 1);
    known = same ? first : null;
    if (spans.size >= KEPT) spans.clear();
    spans.set(index, known);
  }
  return known;
}

/** The offset from UTC, in minutes, that `zone` has at `instant`. */
export function offsetAt(zone: Zone, instant: Date): number {
  if (zone.kind === 'offset') return zone.offsetMinutes;
  const ms = instant.getTime();
  if (Number.isNaN(ms)) return 0;
  return (
    spanOffset(zone.name, dayOffsets, Math.floor(ms / DAY_MS), DAY_MS) ??
    spanOffset(zone.name, hourOffsets, Math.floor(ms / HOUR_MS), HOUR_MS) ??
    exactOffset(zone.name, ms)
  );
}

function localAsUtcMs(local: LocalDateTime): number {
  return Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
}

/** True when the numbers form a real calendar date and clock time. */
export function isValidLocal(local: LocalDateTime): boolean {
  const d = new Date(localAsUtcMs(local));
  return (
    d.getUTCFullYear() === local.year &&
    d.getUTCMonth() === local.month - 1 &&
    d.getUTCDate() === local.day &&
    local.hour >= 0 &&
    local.hour < 24 &&
    local.minute >= 0 &&
    local.minute < 60
  );
}

/**
 * The instant at which clocks in `zone` showed `local`. A wall-clock time that
 * never happened (skipped at a DST change) or happened twice (repeated at the
 * change back) is an error: only an explicit offset can settle it.
 */
export function toUtcInstant(local: LocalDateTime, zone: Zone): Result<Date> {
  if (!isValidLocal(local)) return fail(`${formatLocal(local)} is not a real date and time`);
  const asUtc = localAsUtcMs(local);
  if (zone.kind === 'offset') return ok(new Date(asUtc - zone.offsetMinutes * 60_000));

  const dayMs = 86_400_000;
  const candidates = new Set<number>([
    offsetAt(zone, new Date(asUtc - dayMs)),
    offsetAt(zone, new Date(asUtc)),
    offsetAt(zone, new Date(asUtc + dayMs)),
  ]);
  const matches = [...candidates]
    .map((offset) => asUtc - offset * 60_000)
    .filter((ms) => localAsUtcMs(toLocal(new Date(ms), zone)) === asUtc)
    .sort((a, b) => a - b);
  const unique = [...new Set(matches)];
  if (unique.length === 0) {
    return fail(
      `${formatLocal(local)} does not exist in ${zone.name} (the clocks skipped it at a daylight-saving change); give an offset such as ${formatOffset(offsetAt(zone, new Date(asUtc + dayMs)))}`,
    );
  }
  if (unique.length > 1) {
    const offsets = unique.map((ms) => formatOffset(Math.round((asUtc - ms) / 60_000)));
    return fail(
      `${formatLocal(local)} happened twice in ${zone.name} (clocks went back at a daylight-saving change); give the offset, ${offsets.join(' or ')}`,
    );
  }
  return ok(new Date(unique[0] as number));
}

/** The wall-clock reading of `instant` in `zone`. */
export function toLocal(instant: Date, zone: Zone): LocalDateTime {
  const shifted = new Date(instant.getTime() + offsetAt(zone, instant) * 60_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}

/** `2017-11-30 16:22`, for messages. */
export function formatLocal(local: LocalDateTime): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${local.year}-${p(local.month)}-${p(local.day)} ${p(local.hour)}:${p(local.minute)}`;
}

/** The short name readers expect beside a time in `zone` at `instant`: `PST`, `CEST`, `+05:30`. */
export function zoneAbbreviation(zone: Zone, instant: Date): string {
  if (zone.kind === 'offset') return zone.offsetMinutes === 0 ? 'UTC' : zone.label;
  const offset = offsetAt(zone, instant);
  const fromTable = LABEL_BY_ZONE_AND_OFFSET.get(`${zone.name} ${offset}`);
  if (fromTable) return fromTable;
  if (offset === 0 && /^(Etc\/)?(UTC|GMT|UCT|Zulu)$/i.test(zone.name)) return 'UTC';
  const short = formatInTimeZone(instant, zone.name, 'zzz');
  // ICU falls back to "GMT+2" where it knows no abbreviation; an offset reads better.
  return /^GMT[+-]/.test(short) ? formatOffset(offset) : short;
}

// Reverse index of the label table, so a time in America/Los_Angeles reads as
// PST or PDT whatever locale ICU was built with.
const LABEL_BY_ZONE_AND_OFFSET = new Map<string, string>();
for (const [label, meanings] of Object.entries(ZONE_LABELS)) {
  for (const meaning of meanings) {
    for (const name of meaning.zones) {
      const key = `${name} ${meaning.offsetMinutes}`;
      if (!LABEL_BY_ZONE_AND_OFFSET.has(key)) LABEL_BY_ZONE_AND_OFFSET.set(key, label);
    }
  }
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const two = (n: number) => String(n).padStart(2, '0');
/** The date-fns tokens the pages use, formatted from the wall-clock reading without a round trip through ICU. */
const FAST_TOKENS: Record<string, (l: LocalDateTime) => string> = {
  yyyy: (l) => String(l.year).padStart(4, '0'),
  MM: (l) => two(l.month),
  MMM: (l) => MONTHS[l.month - 1] ?? '',
  dd: (l) => two(l.day),
  d: (l) => String(l.day),
  HH: (l) => two(l.hour),
  mm: (l) => two(l.minute),
  EEE: (l) => WEEKDAYS[new Date(Date.UTC(l.year, l.month - 1, l.day)).getUTCDay()] ?? '',
};
// The tokens as alternatives, longest first, so `MMM` is never read as `MM` and `M`.
const TOKENS = Object.keys(FAST_TOKENS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const FAST_PATTERN = new RegExp(`^(?:${TOKENS}|[ \\-:,./])+$`);
const TOKEN = new RegExp(`${TOKENS}|[^]`, 'g');

// Each pattern is split into its parts once, not on every call.
const compiled = new Map<string, ((l: LocalDateTime) => string)[] | null>();
function compile(pattern: string): ((l: LocalDateTime) => string)[] | null {
  let parts = compiled.get(pattern);
  if (parts === undefined) {
    parts = FAST_PATTERN.test(pattern) ? (pattern.match(TOKEN) ?? []).map((token) => FAST_TOKENS[token] ?? (() => token)) : null;
    compiled.set(pattern, parts);
  }
  return parts;
}

/** Formats `instant` in `zone` with a date-fns pattern. */
export function formatInZone(instant: Date, zone: Zone, pattern: string): string {
  const parts = compile(pattern);
  if (parts && !Number.isNaN(instant.getTime())) {
    const local = toLocal(instant, zone);
    let text = '';
    for (const part of parts) text += part(local);
    return text;
  }
  if (zone.kind === 'iana') return formatInTimeZone(instant, zone.name, pattern);
  return formatInTimeZone(instant, formatOffset(zone.offsetMinutes), pattern);
}

/** The zone's name for display: the IANA name or the offset. */
export function zoneName(zone: Zone): string {
  return zone.kind === 'iana' ? zone.name : zone.label;
}
