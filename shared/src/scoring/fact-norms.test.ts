import { describe, expect, it } from 'vitest';
import emailV2 from '../../../surveys/mg-email/v2.json';
import phoneV2 from '../../../surveys/mg-phone/v2.json';
import type { ItemMeta } from '../instruments/instrument-file';
import { model, modelV2, realInstrument, visit } from '../test-support/scoring-fixtures';
import { emailReplyFact, factResult } from './fact-norms';
import { scoreVisit } from './mystery-guest';

const email = realInstrument(emailV2);
const phone = realInstrument(phoneV2);
const replied = email.items.e_replied_at as ItemMeta;

describe('emailReplyFact against the working-day norm (model v2)', () => {
  it.each([
    {
      rule: 'a reply the next working day meets the norm',
      sent: '2026-03-06T16:00',
      reply: '2026-03-09T10:00',
      value: 1,
      met: true,
    },
    { rule: 'two working days meets it', sent: '2026-03-02T09:00', reply: '2026-03-04T16:00', value: 2, met: true },
    { rule: 'three working days does not', sent: '2026-03-02T09:00', reply: '2026-03-05T09:00', value: 3, met: false },
    { rule: 'no personal reply does not', sent: '2026-03-02T09:00', reply: '', value: null, met: false },
    { rule: 'no sending time cannot be measured', sent: undefined, reply: '2026-03-05T09:00', value: null, met: null },
    {
      rule: 'a reply before the sending cannot be measured',
      sent: '2026-03-05T09:00',
      reply: '2026-03-02T09:00',
      value: null,
      met: null,
    },
  ])('$rule', ({ sent, reply, value, met }) => {
    const fact = emailReplyFact('e_replied_at', replied, sent, reply, modelV2);
    expect(fact).toMatchObject({ concept: 'mg.email.fact.replied-at', unit: 'days', value });
    expect(fact.norm).toEqual({ key: 'emailReplyWorkingDays', limit: 2, value, met });
  });

  it('has no norm under a model without the working-day norm', () => {
    expect(emailReplyFact('e_replied_at', replied, '2026-03-02T09:00', '', model).norm).toBeNull();
  });
});

describe('facts on a version-2 visit', () => {
  it("reads the email date-times by the model's concepts and reports the working days", () => {
    const result = scoreVisit(
      visit(email, { mg_scenario: 'standard', e_sent_at: '2026-03-02T09:00', e_replied_at: '2026-03-05T11:15' }),
      0,
      email,
      modelV2,
    );
    expect(result.facts).toEqual([
      {
        item: 'e_sent_at',
        concept: 'mg.email.fact.sent-at',
        criterion: 'C3',
        unit: null,
        value: null,
        at: '2026-03-02T09:00',
        norm: null,
      },
      {
        item: 'e_replied_at',
        concept: 'mg.email.fact.replied-at',
        criterion: 'C3',
        unit: 'days',
        value: 3,
        at: '2026-03-05T11:15',
        norm: { key: 'emailReplyWorkingDays', limit: 2, value: 3, met: false },
      },
    ]);
  });

  it('finds the phone fact by concept', () => {
    const meta = { ...(phone.items.ph_seconds as ItemMeta), tags: [] };
    expect(factResult('ph_seconds', meta, '25', modelV2).norm).toEqual({
      key: 'phoneAnswerSeconds',
      limit: 20,
      value: 25,
      met: false,
    });
    // Under model v1 an untagged fact has no norm.
    expect(factResult('ph_seconds', meta, '25', model).norm).toBeNull();
  });
});
