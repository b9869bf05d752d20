import { describe, expect, it } from 'vitest';
import { pickSummaryLocale } from './pick-locale';

describe('the summary language for a browser', () => {
  it.each([
    [undefined, 'nl'],
    ['', 'nl'],
    ['ar-MA,ar;q=0.9,en;q=0.8', 'ar'],
    ['de-DE,de;q=0.9,tr;q=0.5', 'tr'],
    ['en;q=0.5,uk;q=0.9', 'uk'],
    ['pl-PL', 'pl'],
    ['fr-FR,fr;q=0.9', 'nl'],
    ['ar;q=0,en', 'en'],
    ['*', 'nl'],
    ['nl-BE;q=abc,en', 'en'],
  ])('reads %s as %s', (header, locale) => {
    expect(pickSummaryLocale(header)).toBe(locale);
  });
});
