import { describe, expect, it } from 'vitest';
import type { Perspective } from '../instruments/instrument-file';
import { answersFor, model, respond, scan, seeded, shuffled, visit, walk } from '../test-support/scoring-fixtures';
import { LocationReportSchema } from './report-schema';
import { scoreLocation } from './score-location';
import type { ScoreLocationInput } from './scoring-input';

const MOSTLY_3 = { '4': 0.8, '3': 0.15, dk: 0.05 };
const MOSTLY_1 = { '1': 0.8, '2': 0.15, dk: 0.05 };
const ALL_3 = { '4': 1 };
const C5 = ['p5a', 'p5b', 'p5c'];
const C7 = ['p7a', 'p7b', 'p7c'];
const Q5 = ['q5a', 'q5b', 'q5c'];
const Q7 = ['q7a', 'q7b', 'q7c'];

/** Parents mostly at 3.0 on C5 and 1.0 on C7; professionals agree unless told otherwise. */
function synthetic(options: { professionalsC7?: Record<string, number>; parents?: number; children?: number } = {}) {
  const random = seeded(7);
  const parents = Array.from({ length: options.parents ?? 60 }, () =>
    respond(scan.parents, { ...answersFor(C5, MOSTLY_3, random), ...answersFor(C7, MOSTLY_1, random), group: '5' }),
  );
  const professionals = Array.from({ length: 12 }, () =>
    respond(scan.professionals, {
      ...answersFor(Q5, ALL_3, random),
      ...answersFor(Q7, options.professionalsC7 ?? MOSTLY_1, random),
    }),
  );
  const children = Array.from({ length: options.children ?? 25 }, () =>
    respond(scan.children, { warm: '3', ...answersFor(['k5a', 'k5b'], { '3': 0.7, '2': 0.3 }, random) }),
  );
  const partial = [respond(scan.parents, { p5a: '1' }, 'partial'), respond(scan.children, {}, 'partial')];
  const input: ScoreLocationInput = {
    model,
    instruments: [scan.parents, scan.professionals, scan.children, scan.tour],
    responses: [...parents, ...professionals, ...children, ...partial],
    visits: [
      visit(scan.tour, { greeted: 'yes', listened: 'yes', asked_child: 'yes', file_shown: 'no' }),
      visit(scan.tour, { greeted: 'yes', listened: 'partly', asked_child: 'partly', file_shown: 'dk' }),
    ],
    denominators: { families: 100, pupils812: 200 },
    openAnswers: [{ perspective: 'parents', question: 'good', text: 'De juf vraagt wat wij thuis zien.' }],
  };
  return input;
}

const overallOf = (report: ReturnType<typeof scoreLocation>, id: string) =>
  report.overall.find((o) => o.criterion === id);
const cellOf = (report: ReturnType<typeof scoreLocation>, id: string, p: Perspective) =>
  report.criteria.find((c) => c.criterion === id && c.perspective === p);

describe('scoreLocation on a synthetic scan with known truth', () => {
  const report = scoreLocation(synthetic());

  it('produces a report the shared schema accepts', () => {
    expect(() => LocationReportSchema.parse(report)).not.toThrow();
  });

  it('puts parents at 3.0 on C5 and at 1.0 on C7', () => {
    expect(cellOf(report, 'C5', 'parents')).toMatchObject({ suppressed: false, band: 3, n: 60 });
    expect(cellOf(report, 'C7', 'parents')).toMatchObject({ suppressed: false, band: 1, n: 60 });
  });

  it('gives C5 an overall 3.0 carried by the parents, and C7 an overall 1.0', () => {
    const c5 = overallOf(report, 'C5');
    expect(c5?.level).toBe(3);
    expect(c5?.explanation.sentence).toMatch(
      /^3\.0: ouders 2\.\d \(n=60\), medewerkers 3\.0 \(n=12\), kinderen 2\.\d \(n=25\), mystery guest 3\.0 \(2 bezoeken\); 3\.0 gedragen door ouders \(2\.\d\d\) en mystery guest \(3\.00\)$/,
    );
    const parentsReason = c5?.explanation.reasons.find((r) => r.kind === 'perspective' && r.perspective === 'parents');
    expect(parentsReason?.kind === 'perspective' && parentsReason.items.map((i) => i.concept).sort()).toEqual([
      'parents.c5.asked-about-child',
      'parents.c5.child-present',
      'parents.c5.time-enough',
    ]);
    const c7 = overallOf(report, 'C7');
    expect(c7?.level).toBe(1);
    expect(c7?.explanation.sentence).toMatch(
      /^1\.0: ouders 1\.\d \(n=60\), medewerkers 1\.\d \(n=12\), mystery guest 1\.0/,
    );
    expect(c7?.explanation.sentence).toContain('3.0 niet gehaald omdat ouders en mystery guest onder 2.33 blijven');
  });

  it('flags professionals at 3.0 on C7 against parents at 1.0, and keeps C7 below 3.0 saying why', () => {
    const gapped = scoreLocation(synthetic({ professionalsC7: ALL_3 }));
    const gap = gapped.gaps.find((g) => g.criterion === 'C7');
    expect(gap).toMatchObject({ available: true, flagged: true });
    expect(gap?.available && gap.sentence).toMatch(/^medewerkers zien 3\.0, ouders ervaren 1\.0/);
    const c7 = overallOf(gapped, 'C7');
    // Parents and the mystery guest at 1.0 outweigh professionals at 3.0: (0.35·1.1 + 0.2·3 + 0.3·1) / 0.85 ≈ 1.5.
    expect(c7?.level).toBe(1);
    expect(c7?.explanation.sentence).toMatch(
      /3\.0 niet gehaald omdat ouders en mystery guest onder 2\.33 blijven en medewerkers 1\.\d\d hoger scoren dan ouders \(grens 0\.67\)$/,
    );
  });

  it('never gives 3.0 on professionals at 3.0 alone', () => {
    const input = synthetic({ professionalsC7: ALL_3 });
    const alone = scoreLocation({
      ...input,
      instruments: [scan.professionals],
      responses: input.responses.filter((r) => r.perspective === 'professionals'),
      visits: [],
    });
    for (const o of alone.overall.filter((x) => x.level !== null)) expect(o.level).toBeLessThan(3);
    expect(overallOf(alone, 'C7')?.explanation.sentence).toBe(
      '2.0: medewerkers 3.0 (n=12); gewogen gemiddelde 3.00 begrensd op 2.0; 3.0 niet gehaald omdat er geen cijfers van ouders of mystery guest zijn',
    );
  });

  it('counts partial responses apart and labels response rates by the model', () => {
    expect(report.respondents.byPerspective).toEqual([
      {
        suppressed: false,
        perspective: 'parents',
        complete: 60,
        partial: 1,
        denominator: { kind: 'families', count: 100 },
        rate: 0.6,
        labelIndex: 2,
        label: { nl: 'goed', en: 'good' },
      },
      {
        suppressed: false,
        perspective: 'professionals',
        complete: 12,
        partial: 0,
        denominator: null,
        rate: null,
        labelIndex: null,
        label: null,
      },
      {
        suppressed: false,
        perspective: 'children',
        complete: 25,
        partial: 1,
        denominator: { kind: 'pupils812', count: 200 },
        rate: 0.125,
        labelIndex: 0,
        label: { nl: 'indicatief', en: 'indicative' },
      },
    ]);
    expect(report.respondents.total).toEqual({ suppressed: false, complete: 97, partial: 2 });
  });

  it('summarises tags per perspective and over the tagged criteria', () => {
    const form = report.tags.find((t) => t.tag === 'form:start-conversation');
    expect(form?.criteria).toEqual(['C5', 'C9']);
    expect(form?.perspectives.map((p) => [p.perspective, !p.suppressed && p.items])).toEqual([
      ['parents', 2],
      ['professionals', 1],
    ]);
    expect(form?.criteriaMean?.criteria).toBe(1);
    const equal = report.tags.find((t) => t.tag === 'core:equal');
    expect(equal?.perspectives.map((p) => [p.perspective, !p.suppressed && p.items])).toEqual([
      ['parents', 3],
      ['professionals', 3],
      ['children', 2],
    ]);
  });

  it('shows approved open answers only for groups of at least the open-answer minimum', () => {
    expect(report.openAnswers).toEqual([
      {
        shown: true,
        perspective: 'parents',
        answers: [{ question: 'good', text: 'De juf vraagt wat wij thuis zien.' }],
      },
      { shown: true, perspective: 'professionals', answers: [] },
      { shown: true, perspective: 'children', answers: [] },
    ]);
    const few = scoreLocation(synthetic({ parents: 9 }));
    expect(few.openAnswers[0]).toEqual({ shown: false, perspective: 'parents' });
  });

  it('refuses responses on instruments the round did not pin', () => {
    const input = synthetic();
    expect(() => scoreLocation({ ...input, instruments: [scan.parents] })).toThrow(/not pinned/);
  });
});

describe('scoreLocation properties', () => {
  const input = synthetic();
  const report = scoreLocation(input);

  it('gives the same report whatever the order of the responses', () => {
    for (const seed of [1, 2, 3]) {
      const permuted = scoreLocation({ ...input, responses: shuffled(input.responses, seeded(seed)) });
      expect(permuted).toEqual(report);
    }
  });

  /** Everything in a report except don't-know rates, flags and answer counts. */
  function scoresOnly(r: ReturnType<typeof scoreLocation>) {
    return JSON.parse(
      JSON.stringify({ criteria: r.criteria, overall: r.overall, gaps: r.gaps, tags: r.tags }, (key, value) =>
        ['dontKnowRate', 'dontKnowFlag', 'respondents'].includes(key) ? undefined : value,
      ),
    );
  }

  it("changes no score when an unanswered item becomes a don't-know", () => {
    const random = seeded(11);
    const responses = input.responses.map((r) => {
      if (r.perspective !== 'parents' || r.status !== 'complete' || random() < 0.5) return r;
      const answers = { ...r.answers };
      for (const name of [...C5, ...C7]) if (answers[name] !== 'dk') answers[name] = undefined;
      answers.p5a ??= 'dk';
      return { ...r, answers };
    });
    const before = scoreLocation({ ...input, responses });
    const withDk = scoreLocation({
      ...input,
      responses: responses.map((r) =>
        r.perspective === 'parents' ? { ...r, answers: { ...r.answers, p7c: r.answers.p7c ?? 'dk' } } : r,
      ),
    });
    expect(scoresOnly(withDk)).toEqual(scoresOnly(before));
  });

  it("changes no score when a respondent answers only don't-know, but raises the dk rate", () => {
    const allDk = Object.fromEntries([...C5, ...C7].map((name) => [name, 'dk']));
    const more = scoreLocation({ ...input, responses: [...input.responses, respond(scan.parents, allDk)] });
    expect(scoresOnly(more)).toEqual(scoresOnly(report));
    const rate = (r: typeof report) => {
      const cell = cellOf(r, 'C7', 'parents');
      return cell && !cell.suppressed ? (cell.dontKnowRate ?? 0) : 0;
    };
    expect(rate(more)).toBeGreaterThan(rate(report));
  });
});

describe('scoreLocation suppression', () => {
  const input = synthetic({ children: 4 });
  const report = scoreLocation(input);

  it('leaves no figure of a group below the minimum anywhere in the report', () => {
    const leaks: string[] = [];
    // `instruments` lists the pinned forms: structure, not figures.
    for (const { path, value } of walk({ ...report, instruments: [] })) {
      if (!value || typeof value !== 'object' || Array.isArray(value)) continue;
      const o = value as Record<string, unknown>;
      if (o.perspective !== 'children') continue;
      const numbers = Object.entries(o).filter(([k, v]) => typeof v === 'number' && k !== 'tier');
      const nested = Object.entries(o).filter(([k, v]) => typeof v === 'object' && v !== null && k !== 'tags');
      if (o.suppressed !== true && o.shown !== false && o.kind !== 'perspective-suppressed')
        leaks.push(`${path} is not suppressed`);
      if (numbers.length > 0 || nested.length > 0) leaks.push(`${path} carries ${JSON.stringify(o)}`);
    }
    expect(leaks).toEqual([]);
  });

  it('hides the total, so the hidden count does not follow by subtraction', () => {
    expect(report.respondents.total).toEqual({ suppressed: true });
    expect(report.respondents.byPerspective.find((r) => r.perspective === 'children')).toEqual({
      suppressed: true,
      perspective: 'children',
    });
  });

  it('leaves the hidden group out of overall levels and says so', () => {
    const c5 = overallOf(report, 'C5');
    expect(c5?.explanation.reasons).toContainEqual({ kind: 'perspective-suppressed', perspective: 'children' });
    expect(c5?.explanation.sentence).toContain('kinderen telt niet mee');
    const shown = scoreLocation(synthetic({ children: 5 }));
    expect(cellOf(shown, 'C5', 'children')).toMatchObject({ suppressed: false, n: 5 });
  });

  it('hides a criterion figure resting on fewer respondents than the minimum, even in a large group', () => {
    const responses = input.responses.map((r, i) =>
      r.perspective === 'parents' && i >= 4 ? { ...r, answers: { ...r.answers, p7a: 'dk', p7b: 'dk', p7c: 'dk' } } : r,
    );
    const thin = scoreLocation({ ...input, responses });
    expect(cellOf(thin, 'C7', 'parents')).toEqual({ criterion: 'C7', perspective: 'parents', suppressed: true });
    expect(cellOf(thin, 'C5', 'parents')).toMatchObject({ suppressed: false });
  });

  it('is idempotent', async () => {
    const { suppress } = await import('./suppress');
    expect(suppress(report, model)).toEqual(report);
  });
});
