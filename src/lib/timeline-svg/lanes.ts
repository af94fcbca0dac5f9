/** Puts labels in rows so that no two in a row overlap. */

/** A label's horizontal extent. */
export interface Extent {
  x: number;
  width: number;
}

/**
 * The row of each label, in input order. Labels are taken left to right and
 * each goes into the first row whose last label ends, with `gap` to spare,
 * before it starts; a new row is opened when none has room.
 */
export function assignLanes(items: readonly Extent[], gap: number): number[] {
  const order = items.map((item, index) => ({ item, index })).sort((a, b) => a.item.x - b.item.x || a.index - b.index);
  const rowEnds: number[] = [];
  const lanes = new Array<number>(items.length).fill(0);
  for (const { item, index } of order) {
    let row = rowEnds.findIndex((end) => end + gap <= item.x);
    if (row < 0) {
      row = rowEnds.length;
      rowEnds.push(0);
    }
    rowEnds[row] = item.x + item.width;
    lanes[index] = row;
  }
  return lanes;
}
