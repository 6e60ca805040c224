import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../src/internal/deep-freeze.js';
import { unfrozenPaths } from './support/integrity.js';

describe('deepFreeze', () => {
  it('freezes arrays, objects and everything nested in them, and returns the same value', () => {
    const shared = { locator: { start: 1, end: 2 } };
    const value = { list: [shared, [shared, { deep: [{ x: 1 }] }]], again: shared };
    expect(unfrozenPaths(value, 'value').length).toBeGreaterThan(0);
    expect(deepFreeze(value)).toBe(value);
    expect(unfrozenPaths(value, 'value')).toEqual([]);
    expect(() => {
      (value.list[1] as { deep: { x: number }[] }[])[1]!.deep[0]!.x = 2;
    }).toThrow(TypeError);
  });

  it('passes primitives and null through', () => {
    for (const primitive of [null, undefined, 0, 'text', true]) expect(deepFreeze(primitive)).toBe(primitive);
  });
});

describe('deepFreeze and inherited keys', () => {
  it('freezes own values only, never what a prototype lends', () => {
    const lent = { shared: true };
    const value = Object.assign(Object.create({ lent }) as { lent: object }, { own: { x: 1 } });
    deepFreeze(value);
    expect(Object.isFrozen((value as unknown as { own: object }).own)).toBe(true);
    expect(Object.isFrozen(lent)).toBe(false);
  });
});
