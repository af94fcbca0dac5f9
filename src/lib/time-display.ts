/** How times are shown to readers: in the incident's zone, with UTC beside it. */
import { formatInZone, zoneAbbreviation, type Zone } from './timezone.ts';

/** The pieces a `<time>` element needs. */
export interface DisplayTime {
  /** ISO 8601 UTC, for the `datetime` attribute. */
  iso: string;
  /** `16:59 PST` */
  local: string;
  /** `2017-11-30` in the zone. */
  localDate: string;
  /** `00:59 UTC` */
  utc: string;
  /** `2017-12-01` in UTC. */
  utcDate: string;
}

const UTC: Zone = { kind: 'offset', offsetMinutes: 0, label: 'UTC' };

/** Splits an instant into what readers see. */
export function displayTime(instant: Date, zone: Zone): DisplayTime {
  return {
    iso: instant.toISOString(),
    local: `${formatInZone(instant, zone, 'HH:mm')} ${zoneAbbreviation(zone, instant)}`,
    localDate: formatInZone(instant, zone, 'yyyy-MM-dd'),
    utc: `${formatInZone(instant, UTC, 'HH:mm')} UTC`,
    utcDate: formatInZone(instant, UTC, 'yyyy-MM-dd'),
  };
}

/** `Thu 30 Nov 2017`, in the zone. */
export function longDate(instant: Date, zone: Zone): string {
  return formatInZone(instant, zone, 'EEE d MMM yyyy');
}
