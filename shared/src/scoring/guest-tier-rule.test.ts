import { describe, expect, it } from 'vitest';
import websiteV1 from '../../../surveys/mg-website/v1.json';
import websiteV2 from '../../../surveys/mg-website/v2.json';
import type { ScanModel } from '../model/scan-model';
import { instrument, model, modelV2, realInstrument, respond, scored, visit } from '../test-support/scoring-fixtures';
import type { LevelReason } from './report-schema';
import { scoreLocation } from './score-location';

/**
 * The tier rule end to end, on the real website forms: version 1 has only tier-1 ticks for C10 (w_practical,
 * w_rules), version 2 has C10 ticks at every tier. Parents answer C10 uniformly; the guest visits once.
 */
const v1 = realInstrument(websiteV1);
const v2 = realInstrument(websiteV2);
const parents = instrument('parents-test', 'parents', {
  r1: scored('parents.c10.r1', 'C10'),
  r2: scored('parents.c10.r2', 'C10'),
  r3: scored('parents.c10.r3', 'C10'),
});
const C10_V1 = ['w_practical', 'w_rules'];
const C10_V2 = ['w_practical', 'w_rules', 'w_contribution', 'w_rules_why', 'w_rules_together'];
const all = (names: string[], answer: string) => Object.fromEntries(names.map((n) => [n, answer]));

function c10(m: ScanModel, form: typeof v1, answers: Record<string, unknown> | null, parentsOption: string) {
  const report = scoreLocation({
    model: m,
    instruments: [parents, form],
    responses: Array.from({ length: 10 }, () =>
      respond(parents, { r1: parentsOption, r2: parentsOption, r3: parentsOption }),
    ),
    visits: answers ? [visit(form, answers)] : [],
  });
  const overall = report.overall.find((o) => o.criterion === 'C10');
  if (!overall) throw new Error('no C10');
  const guest = overall.explanation.reasons.find(
    (r): r is Extract<LevelReason, { kind: 'perspective' }> =>
      r.kind === 'perspective' && r.perspective === 'mystery-guest',
  );
  return { overall, guest, dropped: overall.explanation.reasons.find((r) => r.kind === 'guest-dropped') };
}

describe.each([
  { name: 'model v1 (the rule fixes a method error, so it holds for every model version)', m: model },
  { name: 'model v2', m: modelV2 },
])('the mystery-guest tier rule under $name', ({ m }) => {
  it.each([
    {
      rule: 'v1, perfect visit: passing every tier-1 tick no longer pulls C10 from 3.0 to 2.0',
      form: v1,
      answers: all(C10_V1, 'yes'),
      parentsOption: '4',
      level: 3,
      weightedMean: 3,
      guestMean: 3,
      says: 'de mystery guest kon bij dit criterium hoogstens niveau 1.0 waarnemen en haalde dat; telt daarom mee als 3.0, niet lager dan de andere perspectieven (3.00), en niet als bewijs voor 3.0; 3.0 gedragen door ouders (3.00)',
    },
    {
      rule: 'v1, a lower bound above the parents raises the level to what the guest saw',
      form: v1,
      answers: all(C10_V1, 'yes'),
      parentsOption: '1',
      level: 1,
      weightedMean: 1,
      guestMean: 1,
      says: 'hoogstens niveau 1.0 waarnemen en haalde dat; telt daarom mee als 1.0',
    },
    {
      rule: 'v1, empty visit (nothing observed): the guest drops out and says why',
      form: v1,
      answers: all(C10_V1, 'dk'),
      parentsOption: '4',
      level: 3,
      weightedMean: 3,
      guestMean: null,
      says: '3.0: ouders 3.0 (n=10); de mystery guest kon dit criterium bij het enige bezoek niet waarnemen en telt niet mee (de gewichten van de andere perspectieven zijn herverdeeld)',
    },
    {
      rule: 'v1, mixed with a failed tier: failing something observable counts as before',
      form: v1,
      answers: { w_practical: 'no', w_rules: 'partly' },
      parentsOption: '4',
      level: 2,
      weightedMean: (0.35 * 3 + 0.3 * 1) / 0.65,
      guestMean: 1,
      says: '2.0: ouders 3.0 (n=10), mystery guest 1.0 (1 bezoek); 3.0 niet gehaald omdat het gewogen gemiddelde (2.08) onder 2.33 blijft',
    },
    {
      rule: 'v1, mixed with a tick not observed: the tier observed still bounds the visit',
      form: v1,
      answers: { w_practical: 'yes', w_rules: 'dk' },
      parentsOption: '4',
      level: 3,
      weightedMean: 3,
      guestMean: 3,
      says: 'hoogstens niveau 1.0 waarnemen en haalde dat',
    },
    {
      rule: 'v2, perfect visit: tier 3 observed and passed is evidence at 3.0',
      form: v2,
      answers: all(C10_V2, 'yes'),
      parentsOption: '3',
      level: 3,
      weightedMean: (0.35 * 2.33 + 0.3 * 3) / 0.65,
      guestMean: 3,
      says: '3.0: ouders 2.3 (n=10), mystery guest 3.0 (1 bezoek); 3.0 gedragen door ouders (2.33) en mystery guest (3.00)',
    },
    {
      rule: 'v2, empty visit: the guest drops out',
      form: v2,
      answers: {},
      parentsOption: '3',
      level: 3,
      weightedMean: 2.33,
      guestMean: null,
      says: 'bij het enige bezoek niet waarnemen en telt niet mee',
    },
    {
      rule: 'v2, mixed: tier 3 not observed makes tiers 1–2 a lower bound, no evidence',
      form: v2,
      answers: { ...all(C10_V2, 'yes'), w_rules_together: 'dk' },
      parentsOption: '2',
      level: 2,
      weightedMean: (0.35 * 1.67 + 0.3 * 2) / 0.65,
      guestMean: 2,
      says: 'hoogstens niveau 2.0 waarnemen en haalde dat; telt daarom mee als 2.0, niet lager dan de andere perspectieven (1.67), en niet als bewijs voor 3.0; 3.0 niet gehaald omdat ouders onder 2.33 blijven en de mystery guest 3.0 bij dit criterium niet kon waarnemen',
    },
    {
      rule: 'v2, mixed: a failed tier 3 is exact evidence at 2.0 and may pull down',
      form: v2,
      answers: { ...all(C10_V2, 'yes'), w_rules_together: 'no' },
      parentsOption: '4',
      level: 3,
      weightedMean: (0.35 * 3 + 0.3 * 2) / 0.65,
      guestMean: 2,
      says: '3.0: ouders 3.0 (n=10), mystery guest 2.0 (1 bezoek); 3.0 gedragen door ouders (3.00)',
    },
  ])('$rule', ({ form, answers, parentsOption, level, weightedMean, guestMean, says }) => {
    const { overall, guest, dropped } = c10(m, form, answers, parentsOption);
    expect(overall.level).toBe(level);
    expect(overall.weightedMean).toBeCloseTo(weightedMean, 6);
    expect(guest?.mean ?? null).toBe(guestMean);
    if (guestMean === null)
      expect(dropped).toMatchObject({ kind: 'guest-dropped', because: 'not-observable', visits: 1 });
    expect(overall.explanation.sentence).toContain(says);
  });

  it('never pulls a level below the other perspectives when the guest passed all it could observe', () => {
    for (const parentsOption of ['1', '2', '3', '4'])
      for (const [form, answers] of [
        [v1, all(C10_V1, 'yes')],
        [v2, { ...all(C10_V2, 'yes'), w_rules_together: 'dk' }],
        [v2, { w_practical: 'yes', w_rules: 'partly' }],
      ] as const) {
        const alone = c10(m, form, null, parentsOption).overall;
        const withGuest = c10(m, form, answers, parentsOption).overall;
        expect(withGuest.weightedMean as number).toBeGreaterThanOrEqual(alone.weightedMean as number);
        expect(withGuest.level as number).toBeGreaterThanOrEqual(alone.level as number);
      }
  });

  it('drops a guest that is only a lower bound when no other perspective has figures', () => {
    const report = scoreLocation({
      model: m,
      instruments: [v1],
      responses: [],
      visits: [visit(v1, all(C10_V1, 'yes'))],
    });
    const overall = report.overall.find((o) => o.criterion === 'C10');
    expect(overall?.level).toBeNull();
    expect(overall?.explanation.reasons).toContainEqual({
      kind: 'guest-dropped',
      because: 'lower-bound-only',
      observedUpTo: 1,
      visits: 1,
    });
    expect(overall?.explanation.sentence).toBe(
      'Geen niveau: geen perspectief met cijfers voor dit criterium; de mystery guest kon bij dit criterium hoogstens niveau 1.0 waarnemen en haalde dat, maar telt niet mee: er is geen ander perspectief om die ondergrens aan af te meten',
    );
  });
});
