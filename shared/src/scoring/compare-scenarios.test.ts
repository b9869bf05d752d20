import { describe, expect, it } from 'vitest';
import emailV2 from '../../../surveys/mg-email/v2.json';
import phoneV2 from '../../../surveys/mg-phone/v2.json';
import { modelV2, realInstrument, visit } from '../test-support/scoring-fixtures';
import { scoreLocation } from './score-location';

const phone = realInstrument(phoneV2);
const email = realInstrument(emailV2);
const PHONE_TICKS = [
  'ph_answered',
  'ph_names',
  'ph_asks_through',
  'ph_asks_child',
  'ph_answer_or_who',
  'ph_rule_named',
  'ph_rule_why',
  'ph_callback',
  'ph_next_step',
  'ph_invites_visit',
];
const yes = Object.fromEntries(PHONE_TICKS.map((n) => [n, 'yes']));

const visits = [
  visit(phone, { ...yes, mg_scenario: 'standard', ph_asks_child: 'no', ph_seconds: 12 }),
  // The language tick is routed to this scenario only: nothing to compare it with.
  visit(phone, {
    ...yes,
    mg_scenario: 'little-dutch',
    ph_asks_child: 'no',
    ph_callback: 'no',
    ph_language: 'no',
    ph_seconds: 45,
  }),
  visit(phone, {
    ...yes,
    mg_scenario: 'child-support',
    ph_invites_visit: 'no',
    ph_support_together: 'no',
    ph_seconds: 9,
  }),
  visit(email, {
    mg_scenario: 'standard',
    e_reply: 'yes',
    e_sent_at: '2026-03-02T09:00',
    e_replied_at: '2026-03-03T10:00',
  }),
  visit(email, { mg_scenario: 'little-dutch', e_reply: 'no', e_sent_at: '2026-03-02T09:05', e_replied_at: '' }),
];
const report = scoreLocation({ model: modelV2, instruments: [phone, email], responses: [], visits });
const findings = report.mysteryGuest.scenarios ?? [];

describe('compareScenarios', () => {
  it('finds ticks met in one scenario and missed in the other, and norms met on one side only', () => {
    expect(findings.map((f) => [f.instrumentKey, f.scenario, f.kind === 'tick' ? f.item : f.key, f.direction])).toEqual(
      [
        ['mg-phone', 'little-dutch', 'ph_callback', 'worse'],
        ['mg-phone', 'little-dutch', 'phoneAnswerSeconds', 'worse'],
        ['mg-phone', 'child-support', 'ph_asks_child', 'better'],
        ['mg-phone', 'child-support', 'ph_invites_visit', 'worse'],
        ['mg-email', 'little-dutch', 'e_reply', 'worse'],
        ['mg-email', 'little-dutch', 'emailReplyWorkingDays', 'worse'],
      ],
    );
  });

  it.each([
    {
      index: 0,
      sentence:
        'Bij de telefoon gebeurde dit bij een ouder met weinig Nederlands niet, bij een ouder in het standaardscenario wel: „Als de juiste persoon er niet was, werd een terugbelafspraak gemaakt en nagekomen”.',
    },
    {
      index: 1,
      sentence:
        'Bij de telefoon kreeg een ouder met weinig Nederlands gehoor na 45 seconden, een ouder in het standaardscenario gehoor na 12 seconden (norm: binnen 20 seconden opgenomen).',
    },
    {
      index: 2,
      sentence:
        'Bij de telefoon gebeurde dit bij een ouder van een kind dat extra ondersteuning nodig heeft wel, bij een ouder in het standaardscenario niet: „De medewerker vroeg naar het kind: wie het is en wat het nodig heeft”.',
    },
    {
      index: 5,
      sentence:
        'Bij de e-mail kreeg een ouder met weinig Nederlands geen persoonlijk antwoord, een ouder in het standaardscenario antwoord na 1 werkdag (norm: binnen 2 werkdagen beantwoord).',
    },
  ])('says finding $index in Dutch', ({ index, sentence }) => {
    expect(findings[index]?.sentence).toBe(sentence);
  });

  it('keeps the measured values per side', () => {
    expect(findings[5]).toMatchObject({ kind: 'norm', limit: 2, standard: [1], other: [null] });
  });

  it('finds nothing without a standard visit to compare with', () => {
    const alone = scoreLocation({ model: modelV2, instruments: [phone], responses: [], visits: visits.slice(1, 3) });
    expect(alone.mysteryGuest.scenarios).toBeUndefined();
  });
});
