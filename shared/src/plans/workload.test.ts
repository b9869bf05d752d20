import { describe, expect, it } from 'vitest';
import type { TenMinuteFact } from '../contracts/plans';
import { workloadWarning } from './workload';

const start = { form: 'form:start-conversation', status: 'planned' } as const;
const plan = { form: 'form:communication-plan', status: 'planned' } as const;
const keptByMost: TenMinuteFact = { answered: 12, kept: 0.75, replaced: 0.25, noStartConversations: 0 };
const keptByFew: TenMinuteFact = { answered: 12, kept: 0.25, replaced: 0.75, noStartConversations: 0 };

describe('workloadWarning', () => {
  it.each([
    ['start conversations added, rounds stay', [start], 'yes', null, 'warning'],
    ['start conversations added, rounds partly stay', [start], 'partly', null, 'warning'],
    ['start conversations added, rounds replaced', [start], 'no', keptByMost, null],
    ['start conversations added, unanswered, most professionals keep the rounds', [start], null, keptByMost, 'warning'],
    ['start conversations added, unanswered, few keep them', [start], null, keptByFew, 'question'],
    ['start conversations added, unanswered, no figures', [start], null, null, 'question'],
    ['no start conversations, rounds stay', [plan], 'yes', keptByMost, null],
    ['start conversations stopped, rounds stay', [{ ...start, status: 'stopped' as const }], 'yes', null, null],
  ] as const)('%s → %s', (_, actions, stay, fact, severity) => {
    expect(workloadWarning({ actions, tenMinuteRoundsStay: stay, fact })?.severity ?? null).toBe(severity);
  });

  it('says "extra werkdruk" and cites the professionals’ answers from the report', () => {
    const warning = workloadWarning({ actions: [start], tenMinuteRoundsStay: null, fact: keptByMost });
    expect(warning?.message).toContain('Extra werkdruk');
    expect(warning?.evidence).toEqual([
      '75% van de 12 medewerkers die het wisten, zegt dat de vaste tienminutengesprekken (deels) blijven.',
    ]);
  });

  it('asks the plan’s question when it is open', () => {
    const warning = workloadWarning({ actions: [start], tenMinuteRoundsStay: null, fact: null });
    expect(warning?.message).toMatch(/^Blijven de tienminutengesprekken bestaan\?/);
  });
});
