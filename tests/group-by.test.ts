import { describe, expect, it, vi } from 'vitest';
import { groupBy, groupOf } from '../src/internal/group-by.js';

describe('groupings (quotesIn, citationsOf, …) are built once per frozen array of records', () => {
  const records = Object.freeze([Object.freeze({ k: ['x'] }), Object.freeze({ k: ['x', 'y'] })]);
  const known = (key: string) => ['x', 'y', 'z'].includes(key);

  it('groups a record under each of its keys, in the records’ order, each group frozen', () => {
    const groups = groupBy((r: { k: readonly string[] }) => r.k)(records);
    expect(groups.get('x')).toEqual([records[0], records[1]]);
    expect(groups.get('y')).toEqual([records[1]]);
    expect([...groups.values()].every((group) => Object.isFrozen(group))).toBe(true);
  });

  it('a known key with no records gives a frozen [], an unknown key or a non-string undefined', () => {
    const groups = groupBy((r: { k: readonly string[] }) => r.k)(records);
    expect(groupOf(groups, 'z', known)).toEqual([]);
    expect(Object.isFrozen(groupOf(groups, 'z', known))).toBe(true);
    expect(groupOf(groups, 'w', known)).toBeUndefined();
    expect(groupOf(groups, {}, known)).toBeUndefined();
    // a key the records use but the data does not know is unknown all the same
    expect(groupOf(groups, 'x', () => false)).toBeUndefined();
  });

  it('is built on the first call, once for a frozen array, afresh for an unfrozen one', () => {
    const keysOf = vi.fn((r: { k: readonly string[] }) => r.k);
    const group = groupBy(keysOf);
    expect(keysOf).not.toHaveBeenCalled();
    expect(group(records)).toBe(group(records));
    expect(keysOf).toHaveBeenCalledTimes(2);
    const open = [{ k: ['x'] }];
    const first = group(open);
    open.push({ k: ['y'] });
    expect(group(open).get('y')).toEqual([{ k: ['y'] }]);
    expect(first.get('y')).toBeUndefined();
  });
});
