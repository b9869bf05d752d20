import type { InstrumentFile, Perspective } from '../instruments/instrument-file';
import { type AnswerMatrix, buildAnswerMatrix } from './answer-matrix';
import { basicForms } from './basic-forms';
import { criterionScores } from './criterion-scores';
import { itemSummaries } from './item-summaries';
import { scoreMysteryGuest } from './mystery-guest';
import { needsInventory } from './needs-inventory';
import type { LocationReport, OpenAnswerGroup, RespondentCount } from './report-schema';
import { respondentCount } from './response-rates';
import type { ScoreLocationInput, ScoringResponse } from './scoring-input';
import { suppress } from './suppress';
import { tagSummaries } from './tag-summaries';
import { whoWeHeard } from './who-we-heard';

const RESPONDENT_PERSPECTIVES: ReadonlyArray<Perspective> = ['parents', 'professionals', 'children'];

function checkResponses(responses: ReadonlyArray<ScoringResponse>, instruments: ReadonlyArray<InstrumentFile>) {
  const files = new Map(instruments.map((f) => [`${f.key}@${f.version}`, f]));
  responses.forEach((r, i) => {
    const file = files.get(`${r.instrument.key}@${r.instrument.version}`);
    if (!file)
      throw new Error(`response ${i}: ${r.instrument.key} v${r.instrument.version} is not pinned in this round`);
    if (file.perspective !== r.perspective || r.perspective === 'mystery-guest')
      throw new Error(`response ${i}: a ${r.perspective} response on the ${file.perspective} form ${file.key}`);
  });
}

/**
 * Scores one location in one round: every figure of the report, then `suppress` hides small groups and derives the
 * overall levels, gaps and tag means from what may be shown; the needs inventory and the basic forms are added
 * last, each hidden below the minimum group size on its own. Pure: the same input always gives the same report.
 */
export function scoreLocation(input: ScoreLocationInput): LocationReport {
  const { model, instruments, responses } = input;
  checkResponses(responses, instruments);
  const matrices: AnswerMatrix[] = [];
  const byPerspective: RespondentCount[] = [];
  const openAnswers: OpenAnswerGroup[] = [];
  for (const perspective of RESPONDENT_PERSPECTIVES) {
    const own = instruments.filter((f) => f.perspective === perspective);
    if (own.length === 0) continue;
    const mine = responses.filter((r) => r.perspective === perspective);
    const complete = mine.filter((r) => r.status === 'complete');
    matrices.push(buildAnswerMatrix(perspective, own, complete));
    byPerspective.push(
      respondentCount(
        perspective,
        { complete: complete.length, partial: mine.length - complete.length },
        input.denominators ?? {},
        model,
      ),
    );
    const approved = (input.openAnswers ?? []).filter((a) => a.perspective === perspective);
    openAnswers.push({
      shown: true,
      perspective,
      answers: approved.map(({ question, text }) => ({ question, text })),
    });
  }
  const guestForms = instruments.filter((f) => f.perspective === 'mystery-guest');
  const visits = input.visits ?? [];
  const guest = scoreMysteryGuest(visits, guestForms, model, input.settledCodings);
  // Tick summaries count visits, so two raters' codings of one visit enter once, merged.
  const guestMatrix = buildAnswerMatrix(
    'mystery-guest',
    guestForms,
    guest.visits.map((v) => ({ instrument: { key: v.instrumentKey, version: v.version }, answers: v.answers })),
  );
  const sum = (key: 'complete' | 'partial') =>
    byPerspective.reduce((total, r) => total + (r.suppressed ? 0 : r[key]), 0);
  const criteria = [...matrices.flatMap((m) => criterionScores(m, model)), ...guest.criteria];
  const items = [...matrices, guestMatrix].flatMap((m) => itemSummaries(m, model));
  const tags = tagSummaries(matrices, model);
  const raw: LocationReport = {
    modelVersion: model.version,
    instruments: instruments.map((f) => ({ key: f.key, version: f.version, perspective: f.perspective })),
    respondents: { byPerspective, total: { suppressed: false, complete: sum('complete'), partial: sum('partial') } },
    criteria,
    items,
    // Derived in `suppress`, from the figures that may be shown.
    gaps: [],
    overall: [],
    tags,
    mysteryGuest: guest.results,
    openAnswers,
  };
  const report = suppress(raw, model);
  // Both carry their own suppression; the basic forms read the parents' side from the suppressed items.
  const hasInventory = instruments.some(
    (f) => f.perspective === 'parents' && Object.values(f.items).some((m) => m.tags.includes('inventory')),
  );
  const forms = basicForms(responses, instruments, report, model);
  const reach = whoWeHeard(responses, instruments, model);
  return {
    ...report,
    ...(hasInventory ? { needs: needsInventory(responses, instruments, model) } : {}),
    ...(forms ? { basicForms: forms } : {}),
    ...(reach ? { reach } : {}),
  };
}
