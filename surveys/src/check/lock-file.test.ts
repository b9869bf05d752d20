import { describe, expect, it } from 'vitest';
import { addToLock, canonicalJson, contentHash } from './lock-file';

describe('the lock file', () => {
  it('hashes content, not formatting or key order', () => {
    expect(canonicalJson({ b: [1, { d: 2, c: 'x' }], a: null })).toBe('{"a":null,"b":[1,{"c":"x","d":2}]}');
    expect(contentHash({ a: 1, b: 2 })).toBe(contentHash({ b: 2, a: 1 }));
    expect(contentHash({ a: 1 })).not.toBe(contentHash({ a: 2 }));
  });

  it('adds unpublished files and never rewrites a published hash', () => {
    const lock = { about: 'x', published: { 'a/v1.json': `sha256:${'0'.repeat(64)}` } };
    const next = addToLock(
      [
        { path: 'a/v1.json', json: { changed: true } },
        { path: 'b/v1.json', json: { b: 1 } },
      ],
      lock,
    );
    expect(next.published['a/v1.json']).toBe(lock.published['a/v1.json']);
    expect(next.published['b/v1.json']).toBe(contentHash({ b: 1 }));
  });
});
