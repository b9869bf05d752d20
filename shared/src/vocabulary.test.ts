import { describe, expect, it } from 'vitest';
import { AUDIENCE_NL, countOf, instrumentName } from './vocabulary';

describe('the shared vocabulary', () => {
  it('names professionals "medewerkers" and questionnaires without their keys', () => {
    expect(AUDIENCE_NL.professionals).toBe('medewerkers');
    expect(instrumentName('professionals')).toBe('Vragenlijst medewerkers');
    expect(instrumentName('parents')).toBe('Vragenlijst ouders');
    expect(instrumentName('mg-phone')).toBe('Mystery guest: Telefoon');
    expect(instrumentName('iets-nieuws')).toBe('iets-nieuws');
  });

  it('puts a count’s noun in the right number', () => {
    expect(countOf(1, 'doel', 'doelen')).toBe('1 doel');
    expect(countOf(0, 'doel', 'doelen')).toBe('0 doelen');
    expect(countOf(2, 'doel', 'doelen')).toBe('2 doelen');
  });
});
