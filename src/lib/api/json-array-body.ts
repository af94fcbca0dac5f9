/**
 * A JSON array as the bytes `JSON.stringify(items, null, 2) + '\n'` would
 * give, written item by item. The incidents API holds every timeline of
 * every incident: about 100 MB at 10,000 incidents, so at 100,000 one string
 * of it would pass what a JavaScript string can hold (about 512 MB) and
 * stop the build. A Blob of one piece per item has no such limit.
 */
export function jsonArrayBody(items: readonly unknown[]): Blob {
  if (items.length === 0) return new Blob(['[]\n']);
  const parts: string[] = ['[\n'];
  items.forEach((item, i) => {
    // Stringified inside an array of its own, the item comes out indented as it
    // is inside the whole array (and `undefined` as `null`), so only the
    // brackets are cut off: re-indenting each line took three times as long.
    const text = JSON.stringify([item], null, 2);
    parts.push(text.slice(2, -2), i < items.length - 1 ? ',\n' : '\n');
  });
  parts.push(']\n');
  return new Blob(parts);
}
