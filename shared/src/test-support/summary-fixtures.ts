import { type PublishedReport, PublishedReportSchema } from '../contracts/reports';
import { type CriterionId, CriterionIdSchema, type Perspective } from '../instruments/instrument-file';
import {
  CHILD_TEXT_KEYS,
  PARENT_TEXT_KEYS,
  type ParentTextKey,
  SUMMARY_LOCALES,
  type SummaryTexts,
  SummaryTextsSchema,
} from '../summaries/summary-texts';

type Cell =
  | { perspective: Perspective; criterion: CriterionId; mean: number; n: number }
  | {
      perspective: Perspective;
      criterion: CriterionId;
      suppressed: true;
    };

export type PublishedFixture = {
  /** Complete respondents per perspective; `'hidden'` for a group below the minimum. */
  respondents?: Partial<Record<Perspective, number | 'hidden'>>;
  families?: number | null;
  cells?: Cell[];
  /** Overall level per criterion (mean = level); absent criteria get none. */
  overall?: Partial<Record<CriterionId, 1 | 2 | 3>>;
  adjusted?: Partial<Record<CriterionId, 1 | 2 | 3>>;
  strengths?: string;
  improvements?: string;
  openAnswers?: PublishedReport['report']['openAnswers'];
};

const band = (mean: number) => (mean < 1.67 ? 1 : mean < 2.33 ? 2 : 3);

/** A publication snapshot with only what the summaries read, parsed by the contract so it stays valid. */
export function publishedFixture(f: PublishedFixture = {}): PublishedReport {
  const respondents = f.respondents ?? { parents: 40 };
  const byPerspective = Object.entries(respondents).map(([perspective, count]) =>
    count === 'hidden'
      ? { suppressed: true, perspective }
      : {
          suppressed: false,
          perspective,
          complete: count,
          partial: 0,
          denominator: perspective === 'parents' && f.families ? { kind: 'families', count: f.families } : null,
          rate: perspective === 'parents' && f.families ? count / f.families : null,
          labelIndex: null,
          label: null,
        },
  );
  const criteria = (f.cells ?? []).map((c) => {
    if ('suppressed' in c) return { suppressed: true, perspective: c.perspective, criterion: c.criterion };
    const b = band(c.mean);
    return {
      suppressed: false,
      perspective: c.perspective,
      criterion: c.criterion,
      n: c.n,
      mean: c.mean,
      sd: 0.4,
      interval: null,
      confidence: 0.95,
      band: b,
      possibleBands: [b],
      crossesBandEdge: false,
      label: `${b}.0`,
      levelShares: { '1': 0.2, '2': 0.5, '3': 0.3 },
      dontKnowRate: 0,
      dontKnowFlag: false,
      reliability: null,
    };
  });
  const overall = Object.entries(f.overall ?? {}).map(([criterion, level]) => ({
    criterion,
    level,
    weightedMean: level,
    reportedMean: level,
    capped: false,
    explanation: { reasons: [], sentence: `${level}.0` },
  }));
  return PublishedReportSchema.parse({
    round: {
      id: '4b8f0c1e-7a1f-4a57-9d0e-1f2a3b4c5d01',
      locationId: '4b8f0c1e-7a1f-4a57-9d0e-1f2a3b4c5d02',
      location: 'Locatie Noord',
      ikc: 'IKC De Vlinder',
      organisation: 'Gemeente Leeuwarden',
      kind: 'baseline',
      status: 'reported',
      name: null,
      opensOn: '2026-10-01',
      closesOn: '2026-10-31',
      modelVersion: 2,
      families: f.families ?? null,
      pupils812: null,
      professionals: null,
    },
    report: {
      modelVersion: 2,
      instruments: [],
      respondents: { byPerspective, total: { suppressed: true } },
      criteria,
      items: [],
      overall,
      gaps: [],
      tags: [],
      mysteryGuest: { touchpoints: [], evidence: [] },
      openAnswers: f.openAnswers ?? [],
    },
    comparison: null,
    judgement: {
      summary: { strengths: f.strengths ?? '', improvements: f.improvements ?? '', advice: '' },
      criteria: Object.entries(f.adjusted ?? {}).map(([criterion, level]) => ({
        criterion,
        interpretation: '',
        adjustedLevel: level,
        reason: 'De bezoeken laten meer zien.',
        by: 'Onderzoeker',
        at: '2026-11-20T10:00',
      })),
      quotes: [],
    },
    publication: { version: 1, publishedAt: '2026-11-23T12:00', publishedBy: 'Onderzoeker' },
  });
}

const PLACEHOLDERS: Partial<Record<ParentTextKey, string>> = {
  intro: ' {ikc}',
  heardCount: ' {n}',
  heardRate: ' {rate}',
  basedOn: ' {date}',
};

/** Summary words that say which key and language they are ("ar:wellHeading"), so tests need no real wording. */
export function fakeSummaryTexts(): SummaryTexts {
  const every = (key: string) => Object.fromEntries(SUMMARY_LOCALES.map((l) => [l, `${l}:${key}`]));
  const criteria = CriterionIdSchema.options;
  return SummaryTextsSchema.parse({
    version: 1,
    about: 'test',
    parents: {
      languageName: every('language'),
      months: Object.fromEntries(
        SUMMARY_LOCALES.map((l) => [l, Array.from({ length: 12 }, (_, i) => `${l}-m${i + 1}`)]),
      ),
      criteria: Object.fromEntries(criteria.map((c) => [c, every(`criterion-${c}`)])),
      levels: { '1': every('level-1'), '2': every('level-2'), '3': every('level-3') },
      text: Object.fromEntries(
        PARENT_TEXT_KEYS.map((k) => [
          k,
          Object.fromEntries(SUMMARY_LOCALES.map((l) => [l, `${l}:${k}${PLACEHOLDERS[k] ?? ''}`])),
        ]),
      ),
      dutchOnly: {
        researcherStrengths: 'nl:researcherStrengths',
        researcherImprovements: 'nl:researcherImprovements',
        teamGoal: 'nl:teamGoal',
        readInDutch: 'nl:readInDutch',
      },
    },
    children: {
      criteria: Object.fromEntries(criteria.map((c) => [c, { topic: `topic-${c}`, icon: 'heart' }])),
      levels: { '1': 'child-level-1', '2': 'child-level-2', '3': 'child-level-3' },
      text: Object.fromEntries(CHILD_TEXT_KEYS.map((k) => [k, k === 'intro' ? 'child:intro {ikc}' : `child:${k}`])),
    },
  });
}
