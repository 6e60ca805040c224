import { describe, expect, it, vi } from 'vitest';
import { groupBy } from '../src/internal/group-by.js';

describe('groupings (quotesIn, citationsOf, …) are built on first use, once', () => {
  it('groupBy builds its groups on the first call and reuses them', () => {
    const knownKeys = vi.fn(() => ['x', 'y', 'z']);
    const records = [{ k: ['x'] }, { k: ['x', 'y'] }];
    const readRecords = vi.fn(() => records);
    const find = groupBy(readRecords, (r) => r.k, knownKeys);
    expect(knownKeys).not.toHaveBeenCalled();
    expect(readRecords).not.toHaveBeenCalled();
    expect(find('x')).toEqual(records);
    expect(find('y')).toEqual([records[1]]);
    expect(find('z')).toEqual([]);
    expect(Object.isFrozen(find('z'))).toBe(true);
    expect(find('w')).toBeUndefined();
    expect(find({})).toBeUndefined();
    expect(knownKeys).toHaveBeenCalledTimes(1);
    expect(readRecords).toHaveBeenCalledTimes(1);
  });
});
