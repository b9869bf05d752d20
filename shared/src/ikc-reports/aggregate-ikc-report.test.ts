import { describe, expect, it } from 'vitest';
import type { PublishedReport } from '../contracts/reports';
import type { Perspective } from '../instruments/instrument-file';
import { groupFigures } from '../scoring/group-figures';
import type { CriterionScore, LocationReport, RespondentCount } from '../scoring/report-schema';
import { scoreLocation } from '../scoring/score-location';
import { publishedReport } from '../test-support/published-report';
import { answersFor, model, respond, scan, seeded, visit } from '../test-support/scoring-fixtures';
import { aggregateIkcReport } from './aggregate-ikc-report';
import { chooseLocations } from './choose-locations';
import { withoutSentence } from './ikc-sentences';
import { concatGuestVisits } from './pool-cells';

const NOORD = '00000000-0000-4000-8000-000000000001';
const ZUID = '00000000-0000-4000-8000-000000000002';
const IKC = { id: '00000000-0000-4000-8000-0000000000aa', name: 'IKC De Driehoek', organisation: 'Gemeente' };

/** A shown C5 cell of `n` respondents all at `mean` (spread 0) — enough for level rules. */
function cell(perspective: Perspective, mean: number, n: number): CriterionScore {
  const figures = groupFigures(Array(n).fill(mean), { count: 0, answered: n }, model);
  if (!figures) throw new Error('no figures');
  return { criterion: 'C5', perspective, ...figures, reliability: null };
}
const hidden = (perspective: Perspective): CriterionScore => ({ criterion: 'C5', perspective, suppressed: true });
const count = (perspective: Perspective, complete: number | 'hidden'): RespondentCount =>
  complete === 'hidden'
    ? { suppressed: true, perspective }
    : {
        suppressed: false,
        perspective,
        complete,
        partial: 1,
        denominator: null,
        rate: null,
        labelIndex: null,
        label: null,
      };

function published(report: Partial<LocationReport>, base = publishedReport()): PublishedReport {
  return { ...base, report: { ...base.report, ...report } };
}

function aggregate(publications: Array<[string, string, PublishedReport | null]>) {
  const chosen = chooseLocations(
    publications.map(([locationId, location, p]) => ({ locationId, location, publication: p })),
  );
  return aggregateIkcReport({ ikc: IKC, model, ...chosen, splits: [], notes: [] });
}

describe('the IKC report pools published cells', () => {
  it('leaves a hidden location cell out and names it', () => {
    const ikc = aggregate([
      [NOORD, 'Locatie Noord', published({ criteria: [cell('parents', 2.6, 20), cell('professionals', 2.7, 10)] })],
      [ZUID, 'Locatie Zuid', published({ criteria: [hidden('parents'), cell('professionals', 3.0, 8)] })],
    ]);
    const parents = ikc.criteria.find((c) => c.criterion === 'C5' && c.perspective === 'parents');
    expect(parents).toMatchObject({ suppressed: false, n: 20, mean: 2.6 });
    expect(parents && !parents.suppressed && parents.from.map((f) => f.location)).toEqual(['Locatie Noord']);
    expect(parents && withoutSentence(parents)).toBe('zonder Locatie Zuid: te weinig antwoorden');
    const professionals = ikc.criteria.find((c) => c.criterion === 'C5' && c.perspective === 'professionals');
    // (10·2.7 + 8·3.0) / 18
    expect(professionals).toMatchObject({ suppressed: false, n: 18 });
    expect(professionals && !professionals.suppressed && professionals.mean).toBeCloseTo(51 / 18, 9);
  });

  it('hides a pooled cell only when every location hides it, and then names them all', () => {
    const ikc = aggregate([
      [NOORD, 'Locatie Noord', published({ criteria: [hidden('children')] })],
      [ZUID, 'Locatie Zuid', published({ criteria: [] })],
    ]);
    const children = ikc.criteria.find((c) => c.perspective === 'children');
    expect(children).toMatchObject({ suppressed: true });
    expect(children && withoutSentence(children)).toBe(
      'zonder Locatie Noord: te weinig antwoorden en Locatie Zuid: niet gemeten',
    );
  });

  it('sums respondents, and hides a perspective as soon as one location hides it, and the total with it', () => {
    const ikc = aggregate([
      [
        NOORD,
        'Locatie Noord',
        published({
          respondents: {
            byPerspective: [count('parents', 20), count('children', 9)],
            total: { suppressed: false, complete: 29, partial: 2 },
          },
        }),
      ],
      [
        ZUID,
        'Locatie Zuid',
        published({
          respondents: {
            byPerspective: [count('parents', 12), count('children', 'hidden')],
            total: { suppressed: true },
          },
        }),
      ],
    ]);
    expect(ikc.respondents.byPerspective).toEqual([
      expect.objectContaining({ perspective: 'parents', suppressed: false, complete: 32, partial: 2 }),
      { suppressed: true, perspective: 'children' },
    ]);
    expect(ikc.respondents.total).toEqual({ suppressed: true });
  });
});

describe('the IKC level per criterion', () => {
  it('comes from the location report’s rules on the pooled cells: no parent evidence at 3.0 caps it at 2.0', () => {
    const noord = published({ criteria: [cell('parents', 2.5, 10), cell('professionals', 3.0, 10)] });
    const ikc = aggregate([
      [NOORD, 'Locatie Noord', noord],
      [ZUID, 'Locatie Zuid', published({ criteria: [cell('parents', 2.0, 30), cell('professionals', 3.0, 10)] })],
    ]);
    // Noord alone would be 3.0 (parents 2.5 ≥ 2.33, gap 0.5); pooled parents are (25 + 60) / 40 = 2.125.
    const alone = aggregate([[NOORD, 'Locatie Noord', noord]]).overall.find((o) => o.criterion === 'C5');
    expect(alone?.level).toBe(3);
    const c5 = ikc.overall.find((o) => o.criterion === 'C5');
    expect(c5).toMatchObject({ level: 2, capped: true, reportedMean: 2 });
    expect(c5?.weightedMean).toBeCloseTo((0.35 * 2.125 + 0.2 * 3) / 0.55, 9);
    expect(c5?.explanation.sentence).toContain('ouders onder 2.33 blijven');
    expect(ikc.gaps.find((g) => g.criterion === 'C5')).toMatchObject({ available: true, gap: 0.875, flagged: true });
  });

  it('of one location equals that location’s own level, and of the same location twice too', () => {
    const random = seeded(3);
    const responses = [
      ...Array.from({ length: 14 }, () =>
        respond(
          scan.parents,
          answersFor(['p5a', 'p5b', 'p5c', 'p7a', 'p7b', 'p7c'], { '4': 0.5, '3': 0.3, '2': 0.2 }, random),
        ),
      ),
      ...Array.from({ length: 8 }, () =>
        respond(
          scan.professionals,
          answersFor(['q5a', 'q5b', 'q5c', 'q7a', 'q7b', 'q7c'], { '4': 0.6, '3': 0.4 }, random),
        ),
      ),
    ];
    const visits = [
      visit(scan.tour, { greeted: 'yes', listened: 'yes', asked_child: 'partly', file_shown: 'no' }),
      visit(scan.tour, { greeted: 'yes', listened: 'partly', asked_child: 'yes', file_shown: 'dk' }),
    ];
    const report = scoreLocation({
      model,
      instruments: [scan.parents, scan.professionals, scan.tour],
      responses,
      visits,
    });
    const own = report.overall.map((o) => [o.criterion, o.level, o.weightedMean, o.capped]);
    const once = aggregate([[NOORD, 'Locatie Noord', published(report)]]);
    expect(once.overall.map((o) => [o.criterion, o.level, o.weightedMean, o.capped])).toEqual(own);
    const twice = aggregate([
      [NOORD, 'Locatie Noord', published(report)],
      [ZUID, 'Locatie Zuid', published(report)],
    ]);
    expect(twice.overall.map((o) => [o.criterion, o.level])).toEqual(own.map(([c, l]) => [c, l]));
    const guest = concatGuestVisits([
      { locationId: NOORD, location: 'Locatie Noord', report },
      { locationId: ZUID, location: 'Locatie Zuid', report },
    ]);
    expect(guest.touchpoints.flatMap((t) => t.visits)).toHaveLength(4);
    expect(guest.evidence.find((e) => e.criterion === 'C5')?.visits).toHaveLength(4);
  });
});

describe('which locations the IKC report takes', () => {
  it('lists a location without publication, and one on another scan model, as not included', () => {
    const v2 = publishedReport();
    const ikc = aggregate([
      [NOORD, 'Locatie Noord', published({})],
      [ZUID, 'Locatie Zuid', null],
      ['00000000-0000-4000-8000-000000000003', 'Locatie West', published({}, v2)],
      ['00000000-0000-4000-8000-000000000004', 'Locatie Oost', { ...v2, report: { ...v2.report, modelVersion: 2 } }],
    ]);
    expect(ikc.modelVersion).toBe(1);
    expect(ikc.locations.map((l) => l.location)).toEqual(['Locatie Noord', 'Locatie West']);
    expect(ikc.notIncluded).toEqual([
      { locationId: ZUID, location: 'Locatie Zuid', reason: 'Er is nog geen gepubliceerd rapport van deze locatie.' },
      expect.objectContaining({ location: 'Locatie Oost', reason: expect.stringContaining('scanmodel versie 2') }),
    ]);
  });

  it('shows each location’s effective level beside the IKC’s, the researcher’s marked', () => {
    const ikc = aggregate([
      [NOORD, 'Locatie Noord', publishedReport({ adjusted: [{ criterion: 'C3', level: 3, reason: 'Gesprekken' }] })],
    ]);
    expect(ikc.locations[0]?.levels.find((l) => l.criterion === 'C3')).toEqual({
      criterion: 'C3',
      level: 3,
      computed: 2,
      adjusted: { level: 3, reason: 'Gesprekken' },
    });
  });
});
