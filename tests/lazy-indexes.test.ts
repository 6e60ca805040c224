import { describe, expect, it, vi } from 'vitest';
import { groupBy } from '../src/internal/group-by.js';
import { lookupIn } from '../src/internal/lookup-in.js';

describe('lookups and groupings are built on first use, once', () => {
  it('lookupIn builds its map on the first call and reuses it', () => {
    const records = [{ id: 'a' }, { id: 'b' }];
    const map = vi.spyOn(records, 'map');
    const find = lookupIn(records);
    expect(map).not.toHaveBeenCalled();
    expect(find('b')).toBe(records[1]);
    expect(find('zzz')).toBeUndefined();
    expect(find(42)).toBeUndefined();
    expect(map).toHaveBeenCalledTimes(1);
  });

  it('lookupIn answers a non-string without building anything', () => {
    const records = [{ id: 'a' }];
    const map = vi.spyOn(records, 'map');
    expect(lookupIn(records)(null)).toBeUndefined();
    expect(map).not.toHaveBeenCalled();
  });

  it('groupBy builds its groups on the first call and reuses them', () => {
    const knownKeys = vi.fn(() => ['x', 'y', 'z']);
    const records = [{ k: ['x'] }, { k: ['x', 'y'] }];
    const find = groupBy(records, (r) => r.k, knownKeys);
    expect(knownKeys).not.toHaveBeenCalled();
    expect(find('x')).toEqual(records);
    expect(find('y')).toEqual([records[1]]);
    expect(find('z')).toEqual([]);
    expect(Object.isFrozen(find('z'))).toBe(true);
    expect(find('w')).toBeUndefined();
    expect(find({})).toBeUndefined();
    expect(knownKeys).toHaveBeenCalledTimes(1);
  });
});
