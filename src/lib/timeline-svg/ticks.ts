/** Axis ticks at round times in the incident's zone, with UTC alongside. */
import { formatInZone, toLocal, zoneAbbreviation, type Zone } from '../timezone.ts';
import type { TimeScale } from './time-scale.ts';

/** One labelled tick. */
export interface Tick {
  x: number;
  iso: string;
  /** `16:30 PST`, with the date in front where the day changes (`Dec 1 00:30 PST`). */
  local: string;
  /** `00:30 UTC` */
  utc: string;
  /** How the labels hang from the tick, so the first and last stay inside the chart. */
  anchor: 'start' | 'middle' | 'end';
}

const LABEL_CHAR_WIDTH = 6.2;

/** The horizontal span a tick's labels take. */
export function extent(tick: Tick): [number, number] {
  const width = Math.max(tick.local.length, tick.utc.length) * LABEL_CHAR_WIDTH;
  if (tick.anchor === 'start') return [tick.x, tick.x + width];
  if (tick.anchor === 'end') return [tick.x - width, tick.x];
  return [tick.x - width / 2, tick.x + width / 2];
}

const STEPS_MINUTES = [1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440];
const UTC: Zone = { kind: 'offset', offsetMinutes: 0, label: 'UTC' };

/** Ticks for each stretch drawn to scale, at least `minSpacing` apart. */
export function axisTicks(scale: TimeScale, zone: Zone, minSpacing = 90): Tick[] {
  const ticks: Tick[] = [];
  let lastDay = '';
  for (const run of scale.runs) {
    const minutes = (run.to.getTime() - run.from.getTime()) / 60_000;
    const pxPerMinute = minutes > 0 ? (run.x1 - run.x0) / minutes : 0;
    const step = STEPS_MINUTES.find((s) => s * pxPerMinute >= minSpacing) ?? 2880;
    const local = toLocal(run.from, zone);
    const minuteOfDay = local.hour * 60 + local.minute;
    const firstOffset = (step - (minuteOfDay % step)) % step;
    const start = run.from.getTime() - (run.from.getTime() % 60_000) + firstOffset * 60_000;
    const candidates = minutes > 0 ? [] : [run.from.getTime()];
    for (let t = start; t <= run.to.getTime(); t += step * 60_000) candidates.push(t);
    if (candidates.length === 0) candidates.push(run.from.getTime());
    for (const t of candidates) {
      const instant = new Date(t);
      const x = scale.x(instant);
      const day = formatInZone(instant, zone, 'yyyy-MM-dd');
      const time = `${formatInZone(instant, zone, 'HH:mm')} ${zoneAbbreviation(zone, instant)}`;
      const local = day === lastDay ? time : `${formatInZone(instant, zone, 'MMM d')} ${time}`;
      const tick: Tick = {
        x,
        iso: instant.toISOString(),
        local,
        utc: `${formatInZone(instant, UTC, 'HH:mm')} UTC`,
        anchor: x < minSpacing * 0.75 ? 'start' : x > scale.width - minSpacing * 0.75 ? 'end' : 'middle',
      };
      const previous = ticks.at(-1);
      // Skip a tick whose label would run into the one before it.
      if (previous && extent(previous)[1] + 8 > extent(tick)[0]) continue;
      ticks.push(tick);
      lastDay = day;
    }
  }
  return ticks;
}
