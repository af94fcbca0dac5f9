/** The markup for a prose time: the original inside <time>, converted times beside it. */
import type { Zone } from '../timezone.ts';
import { displayTime } from '../time-display.ts';
import { findProseTimes } from './find-prose-times.ts';
import { placeProseTime, type PlacementContext } from './place-prose-time.ts';

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** `<time datetime="…">0:59 CET</time> (15:59 PST · 23:59 UTC)` for one placed time. */
export function proseTimeHtml(written: string, instant: Date, zone: Zone): string {
  const local = displayTime(instant, zone);
  const converted = `${local.local} · ${local.utc}`;
  return (
    `<time class="prose-time" datetime="${instant.toISOString()}" title="${escapeHtml(`${local.localDate} ${converted}`)}">${escapeHtml(written)}</time>` +
    `<span class="prose-time-converted"> (${escapeHtml(converted)})</span>`
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
