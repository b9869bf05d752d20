import { describe, expect, it } from 'vitest';
import { findNul } from './text-guard';

describe('findNul', () => {
  it('names the path of the first string or key holding U+0000', () => {
    expect(findNul({ a: 'ok', b: [1, 'x', { c: 'y\u0000' }] })).toBe('b.2.c');
    expect(findNul({ 'k\u0000ey': 1 })).toBe('key');
    expect(findNul('\u0000')).toBe('');
  });

  it('finds nothing in clean values, numbers, nulls and a typed backslash-u0000', () => {
    expect(findNul({ a: 'C:\\u0000', b: null, c: 3, d: [true] })).toBeUndefined();
    expect(findNul(undefined)).toBeUndefined();
  });
});
