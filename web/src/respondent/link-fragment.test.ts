import { describe, expect, it, vi } from 'vitest';
import { codeFromFragment, forgetFragment } from './link-fragment';

describe('code in the link fragment', () => {
  it('reads the code a letter link carries', () => {
    expect(codeFromFragment('#code=K7MX2QPA')).toBe('K7MX2QPA');
  });

  it('accepts the code typed in lower case or with a dash', () => {
    expect(codeFromFragment('#code=k7mx-2qpa')).toBe('K7MX2QPA');
  });

  it('ignores a fragment without a well-formed code', () => {
    expect(codeFromFragment('')).toBeUndefined();
    expect(codeFromFragment('#main')).toBeUndefined();
    expect(codeFromFragment('#code=O0I1O0I1')).toBeUndefined();
  });

  it('takes the fragment out of the address bar and keeps the path', () => {
    const history = { state: null, replaceState: vi.fn() } as unknown as History;
    forgetFragment({ hash: '#code=K7MX2QPA', pathname: '/s/abc', search: '' }, history);
    expect(history.replaceState).toHaveBeenCalledWith(null, '', '/s/abc');
  });
});
