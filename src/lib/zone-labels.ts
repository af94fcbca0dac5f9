/**
 * The zone labels Hindsight accepts, each with the fixed offset it stands for.
 *
 * A label names an offset, not a region: `PST` is always −08:00, even when
 * written in July. Labels that stand for more than one offset list every
 * meaning, with the IANA zones where that meaning is used, so the report's own
 * zone can settle which one the author meant.
 */

/** One thing a label can stand for. */
export interface LabelMeaning {
  /** What the label means here, for messages. */
  name: string;
  /** The offset from UTC, in minutes. */
  offsetMinutes: number;
  /** IANA zones whose people write this label; the first is suggested in messages. */
  zones: readonly string[];
  /**
   * The usual reading (North American Central for `CST`), taken unless the
   * report's zone points at another meaning, in which case the label is refused.
   * Labels without a usual reading (`IST`, `BST`) are read only where the
   * report's zone settles them.
   */
  isDefault?: boolean;
}

const US_PACIFIC = ['America/Los_Angeles', 'America/Vancouver', 'America/Tijuana', 'US/Pacific'];
const US_MOUNTAIN = ['America/Denver', 'America/Phoenix', 'America/Edmonton', 'America/Boise', 'US/Mountain'];
const US_CENTRAL = ['America/Chicago', 'America/Winnipeg', 'America/Mexico_City', 'US/Central'];
const US_EASTERN = ['America/New_York', 'America/Toronto', 'America/Detroit', 'US/Eastern'];
const UK = ['Europe/London', 'Europe/Belfast', 'Europe/Guernsey', 'Europe/Isle_of_Man', 'Europe/Jersey'];
const WESTERN_EUROPE = ['Europe/Lisbon', 'Atlantic/Canary', 'Atlantic/Madeira', 'Atlantic/Faroe'];
const CENTRAL_EUROPE = [
  'Europe/Berlin',
  'Europe/Paris',
  'Europe/Zurich',
  'Europe/Amsterdam',
  'Europe/Brussels',
  'Europe/Vienna',
  'Europe/Rome',
  'Europe/Madrid',
  'Europe/Stockholm',
  'Europe/Oslo',
  'Europe/Copenhagen',
  'Europe/Prague',
  'Europe/Warsaw',
  'Europe/Budapest',
  'Europe/Luxembourg',
  'Europe/Belgrade',
  'Europe/Zagreb',
  'Europe/Ljubljana',
  'Europe/Bratislava',
  'Europe/Malta',
  'Europe/Monaco',
  'Africa/Algiers',
  'Africa/Tunis',
];
const EASTERN_EUROPE = [
  'Europe/Helsinki',
  'Europe/Athens',
  'Europe/Bucharest',
  'Europe/Sofia',
  'Europe/Riga',
  'Europe/Tallinn',
  'Europe/Vilnius',
  'Europe/Kiev',
  'Europe/Kyiv',
  'Africa/Cairo',
  'Asia/Beirut',
];
const AUSTRALIA_EAST = [
  'Australia/Sydney',
  'Australia/Melbourne',
  'Australia/Brisbane',
  'Australia/Hobart',
  'Australia/Canberra',
];

const single = (name: string, offsetMinutes: number, zones: readonly string[]): LabelMeaning[] => [
  { name, offsetMinutes, zones },
];

/** Every accepted label, upper-case. */
export const ZONE_LABELS: Readonly<Record<string, readonly LabelMeaning[]>> = {
  UTC: single('Coordinated Universal Time', 0, ['UTC', 'Etc/UTC']),
  GMT: single('Greenwich Mean Time', 0, ['Europe/London', 'UTC', 'Etc/GMT']),
  Z: single('Coordinated Universal Time', 0, ['UTC']),
  PST: single('Pacific Standard Time', -480, US_PACIFIC),
  PDT: single('Pacific Daylight Time', -420, US_PACIFIC),
  MST: single('Mountain Standard Time', -420, US_MOUNTAIN),
  MDT: single('Mountain Daylight Time', -360, US_MOUNTAIN),
  CST: [
    { name: 'Central Standard Time (North America)', offsetMinutes: -360, zones: US_CENTRAL, isDefault: true },
    {
      name: 'China Standard Time',
      offsetMinutes: 480,
      zones: ['Asia/Shanghai', 'Asia/Chongqing', 'Asia/Harbin', 'Asia/Macau', 'Asia/Taipei', 'PRC'],
    },
    { name: 'Cuba Standard Time', offsetMinutes: -300, zones: ['America/Havana', 'Cuba'] },
  ],
  CDT: [
    { name: 'Central Daylight Time (North America)', offsetMinutes: -300, zones: US_CENTRAL, isDefault: true },
    { name: 'Cuba Daylight Time', offsetMinutes: -240, zones: ['America/Havana', 'Cuba'] },
  ],
  EST: single('Eastern Standard Time (North America)', -300, US_EASTERN),
  EDT: single('Eastern Daylight Time (North America)', -240, US_EASTERN),
  AKST: single('Alaska Standard Time', -540, ['America/Anchorage']),
  AKDT: single('Alaska Daylight Time', -480, ['America/Anchorage']),
  HST: single('Hawaii Standard Time', -600, ['Pacific/Honolulu']),
  WET: single('Western European Time', 0, WESTERN_EUROPE),
  WEST: single('Western European Summer Time', 60, WESTERN_EUROPE),
  CET: single('Central European Time', 60, CENTRAL_EUROPE),
  CEST: single('Central European Summer Time', 120, CENTRAL_EUROPE),
  EET: single('Eastern European Time', 120, EASTERN_EUROPE),
  EEST: single('Eastern European Summer Time', 180, EASTERN_EUROPE),
  MSK: single('Moscow Time', 180, ['Europe/Moscow']),
  JST: single('Japan Standard Time', 540, ['Asia/Tokyo']),
  KST: single('Korea Standard Time', 540, ['Asia/Seoul']),
  HKT: single('Hong Kong Time', 480, ['Asia/Hong_Kong']),
  SGT: single('Singapore Time', 480, ['Asia/Singapore']),
  AEST: single('Australian Eastern Standard Time', 600, AUSTRALIA_EAST),
  AEDT: single('Australian Eastern Daylight Time', 660, AUSTRALIA_EAST),
  ACST: single('Australian Central Standard Time', 570, ['Australia/Adelaide', 'Australia/Darwin']),
  ACDT: single('Australian Central Daylight Time', 630, ['Australia/Adelaide']),
  AWST: single('Australian Western Standard Time', 480, ['Australia/Perth']),
  NZST: single('New Zealand Standard Time', 720, ['Pacific/Auckland']),
  NZDT: single('New Zealand Daylight Time', 780, ['Pacific/Auckland']),
  IST: [
    { name: 'India Standard Time', offsetMinutes: 330, zones: ['Asia/Kolkata', 'Asia/Calcutta'] },
    { name: 'Irish Standard Time', offsetMinutes: 60, zones: ['Europe/Dublin'] },
    { name: 'Israel Standard Time', offsetMinutes: 120, zones: ['Asia/Jerusalem', 'Asia/Tel_Aviv'] },
  ],
  BST: [
    { name: 'British Summer Time', offsetMinutes: 60, zones: UK },
    { name: 'Bangladesh Standard Time', offsetMinutes: 360, zones: ['Asia/Dhaka'] },
  ],
  AST: [
    {
      name: 'Atlantic Standard Time',
      offsetMinutes: -240,
      zones: ['America/Halifax', 'America/Puerto_Rico', 'Atlantic/Bermuda'],
    },
    { name: 'Arabia Standard Time', offsetMinutes: 180, zones: ['Asia/Riyadh', 'Asia/Baghdad', 'Asia/Kuwait', 'Asia/Qatar'] },
  ],
};
