import type { CriterionScore, FactResult, Gap, OverallLevel, VisitResult } from '@driehoek/shared';
import { loadScanModel } from '@driehoek/surveys';
import { describe, expect, it } from 'vitest';
import { type FindingsInput, findingsOf } from './findings';

const model = loadScanModel(1);

const figures = (
  perspective: CriterionScore['perspective'],
  mean: number,
  extra: Partial<Extract<CriterionScore, { suppressed: false }>> = {},
): CriterionScore => ({
  criterion: 'C5',
  perspective,
  suppressed: false,
  n: 40,
  mean,
  sd: 0.3,
  interval: { low: mean - 0.1, high: mean + 0.1 },
  confidence: 0.95,
  band: mean < 1.67 ? 1 : mean < 2.33 ? 2 : 3,
  possibleBands: [2],
  crossesBandEdge: false,
  label: '2.0',
  levelShares: { '1': 0.2, '2': 0.5, '3': 0.3 },
  dontKnowRate: 0.05,
  dontKnowFlag: false,
  reliability: null,
  ...extra,
});

const overall = (level: 1 | 2 | 3, reasons: OverallLevel['explanation']['reasons'] = []): OverallLevel => ({
  criterion: 'C5',
  level,
  weightedMean: level,
  reportedMean: level,
  capped: reasons.some((r) => r.kind === 'cap'),
  explanation: { reasons, sentence: '' },
});

const input = (parts: Partial<FindingsInput>): FindingsInput => ({
  overall: [],
  criteria: [],
  gaps: [],
  mysteryGuest: { touchpoints: [], evidence: [] },
  ...parts,
});

describe('findings in plain Dutch', () => {
  it('count a criterion at 3.0 as a strength and name who carried it', () => {
    const { strengths, improvements } = findingsOf(
      input({
        overall: [
          overall(3, [
            {
              kind: 'evidence',
              met: true,
              from: ['parents', 'mystery-guest'],
              atLeast: 2.33,
              best: { perspective: 'parents', mean: 2.6 },
              carriedBy: [{ perspective: 'parents', mean: 2.6 }],
            },
          ]),
        ],
      }),
      model,
    );
    expect(strengths).toEqual([
      {
        criterion: 'C5',
        text: 'Gelijkwaardige gesprekken staat op niveau 3.0 — samenwerking; gedragen door ouders (2.60).',
      },
    ]);
    expect(improvements).toEqual([]);
  });

  it('count parents who already experience 3.0 as a strength even when the criterion stays at 2.0', () => {
    const { strengths } = findingsOf(input({ overall: [overall(2)], criteria: [figures('parents', 2.4)] }), model);
    expect(strengths[0]?.text).toContain(
      'Ouders ervaren bij ‘Gelijkwaardige gesprekken’ al samenwerking (gemiddeld 2.40, n=40)',
    );
  });

  it('make a criterion at 1.0 a point for improvement with the next step from the rubric', () => {
    const { improvements } = findingsOf(input({ overall: [overall(1)] }), model);
    expect(improvements).toHaveLength(1);
    expect(improvements[0]?.text).toMatch(
      /^Gelijkwaardige gesprekken staat op niveau 1\.0 — eenrichtingsverkeer\. Een volgende stap \(niveau 2\.0\): ouders krijgen ruimte/,
    );
  });

  it('make a flagged professional–parent gap a point for improvement, and leave a small gap alone', () => {
    const gap = (flagged: boolean): Gap => ({
      available: true,
      criterion: 'C5',
      from: 'professionals',
      minus: 'parents',
      fromMean: 2.8,
      minusMean: flagged ? 1.4 : 2.6,
      gap: flagged ? 1.4 : 0.2,
      flagged,
      sentence: flagged ? 'medewerkers zien 3.0, ouders ervaren 1.0 (verschil +1.40)' : 'x',
    });
    expect(findingsOf(input({ overall: [overall(2)], gaps: [gap(false)] }), model).improvements).toEqual([]);
    const { improvements } = findingsOf(input({ overall: [overall(2)], gaps: [gap(true)] }), model);
    expect(improvements[0]?.text).toBe(
      'Gelijkwaardige gesprekken: medewerkers zien 3.0, ouders ervaren 1.0 (verschil +1.40). Een verschil van een niveau of meer: bespreek met ouders waar het vandaan komt.',
    );
  });

  it('say when a 3.0 was missed for lack of parent or mystery-guest evidence, not when the mean stayed below 3.0', () => {
    const capped = (weightedMean: number) => ({
      ...overall(2, [{ kind: 'cap', capAt: 2, because: ['no-evidence'] }]),
      weightedMean,
    });
    expect(findingsOf(input({ overall: [capped(2.2)] }), model).improvements).toEqual([]);
    const { improvements } = findingsOf(input({ overall: [capped(2.5)] }), model);
    expect(improvements[0]?.text).toContain(
      'zou gemiddeld op 3.0 uitkomen, maar ouders en mystery guest zien nog geen samenwerking',
    );
  });

  it('report a high don’t-know rate as a finding of its own', () => {
    const { improvements } = findingsOf(
      input({ overall: [overall(2)], criteria: [figures('parents', 2, { dontKnowRate: 0.42, dontKnowFlag: true })] }),
      model,
    );
    expect(improvements[0]?.text).toBe(
      'Gelijkwaardige gesprekken: 42% van de antwoorden van ouders is "weet ik niet". Dat ze het niet weten, is zelf een bevinding: maak zichtbaar wat hier gebeurt.',
    );
  });

  it('turn a missed phone norm into a point for improvement and a 3.0 visit into a strength', () => {
    const fact: FactResult = {
      item: 'ph_seconds',
      concept: 'mg.phone.seconds',
      criterion: 'C3',
      unit: 'seconds',
      value: 45,
      norm: { key: 'phoneAnswerSeconds', limit: 20, value: 45, met: false },
    };
    const visit = (tierReached: 1 | 2 | 3, facts: FactResult[]): VisitResult => ({
      instrumentKey: 'mg-phone',
      version: 1,
      index: 0,
      tierReached,
      criteria: [],
      ticks: [],
      facts,
    });
    const { strengths, improvements } = findingsOf(
      input({
        mysteryGuest: {
          touchpoints: [{ instrumentKey: 'mg-phone', visits: [visit(3, []), visit(2, [fact])] }],
          evidence: [],
        },
      }),
      model,
      () => 'Telefoon',
    );
    expect(strengths).toEqual([
      {
        criterion: null,
        text: 'Telefoon: een bezoek van de mystery guest liet samenwerking zien (niveau 3.0 bereikt).',
      },
    ]);
    expect(improvements).toEqual([
      {
        criterion: 'C3',
        text: 'Telefoon: de telefoon werd opgenomen na 45 seconden; de norm is ten hoogste 20 seconden.',
      },
    ]);
  });

  it('say nothing about a perspective whose figures are hidden', () => {
    const hidden: CriterionScore = { criterion: 'C5', perspective: 'parents', suppressed: true };
    expect(findingsOf(input({ overall: [overall(2)], criteria: [hidden] }), model)).toEqual({
      strengths: [],
      improvements: [],
    });
  });
});
