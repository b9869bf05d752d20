import { ExcludeBurstInputSchema, ExcludeInputSchema, type ResponseReview } from '@driehoek/shared';
import { loadScanModel } from '@driehoek/surveys';
import { Hono } from 'hono';
import { z } from 'zod';
import { recordAudit } from '../../platform/audit';
import { requireStaff } from '../../platform/auth';
import type { AppDeps, AppEnv, SessionUser } from '../../platform/context';
import { dutchDate } from '../../platform/dates';
import { AppError } from '../../platform/errors';
import { readJson, readParam } from '../../platform/http';
import { requireCapability, roundInScope } from '../../platform/scope';
import { currentPublication } from '../reports/publication-queries';
import { rawDataDeletedOn } from '../reports/queries';
import {
  burstResponseIds,
  excludeResponses,
  includeResponses,
  listBursts,
  listReviewedResponses,
  notInRound,
} from './queries';

const Id = z.uuid({ message: 'geen geldig id' });

/** The round's responses as the researcher judges them, and what excluding does to its report now. */
async function reviewOf(deps: AppDeps, roundId: string): Promise<ResponseReview> {
  const { sql } = deps;
  const [round] = await sql<{ status: ResponseReview['status']; modelVersion: number }[]>`
    select status, model_version as "modelVersion" from rounds where id = ${roundId}`;
  if (!round) throw new AppError('not_found', 'Ronde niet gevonden');
  const published = await currentPublication(sql, roundId);
  return {
    roundId,
    status: round.status,
    publishedVersion: published?.version ?? null,
    minGroupSize: loadScanModel(round.modelVersion).privacy.minGroupSize,
    rawDataDeletedOn: (await rawDataDeletedOn(sql, roundId)) ?? null,
    bursts: await listBursts(sql, roundId),
    responses: await listReviewedResponses(sql, roundId),
  };
}

/** The round, in scope and with its raw data still there: excluding needs the responses. */
async function roundToChange(deps: AppDeps, user: SessionUser, roundId: string) {
  const round = await roundInScope(deps.sql, user, roundId);
  if (await rawDataDeletedOn(deps.sql, roundId)) {
    throw new AppError('conflict', 'roundId: de ruwe gegevens van deze ronde zijn verwijderd', 'roundId');
  }
  return round;
}

/**
 * Excludes responses from scoring, or counts them in again, with the reason and who did it in the audit log (the
 * ids and the reason; never answers). The publication in force does not change: only the draft does, and the
 * republication guard then treats each exclusion as a difference (decision 0015).
 */
async function setExcluded(
  deps: AppDeps,
  user: SessionUser,
  roundId: string,
  ids: readonly string[],
  reason: string,
  exclude: boolean,
) {
  const unknown = await notInRound(deps.sql, roundId, ids);
  if (unknown.length > 0) {
    throw new AppError(
      'validation',
      `responseIds: ${unknown.length === 1 ? 'een antwoord hoort' : `${unknown.length} antwoorden horen`} niet bij deze ronde`,
      'responseIds',
    );
  }
  await deps.sql.begin(async (tx) => {
    const changed = exclude
      ? await excludeResponses(tx, { ids, reason, userId: user.id, on: dutchDate(deps.now()) })
      : await includeResponses(tx, ids);
    await recordAudit(
      tx,
      user,
      exclude ? 'response.exclude' : 'response.include',
      { type: 'round', id: roundId },
      { responseIds: [...ids], changed, reason },
    );
  });
}

/** The researcher's view of a round's responses and their exclusion from scoring (issue 22.3). */
export const exclusionRoutes = new Hono<AppEnv>()
  .use(requireStaff, requireCapability('responses.exclude'))
  .get('/:roundId', async (c) => {
    const round = await roundInScope(c.var.deps.sql, c.var.user, readParam(c, 'roundId', Id));
    c.header('cache-control', 'private, no-store');
    return c.json(await reviewOf(c.var.deps, round.id));
  })
  .post('/:roundId/exclude', async (c) => {
    const round = await roundToChange(c.var.deps, c.var.user, readParam(c, 'roundId', Id));
    const { responseIds, reason } = await readJson(c, ExcludeInputSchema);
    await setExcluded(c.var.deps, c.var.user, round.id, responseIds, reason, true);
    return c.json(await reviewOf(c.var.deps, round.id));
  })
  .post('/:roundId/include', async (c) => {
    const round = await roundToChange(c.var.deps, c.var.user, readParam(c, 'roundId', Id));
    const { responseIds, reason } = await readJson(c, ExcludeInputSchema);
    await setExcluded(c.var.deps, c.var.user, round.id, responseIds, reason, false);
    return c.json(await reviewOf(c.var.deps, round.id));
  })
  .post('/:roundId/bursts/:burstId/exclude', async (c) => {
    const round = await roundToChange(c.var.deps, c.var.user, readParam(c, 'roundId', Id));
    const burst = readParam(c, 'burstId', Id);
    const { reason } = await readJson(c, ExcludeBurstInputSchema);
    const ids = await burstResponseIds(c.var.deps.sql, round.id, burst);
    if (ids.length === 0) throw new AppError('not_found', 'Piek niet gevonden');
    await setExcluded(c.var.deps, c.var.user, round.id, ids, reason, true);
    return c.json(await reviewOf(c.var.deps, round.id));
  });
