import { privacyTextProblems } from '@driehoek/shared';
import { describe, expect, it } from 'vitest';
import { loadPrivacyTexts } from './privacy';

describe('privacy statement texts', () => {
  it('have every sentence in all six parents’ languages, with the same placeholders as the Dutch', () => {
    expect(privacyTextProblems(loadPrivacyTexts())).toEqual([]);
  });

  it('name the file when it does not fit', () => {
    expect(() => loadPrivacyTexts({ 'privacy/v9.json': { version: 'x' } })).toThrow(/privacy\/v9\.json: version/);
  });
});
