import { describe, expect, it } from 'vitest';
import { detailText, TARGET_NL } from './audit-page';

describe('the audit log', () => {
  it('says stored keys in Dutch: statuses, roles, audiences and what was changed', () => {
    expect(detailText({ from: 'closed', to: 'reported' })).toBe('van: gesloten; naar: gepubliceerd');
    expect(detailText({ role: 'researcher', audiences: ['parents', 'professionals'] })).toBe(
      'rol: onderzoeker; doelgroepen: ouders, medewerkers',
    );
    expect(detailText({ count: 3, name: 'Locatie Noord' })).toBe('aantal: 3; naam: Locatie Noord');
    expect(TARGET_NL.round).toBe('ronde');
  });
});
