/** Calendar periods for counting incidents: months or quarters. */

/** The unit incidents are grouped by. */
export type PeriodUnit = 'month' | 'quarter';

/** `2017-11` or `2017-Q4` for a `YYYY-MM-DD` day. */
export function periodOf(day: string, unit: PeriodUnit): string {
  const year = day.slice(0, 4);
  const month = Number(day.slice(5, 7));
  return unit === 'month' ? `${year}-${String(month).padStart(2, '0')}` : `${year}-Q${Math.ceil(month / 3)}`;
}

function parts(key: string, unit: PeriodUnit): [number, number] {
  const year = Number(key.slice(0, 4));
  return [year, unit === 'month' ? Number(key.slice(5, 7)) : Number(key.slice(6))];
}

/** Every period from `first` to `last` inclusive, with none left out, so quiet periods show as zero. */
export function periodsBetween(first: string, last: string, unit: PeriodUnit): string[] {
  const perYear = unit === 'month' ? 12 : 4;
  let [year, index] = parts(first, unit);
  const [lastYear, lastIndex] = parts(last, unit);
  const keys: string[] = [];
  while (year < lastYear || (year === lastYear && index <= lastIndex)) {
    keys.push(unit === 'month' ? `${year}-${String(index).padStart(2, '0')}` : `${year}-Q${index}`);
    index += 1;
    if (index > perYear) {
      index = 1;
      year += 1;
    }
  }
  return keys;
}

/** Months while the record spans two years or less, quarters beyond, so a chart never has more than about 24 bars per two years. */
export function chooseUnit(firstDay: string, lastDay: string): PeriodUnit {
  const months =
    (Number(lastDay.slice(0, 4)) - Number(firstDay.slice(0, 4))) * 12 +
    Number(lastDay.slice(5, 7)) -
    Number(firstDay.slice(5, 7));
  return months <= 24 ? 'month' : 'quarter';
}
