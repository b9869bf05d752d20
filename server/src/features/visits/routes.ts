import {
  editableFields,
  findAnswerProblem,
  listQuestions,
  SaveVisitSchema,
  SettleCodingSchema,
  settlementProblem,
  statusLabel,
} from '@driehoek/shared';
import { loadScanModel } from '@driehoek/surveys';
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { recordAudit } from '../../platform/audit';
import { requireStaff } from '../../platform/auth';
import type { AppEnv } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { readJson, readParam, readQuery } from '../../platform/http';
import { notInScope, requireCapability, roundInScope } from '../../platform/scope';
import { listDoubleCodings } from './double-codings';
import { deleteVisit, findVisit, listVisits, roundModelVersion, upsertSettlement, upsertVisit } from './queries';

const Id = z.uuid({ message: 'geen geldig id' });

async function editableRound(c: Context<AppEnv>, roundId: string) {
  const round = await roundInScope(c.var.deps.sql, c.var.user, roundId);
  if (!editableFields(round.status).visits) {
    throw new AppError(
      'conflict',
      `roundId: de ronde is ${statusLabel(round.status)}; bezoeken liggen vast`,
      'roundId',
    );
  }
  return round;
}

export const visitRoutes = new Hono<AppEnv>()
  .use(requireStaff)
  .get('/', requireCapability('visits.read'), async (c) => {
    const { roundId } = readQuery(c, z.object({ roundId: Id }));
    const round = await roundInScope(c.var.deps.sql, c.var.user, roundId);
    return c.json({ items: await listVisits(c.var.deps.sql, round.id) });
  })
  .get('/double-codings', requireCapability('visits.read'), async (c) => {
    const { roundId } = readQuery(c, z.object({ roundId: Id }));
    const { sql, catalog } = c.var.deps;
    const round = await roundInScope(sql, c.var.user, roundId);
    c.header('Cache-Control', 'no-store');
    const modelVersion = await roundModelVersion(sql, round.id);
    return c.json({ items: await listDoubleCodings(sql, catalog, { id: round.id, modelVersion }) });
  })
  // Settling changes what the report scores, like a review decision: allowed in every status; a published report
  // keeps its snapshot until the researcher publishes again (decision 0009).
  .post('/settlements', requireCapability('visits.write'), async (c) => {
    const input = await readJson(c, SettleCodingSchema);
    const { sql, catalog } = c.var.deps;
    const round = await roundInScope(sql, c.var.user, input.roundId);
    const modelVersion = await roundModelVersion(sql, round.id);
    const visitCode = input.visitCode.trim().toUpperCase();
    const find = async () =>
      (await listDoubleCodings(sql, catalog, { id: round.id, modelVersion })).find(
        (d) => d.instrument.key === input.instrumentKey && d.visitCode === visitCode,
      );
    const review = await find();
    if (!review) {
      throw new AppError('validation', 'visitCode: geen bezoek met deze code dat twee keer is gecodeerd', 'visitCode');
    }
    const problem = settlementProblem(review, input.answers, loadScanModel(modelVersion));
    if (problem) throw new AppError('validation', problem.message, problem.field);
    await sql.begin(async (tx) => {
      await upsertSettlement(tx, {
        roundId: round.id,
        instrumentKey: input.instrumentKey,
        visitCode,
        answers: input.answers,
        settledBy: c.var.user.id,
      });
      await recordAudit(
        tx,
        c.var.user,
        'visit.settle',
        { type: 'round', id: round.id },
        { touchpoint: input.instrumentKey, visitCode, decisions: input.answers },
      );
    });
    // Read back as the list shows it: a coding saved in between shows as "changed" at once.
    return c.json((await find()) ?? review);
  })
  .put('/:id', requireCapability('visits.write'), async (c) => {
    const id = readParam(c, 'id', Id);
    const input = await readJson(c, SaveVisitSchema);
    const round = await editableRound(c, input.roundId);
    const instrument = c.var.deps.catalog.get(input.instrument.key, input.instrument.version);
    if (instrument?.perspective !== 'mystery-guest') {
      throw new AppError(
        'validation',
        `instrument: ${input.instrument.key} versie ${input.instrument.version} is geen formulier van de mystery guest`,
        'instrument',
      );
    }
    const problem = findAnswerProblem(listQuestions(instrument.survey), input.answers);
    if (problem) throw new AppError('validation', problem.message, problem.field);
    const { sql } = c.var.deps;
    const existing = await findVisit(sql, c.var.user, id);
    const stored = await sql.begin(async (tx) => {
      const ok = await upsertVisit(tx, {
        id,
        roundId: round.id,
        instrumentKey: instrument.key,
        instrumentVersion: instrument.version,
        visitedOn: input.visitedOn,
        answers: input.answers,
        recordedBy: c.var.user.id,
      });
      if (ok) {
        await recordAudit(
          tx,
          c.var.user,
          existing ? 'visit.update' : 'visit.create',
          { type: 'visit', id },
          { touchpoint: instrument.key },
        );
      }
      return ok;
    });
    // The same answer whether the id belongs to another round of this user or to a round they cannot see.
    if (!stored) throw new AppError('conflict', 'id: dit bezoek-id is al in gebruik; maak een nieuw bezoek', 'id');
    return c.json(await findVisit(sql, c.var.user, id), existing ? 200 : 201);
  })
  .delete('/:id', requireCapability('visits.write'), async (c) => {
    const visit = await findVisit(c.var.deps.sql, c.var.user, readParam(c, 'id', Id));
    if (!visit) throw notInScope('Bezoek');
    await editableRound(c, visit.roundId);
    await c.var.deps.sql.begin(async (tx) => {
      await deleteVisit(tx, visit.id);
      await recordAudit(tx, c.var.user, 'visit.delete', { type: 'visit', id: visit.id });
    });
    return c.body(null, 204);
  });
