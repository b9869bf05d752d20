import { type PublishedReport, PublishedReportSchema } from '../contracts/reports';
import { type CriterionId, CriterionIdSchema, type Perspective } from '../instruments/instrument-file';
import { bandOf } from '../model/scan-model';
import type { CriterionScore, Gap, Level, LocationReport } from '../scoring/report-schema';
import { model } from './scoring-fixtures';

export type PublishedSpec = {
  /** Overall level per criterion (default 2.0, mean 2.0). */
  levels?: Partial<Record<CriterionId, { level: Level | null; mean?: number }>>;
  /** Perspective means per criterion; 'hidden' for a group below the minimum. */
  cells?: Partial<Record<CriterionId, Partial<Record<Perspective, number | 'hidden'>>>>;
  respondents?: LocationReport['respondents']['byPerspective'];
  basicForms?: LocationReport['basicForms'];
  reach?: LocationReport['reach'];
  needs?: LocationReport['needs'];
  summary?: Partial<PublishedReport['judgement']['summary']>;
  adjusted?: Array<{ criterion: CriterionId; level: Level; reason: string }>;
};

const cell = (criterion: CriterionId, perspective: Perspective, mean: number | 'hidden'): CriterionScore =>
  mean === 'hidden'
    ? { suppressed: true, criterion, perspective }
    : {
        suppressed: false,
        criterion,
        perspective,
        n: 20,
        mean,
        sd: 0.4,
        interval: null,
        confidence: 0.95,
        band: bandOf(model, mean),
        possibleBands: [bandOf(model, mean)],
        crossesBandEdge: false,
        label: `${bandOf(model, mean)}.0`,
        levelShares: { '1': 0.2, '2': 0.5, '3': 0.3 },
        dontKnowRate: null,
        dontKnowFlag: false,
        reliability: null,
      };

function gapOf(criterion: CriterionId, cells: Partial<Record<Perspective, number | 'hidden'>>): Gap {
  const from = cells.professionals;
  const minus = cells.parents;
  const key = { criterion, from: 'professionals' as const, minus: 'parents' as const };
  if (from === undefined || minus === undefined) return { available: false, ...key, because: 'missing' };
  if (from === 'hidden' || minus === 'hidden') return { available: false, ...key, because: 'suppressed' };
  const gap = from - minus;
  return { available: true, ...key, fromMean: from, minusMean: minus, gap, flagged: gap >= 0.67, sentence: '' };
}

/** A publication built from a few numbers, parsed by the contract so a changed schema breaks the tests. */
export function publishedReport(spec: PublishedSpec = {}): PublishedReport {
  const ids = CriterionIdSchema.options;
  const report: LocationReport = {
    modelVersion: 1,
    instruments: [],
    respondents: { byPerspective: spec.respondents ?? [], total: { suppressed: true } },
    criteria: ids.flatMap((id) =>
      Object.entries(spec.cells?.[id] ?? {}).map(([p, mean]) => cell(id, p as Perspective, mean)),
    ),
    items: [],
    overall: ids.map((id) => {
      const o = spec.levels?.[id] ?? { level: 2 };
      const mean = o.level === null ? null : (o.mean ?? o.level);
      return {
        criterion: id,
        level: o.level,
        weightedMean: mean,
        reportedMean: mean,
        capped: false,
        explanation: { reasons: [], sentence: '' },
      };
    }),
    gaps: ids.map((id) => gapOf(id, spec.cells?.[id] ?? {})),
    tags: [],
    mysteryGuest: { touchpoints: [], evidence: [] },
    openAnswers: [],
    ...(spec.basicForms ? { basicForms: spec.basicForms } : {}),
    ...(spec.reach ? { reach: spec.reach } : {}),
    ...(spec.needs ? { needs: spec.needs } : {}),
  };
  return PublishedReportSchema.parse({
    round: {
      id: '5d9c1f0e-2b4a-4c7d-8e9f-0a1b2c3d4e5f',
      locationId: '6e0d2a1f-3c5b-4d8e-9fa0-1b2c3d4e5f60',
      location: 'Locatie Noord',
      ikc: 'IKC De Driehoek',
      organisation: 'Gemeente Leeuwarden',
      kind: 'baseline',
      status: 'reported',
      name: null,
      opensOn: '2026-10-01',
      closesOn: '2026-11-15',
      modelVersion: 1,
      families: 100,
      pupils812: 60,
      professionals: 20,
    },
    report,
    comparison: null,
    judgement: {
      summary: { strengths: '', improvements: '', advice: '', ...spec.summary },
      criteria: (spec.adjusted ?? []).map((a) => ({
        criterion: a.criterion,
        interpretation: '',
        adjustedLevel: a.level,
        reason: a.reason,
        by: 'Ria',
        at: '2026-12-01T10:00',
      })),
      quotes: [],
    },
    publication: { version: 1, publishedAt: '2026-12-02T09:30', publishedBy: 'Ria' },
  });
}
