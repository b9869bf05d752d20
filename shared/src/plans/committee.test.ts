import { describe, expect, it } from 'vitest';
import { DecisionInputSchema } from '../contracts/plans';
import { decisionLine, decisionOutcomeText, decisionProblem, formatEuros, parseEuros } from './committee';

describe('parseEuros', () => {
  it.each([
    ['12500', 1_250_000],
    ['12.500', 1_250_000],
    ['€ 12.500', 1_250_000],
    ['€\u00a012.500,50', 1_250_050],
    ['12.500,5', 1_250_050],
    ['12.500,-', 1_250_000],
    ['1.234.567', 123_456_700],
    ['0,99', 99],
    ['', null],
    ['  ', null],
    ['12.5', 'invalid'],
    ['12,500.00', 'invalid'],
    ['1.2345', 'invalid'],
    ['-50', 'invalid'],
    ['0', 'invalid'],
    ['twaalf', 'invalid'],
    ['10.000.000,01', 'invalid'],
  ] as const)('reads %j as %j', (text, cents) => {
    expect(parseEuros(text)).toBe(cents);
  });
});

describe('formatEuros', () => {
  it.each([
    [1_250_000, '€ 12.500'],
    [1_250_050, '€ 12.500,50'],
    [99, '€ 0,99'],
    [123_456_700, '€ 1.234.567'],
  ])('writes %i cents as %s', (cents, text) => {
    expect(formatEuros(cents)).toBe(text);
    expect(parseEuros(text)).toBe(cents);
  });
});

describe('decisionProblem', () => {
  it.each([
    ['granted without reason or amount', { outcome: 'granted', reason: '', amountCents: null }, null],
    ['granted with an amount', { outcome: 'granted', reason: '', amountCents: 500 }, null],
    ['not granted without a reason', { outcome: 'not_granted', reason: ' ', amountCents: null }, 'reason'],
    ['revise without a reason', { outcome: 'revise', reason: '', amountCents: null }, 'reason'],
    ['revise with a reason', { outcome: 'revise', reason: 'Maak de doelen meetbaar.', amountCents: null }, null],
    ['not granted with an amount', { outcome: 'not_granted', reason: 'Te laat.', amountCents: 500 }, 'amountCents'],
  ] as const)('%s → %s', (_name, input, field) => {
    expect(decisionProblem(input)?.field ?? null).toBe(field);
  });

  it('holds in the request schema, naming the field', () => {
    const base = { subject: 'Subsidieaanvraag 2027', decidedOn: '2027-03-03', replaces: null };
    const refused = DecisionInputSchema.safeParse({ ...base, outcome: 'not_granted' });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['reason', 'geef een reden bij "niet toegekend"'],
    ]);
    expect(DecisionInputSchema.parse({ ...base, outcome: 'granted', amountCents: 1_250_000 })).toEqual({
      ...base,
      outcome: 'granted',
      amountCents: 1_250_000,
      reason: '',
    });
  });
});

describe('decision texts', () => {
  it('name the outcome, the amount, the subject and the date', () => {
    const granted = {
      subject: 'Subsidieaanvraag 2027',
      outcome: 'granted',
      amountCents: 1_250_000,
      decidedOn: '2027-03-03',
    } as const;
    expect(decisionOutcomeText(granted)).toBe('Toegekend: € 12.500');
    expect(decisionLine(granted)).toBe('Subsidieaanvraag 2027 — toegekend: € 12.500 (besluit van 3 mrt 2027)');
    expect(decisionOutcomeText({ outcome: 'revise', amountCents: null })).toBe('Aanpassing gevraagd');
  });
});
