/**
 * Works out a plain report's zone from what its authors wrote: an "All times
 * in …" line, or the zone labels on its timeline headings. Labels name an
 * offset, but a report needs a region so daylight saving is applied to bare
 * times; each label maps to the region whose people use it.
 */
import { isIanaZone, resolveZone } from '../timezone.ts';

/** The zone chosen and, when it was not written plainly, what was guessed. */
export interface ZoneInference {
  zone?: string;
  guess?: string;
  /** Where it came from, for the import summary. */
  from?: string;
}

const REGION_OF_LABEL: Record<string, string> = {
  PST: 'America/Los_Angeles',
  PDT: 'America/Los_Angeles',
  MST: 'America/Denver',
  MDT: 'America/Denver',
  CST: 'America/Chicago',
  CDT: 'America/Chicago',
  EST: 'America/New_York',
  EDT: 'America/New_York',
  GMT: 'Europe/London',
  BST: 'Europe/London',
  WET: 'Europe/Lisbon',
  WEST: 'Europe/Lisbon',
  CET: 'Europe/Berlin',
  CEST: 'Europe/Berlin',
  EET: 'Europe/Helsinki',
  EEST: 'Europe/Helsinki',
  JST: 'Asia/Tokyo',
  AEST: 'Australia/Sydney',
  AEDT: 'Australia/Sydney',
  UTC: 'UTC',
};

const REGION_OF_WORDS: [RegExp, string][] = [
  [/\bpacific\b/i, 'America/Los_Angeles'],
  [/\bmountain\b/i, 'America/Denver'],
  [/\beastern (?:standard |daylight )?time\b|\bUS\/Eastern\b/i, 'America/New_York'],
  [/\bcentral european\b/i, 'Europe/Berlin'],
  [/\bbritish\b|\blondon\b/i, 'Europe/London'],
];

/** A city named in the text (`Zurich time`) as its IANA zone. */
function cityZone(text: string): string | undefined {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return zones.find((zone) => {
    const city = zone.split('/').pop()?.replace(/_/g, ' ');
    return city && city.length > 3 && new RegExp(`\\b${city}\\b`, 'i').test(text);
  });
}

/** The zone of an "All times in …" phrase. */
export function zoneFromDeclaration(phrase: string): ZoneInference {
  const text = phrase.trim();
  const from = `"All times in ${text}"`;
  if (text.includes('/') && isIanaZone(text)) return { zone: text, from };
  const city = cityZone(text);
  if (city) return { zone: city, from, guess: `"${text}" names ${city.split('/').pop()}: using ${city}` };
  // A label wins over an offset written beside it ("CET (GMT+1)"), but GMT or
  // UTC followed by an offset is the offset ("GMT+2").
  const labels = [...text.matchAll(/\b([A-Z]{2,5})\b(?!\s*[+\-\u2212]\s*\d)/g)].map((m) => m[1] as string);
  const label = labels.find((l) => REGION_OF_LABEL[l]);
  if (label) {
    const zone = REGION_OF_LABEL[label] as string;
    return { zone, from, guess: `"${label}" is a label, not a region: using ${zone}, so daylight saving applies to bare times` };
  }
  const offset = /\b(?:UTC|GMT)\s*([+\-\u2212]\s*\d{1,2}(?::?\d{2})?)/i.exec(text)?.[1];
  if (offset) {
    const resolved = resolveZone(`UTC${offset.replace(/\s/g, '')}`);
    if (resolved.ok && resolved.value.kind === 'offset')
      return { zone: resolved.value.label, from, guess: `"${text}" read as the fixed offset ${resolved.value.label}` };
  }
  for (const [words, zone] of REGION_OF_WORDS) {
    if (words.test(text)) return { zone, from, guess: `"${text}" read as ${zone}` };
  }
  return {};
}

/** The report's zone: from its "All times in …" line, else from zone labels on its timeline headings. */
export function inferZone(source: string, headingZones: string[]): ZoneInference {
  const declared = /^\s*all times (?:are )?in:?\s+(.+?)\s*\.?\s*$/im.exec(source)?.[1];
  if (declared) {
    const inferred = zoneFromDeclaration(declared);
    if (inferred.zone) return inferred;
  }
  const label = headingZones.map((z) => z.toUpperCase()).find((z) => REGION_OF_LABEL[z]);
  if (label) {
    const zone = REGION_OF_LABEL[label] as string;
    return {
      zone,
      from: `the ${label} on its timeline headings`,
      guess: `no "All times in" line: using ${zone} from the ${label} labels on its headings`,
    };
  }
  return declared ? { guess: `cannot tell which zone "All times in ${declared}" means` } : {};
}
