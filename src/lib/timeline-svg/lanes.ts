/** Puts labels in rows so that no two in a row overlap. */

/** A label's horizontal extent. */
export interface Extent {
  x: number;
  width: number;
}

/**
 * The row of each label, in input order. Labels are taken in input order (the
 * timeline's order) and each goes into the first row where it overlaps no
 * label, with `gap` to spare; a new row is opened when none has room. Taking
 * them by position instead put a later entry above an earlier one wherever
 * labels were pushed left by the chart's edge.
 */
export function assignLanes(items: readonly Extent[], gap: number): number[] {
  const rows: Extent[][] = [];
  return items.map((item) => {
    const fits = (row: Extent[]) =>
      row.every((other) => item.x + item.width + gap <= other.x || other.x + other.width + gap <= item.x);
    let row = rows.findIndex(fits);
    if (row < 0) {
      row = rows.length;
      rows.push([]);
    }
    rows[row]?.push(item);
    return row;
  });
}
