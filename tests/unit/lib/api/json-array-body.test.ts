import { constants } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { jsonArrayBody } from '../../../../src/lib/api/json-array-body.ts';

describe('jsonArrayBody', () => {
  it.each([
    ['no items', []],
    ['one object', [{ id: 'a', n: 1 }]],
    ['nested objects, arrays and strings with new lines', [{ a: [1, { b: 'x\ny' }], c: {} }, [], 'text', 3, null]],
    ['values JSON writes as null inside an array', [undefined, () => 1, { kept: undefined }]],
  ])('writes %s exactly as JSON.stringify with two-space indent does', async (_, items: unknown[]) => {
    expect(await jsonArrayBody(items).text()).toBe(JSON.stringify(items, null, 2) + '\n');
  });

  it('writes a list longer than the longest string JavaScript can hold', async () => {
    const big = 'x'.repeat(100_000_000);
    const items = Array.from({ length: 6 }, (_, i) => ({ id: i, text: big }));
    expect(() => JSON.stringify(items, null, 2)).toThrow(RangeError);
    const body = jsonArrayBody(items);
    expect(body.size).toBeGreaterThan(constants.MAX_STRING_LENGTH);
    // The last item closes the array.
    expect(await body.slice(body.size - 40).text()).toMatch(/x"\n  }\n]\n$/);
    // Writing 600 MB takes about 4 s here, close to the default limit on a busy machine.
  }, 30_000);
});
