/** The markup for a prose time: the original inside <time>, converted times beside it. */
import type { Zone } from '../timezone.ts';
import { displayTime } from '../time-display.ts';
import { findProseTimes } from './find-prose-times.ts';
import { placeProseTime, type PlacementContext } from './place-prose-time.ts';

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** True when the author already wrote the time as it is shown (`17:21 PST` in a PST report). */
function writtenAs(written: string, shown: string, date: string): boolean {
  const flat = written.replace(/\s+/g, ' ').trim().toLowerCase();
  return flat === shown.toLowerCase() || flat === `${date} ${shown}`.toLowerCase();
}

/**
 * `<time datetime="…">0:59 CET</time> (15:59 PST · 23:59 UTC)` for one placed
 * time. A conversion the author already wrote is left out, so `17:21 PST` in
 * a PST report gains only `(01:21 UTC)`, and `10:00 UTC` in a UTC one nothing.
 */
export function proseTimeHtml(written: string, instant: Date, zone: Zone): string {
  const local = displayTime(instant, zone);
  const converted = `${local.local} · ${local.utc}`;
  const shown = [
    ...(writtenAs(written, local.local, local.localDate) ? [] : [local.local]),
    ...(writtenAs(written, local.utc, local.utcDate) || local.utc === local.local ? [] : [local.utc]),
  ];
  return (
    `<time class="prose-time" datetime="${instant.toISOString()}" title="${escapeHtml(`${local.localDate} ${converted}`)}">${escapeHtml(written)}</time>` +
    (shown.length > 0 ? `<span class="prose-time-converted"> (${escapeHtml(shown.join(' · '))})</span>` : '')
  );
}

/** Plain text with its zoned times marked up; everything else escaped. */
export function textWithProseTimes(text: string, context: PlacementContext): string {
  let html = '';
  let at = 0;
  for (const time of findProseTimes(text)) {
    const placed = placeProseTime(time, context);
    if (!placed.ok) continue;
    html += escapeHtml(text.slice(at, time.index)) + proseTimeHtml(time.text, placed.instant, context.zone);
    at = time.index + time.text.length;
  }
  return html + escapeHtml(text.slice(at));
}
