import { createHash } from 'node:crypto';
import {
  hideSmallCounts,
  type PublishedReport,
  publicationChanges,
  publishTodo,
  type ReportJudgement,
  type ReportView,
  type RoundReportView,
  seesRawCounts,
} from '@driehoek/shared';
import { loadScanModel } from '@driehoek/surveys';
import type { AppDeps, SessionUser } from '../../platform/context';
import { roundInScope } from '../../platform/scope';
import { openQuestionNames } from '../open-answers/open-questions';
import { roundMonitor } from '../rounds/queries';
import { buildRoundReport } from './build-report';
import { countPendingOpenAnswers, loadJudgement } from './judgement-queries';
import { currentPublication, smallChangeSincePublications } from './publication-queries';
import { findReportRound, listPins, rawDataDeletedOn } from './queries';

/** The researcher's draft: the live report, their judgement, and what is still to do. */
export type Draft = RoundReportView & { judgement: ReportJudgement };

export async function buildDraft(deps: AppDeps, roundId: string): Promise<Draft> {
  const built = await buildRoundReport(deps, roundId);
  if (!built) throw new Error(`round ${roundId} not loadable`);
  return { ...built, judgement: await loadJudgement(deps.sql, roundId, deps.catalog) };
}

/** What a publication is compared by: a draft with the same fingerprint would show readers the same report. */
export const fingerprintOf = (draft: Draft): string =>
  createHash('sha256')
    .update(JSON.stringify({ report: draft.report, comparison: draft.comparison, judgement: draft.judgement }))
    .digest('base64url');

async function pendingOpenAnswers(deps: AppDeps, roundId: string): Promise<number> {
  const pins = await listPins(deps.sql, roundId);
  const names = pins.flatMap((p) => {
    const file = deps.catalog.get(p.key, p.version);
    return file ? openQuestionNames(file) : [];
  });
  return countPendingOpenAnswers(deps.sql, roundId, [...new Set(names)]);
}

const criterionNames = (modelVersion: number) =>
  loadScanModel(modelVersion).criteria.map((c) => ({ id: c.id, name: c.name.nl }));

/**
 * A publication as its readers get it, with the criteria's names and, once the round's raw data is gone (retention,
 * decision 0015), the day it went: the snapshot itself never changes.
 */
export const publishedView = (
  snapshot: PublishedReport,
  deletedOn?: string,
): Extract<ReportView, { state: 'published' }> => ({
  state: 'published',
  ...snapshot,
  criterionNames: criterionNames(snapshot.round.modelVersion),
  ...(deletedOn ? { rawDataDeletedOn: deletedOn } : {}),
});

/** The draft as the researcher works on it: what is still to do, and what changed since the publication in force. */
export async function draftView(deps: AppDeps, roundId: string): Promise<Extract<ReportView, { state: 'draft' }>> {
  const draft = await buildDraft(deps, roundId);
  const published = await currentPublication(deps.sql, roundId);
  const complete = draft.report.respondents.byPerspective.reduce((n, r) => n + (r.suppressed ? 0 : r.complete), 0);
  const todo = publishTodo({
    status: draft.round.status,
    openAnswersPending: await pendingOpenAnswers(deps, roundId),
    judgement: draft.judgement,
    // A suppressed group still has answers; "no complete responses" only when nothing at all came in.
    completeResponses: draft.report.respondents.byPerspective.some((r) => r.suppressed) ? 1 + complete : complete,
    smallChange: await smallChangeSincePublications(
      deps.sql,
      roundId,
      loadScanModel(draft.round.modelVersion).privacy.minGroupSize,
    ),
    rawDataDeleted: (await rawDataDeletedOn(deps.sql, roundId)) !== undefined,
  });
  return {
    state: 'draft',
    criterionNames: criterionNames(draft.round.modelVersion),
    ...draft,
    todo,
    published: published
      ? {
          version: published.version,
          publishedAt: published.snapshot.publication.publishedAt,
          publishedBy: published.snapshot.publication.publishedBy,
          changes: published.fingerprint === fingerprintOf(draft) ? [] : publicationChanges(published.snapshot, draft),
        }
      : null,
  };
}

/**
 * The report as `user` may see it (404 outside their scope): researchers and admins the draft; the IKC team and the
 * municipality the publication in force, or, before publication, response counts only (small groups hidden). So
 * nobody outside the research team can read a report twice around one more response and learn that response.
 */
export async function reportViewFor(deps: AppDeps, user: SessionUser, roundId: string): Promise<ReportView> {
  await roundInScope(deps.sql, user, roundId);
  const deletedOn = await rawDataDeletedOn(deps.sql, roundId);
  // Without raw data a draft would score nothing: the researcher, too, reads what was published.
  if (seesRawCounts(user.role) && !deletedOn) return draftView(deps, roundId);
  const published = await currentPublication(deps.sql, roundId);
  if (published) return publishedView(published.snapshot, deletedOn);
  if (seesRawCounts(user.role)) return draftView(deps, roundId);
  // Nothing is scored for these readers before publication: only the round and its counts are read.
  const round = await findReportRound(deps.sql, roundId);
  if (!round) throw new Error(`round ${roundId} not loadable`);
  const { minGroupSize } = loadScanModel(round.modelVersion).privacy;
  const monitor = await roundMonitor(deps.sql, roundId);
  return {
    state: 'unpublished',
    round,
    counts: monitor.audiences.map((a) => {
      const shown = hideSmallCounts({ complete: a.complete, partial: a.partial }, user.role, minGroupSize);
      return { audience: a.audience, complete: shown.complete, partial: shown.partial };
    }),
  };
}
