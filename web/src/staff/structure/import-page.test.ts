import { describe, expect, it } from 'vitest';
import { toBase64 } from './import-page';

describe('the import file as base64', () => {
  it('matches the standard encoding, also past one slice of 32 kB', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7) % 256);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(toBase64(new TextEncoder().encode('ikc;locatie\nIKC Café;Zuid'))).toBe(
      Buffer.from('ikc;locatie\nIKC Café;Zuid').toString('base64'),
    );
  });
});
