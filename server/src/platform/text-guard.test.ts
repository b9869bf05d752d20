import { describe, expect, it } from 'vitest';
import { findTextProblem, MAX_JSON_DEPTH } from './text-guard';

const nested = (depth: number, leaf: unknown = 1): unknown => {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};

describe('findTextProblem', () => {
  it('names the path of the first string or key holding U+0000', () => {
    expect(findTextProblem({ a: 'ok', b: [1, 'x', { c: 'y\u0000' }] })).toEqual({ path: 'b.2.c', reason: 'nul' });
    expect(findTextProblem({ 'k\u0000ey': 1 })).toEqual({ path: 'key', reason: 'nul' });
    expect(findTextProblem('\u0000')).toEqual({ path: '', reason: 'nul' });
  });

  it('names a lone surrogate in a value or a key, high or low', () => {
    expect(findTextProblem({ a: ['ok', 'x\ud800'] })).toEqual({ path: 'a.1', reason: 'surrogate' });
    expect(findTextProblem({ b: '\udc00y' })).toEqual({ path: 'b', reason: 'surrogate' });
    expect(findTextProblem({ '\ud83d': 1 })?.reason).toBe('surrogate');
  });

  it('accepts emoji and other well-formed pairs', () => {
    expect(findTextProblem({ a: '🙂 مرحبا', '👍': ['Привіт'] })).toBeUndefined();
  });

  it('refuses nesting past the limit without overflowing the stack, even at 100,000 levels', () => {
    expect(findTextProblem(nested(MAX_JSON_DEPTH - 1))).toBeUndefined();
    expect(findTextProblem(nested(MAX_JSON_DEPTH + 1))?.reason).toBe('depth');
    expect(findTextProblem(JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`))?.reason).toBe('depth');
  });

  it('reports the first problem in document order', () => {
    expect(findTextProblem({ a: 'x\u0000', b: 'y\ud800' })).toEqual({ path: 'a', reason: 'nul' });
  });

  it('finds nothing in clean values, numbers, nulls and a typed backslash-u0000', () => {
    expect(findTextProblem({ a: 'C:\\u0000', b: null, c: 3, d: [true] })).toBeUndefined();
    expect(findTextProblem(undefined)).toBeUndefined();
  });
});
