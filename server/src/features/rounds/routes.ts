import {
  type Audience,
  editableFields,
  hideSmallCounts,
  ListQuerySchema,
  RoundDatesSchema,
  RoundInputSchema,
  RoundStatusSchema,
  RoundTransitionSchema,
  seesRawCounts,
  transitionProblem,
} from '@driehoek/shared';
import { loadScanModel } from '@driehoek/surveys';
import { Hono } from 'hono';
import { z } from 'zod';
import { recordAudit } from '../../platform/audit';
import { requireStaff } from '../../platform/auth';
import type { AppEnv } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { readJson, readParam, readQuery } from '../../platform/http';
import { locationInScope, notInScope, requireCapability, roundInScope } from '../../platform/scope';
import { openQuestionIndex } from '../open-answers/open-questions';
import { moveRound } from './move-round';
import { findRound, insertRound, listRounds, roundMonitor, setRoundDates, setRoundDetails } from './queries';
import { worklist } from './worklist';

const Id = z.uuid({ message: 'geen geldig id' });
const RoundListQuery = ListQuerySchema.omit({ archived: true }).extend({
  locationId: Id.optional(),
  status: RoundStatusSchema.optional(),
});

export const roundRoutes = new Hono<AppEnv>()
  .use(requireStaff)
  .get('/', requireCapability('rounds.read'), async (c) =>
    c.json(await listRounds(c.var.deps.sql, c.var.user, readQuery(c, RoundListQuery))),
  )
  // What needs doing is the researcher's work: rounds closing soon, open answers to review, reports to publish.
  .get('/worklist', requireCapability('review.write'), async (c) => {
    c.header('Cache-Control', 'no-store');
    const { sql, catalog } = c.var.deps;
    return c.json(await worklist(sql, c.var.user, openQuestionIndex(catalog)));
  })
  .get('/:id', requireCapability('rounds.read'), async (c) => {
    const round = await findRound(c.var.deps.sql, c.var.user, readParam(c, 'id', Id));
    if (!round) throw notInScope('Ronde');
    return c.json(round);
  })
  .get('/:id/monitor', requireCapability('monitor.read'), async (c) => {
    const round = await roundInScope(c.var.deps.sql, c.var.user, readParam(c, 'id', Id));
    c.header('Cache-Control', 'no-store');
    // This process's counts of the last second first, so the peak flag is current.
    await c.var.deps.traffic?.flush();
    const monitor = await roundMonitor(c.var.deps.sql, round.id);
    if (seesRawCounts(c.var.user.role)) return c.json(monitor);
    const { minGroupSize } = loadScanModel().privacy;
    return c.json({
      ...monitor,
      audiences: monitor.audiences.map((a) => ({
        ...hideSmallCounts(a, c.var.user.role, minGroupSize),
        responseRate: a.complete !== null && a.complete >= minGroupSize ? a.responseRate : null,
        perDay: [],
        flags: [],
      })),
    });
  })
  .post('/', requireCapability('rounds.write'), async (c) => {
    const input = await readJson(c, RoundInputSchema);
    const { sql, catalog } = c.var.deps;
    const location = await locationInScope(sql, c.var.user, input.locationId).catch(() => {
      throw new AppError('validation', 'locationId: deze locatie bestaat niet of valt buiten uw toegang', 'locationId');
    });
    for (const [audience, pin] of Object.entries(input.instruments) as [Audience, { key: string; version: number }][]) {
      const instrument = catalog.get(pin.key, pin.version);
      if (!instrument || instrument.perspective !== audience) {
        throw new AppError(
          'validation',
          `instruments.${audience}: ${pin.key} versie ${pin.version} is geen gepubliceerde vragenlijst voor deze doelgroep`,
          `instruments.${audience}`,
        );
      }
    }
    const id = await sql.begin(async (tx) => {
      const { roundId } = await insertRound(tx, {
        locationId: location.id,
        kind: input.kind,
        status: 'draft',
        opensOn: input.opensOn,
        closesOn: input.closesOn,
        instruments: input.instruments,
      });
      await setRoundDetails(tx, roundId, { name: input.name, singleUseCodes: input.singleUseCodes });
      await recordAudit(
        tx,
        c.var.user,
        'round.create',
        { type: 'round', id: roundId },
        { instruments: input.instruments },
      );
      return roundId;
    });
    return c.json(await findRound(sql, c.var.user, id), 201);
  })
  .patch('/:id/dates', requireCapability('rounds.write'), async (c) => {
    const { sql } = c.var.deps;
    const round = await roundInScope(sql, c.var.user, readParam(c, 'id', Id));
    const dates = await readJson(c, RoundDatesSchema);
    const editable = editableFields(round.status);
    if (dates.opensOn !== round.opensOn && !editable.opensOn) {
      throw new AppError('validation', 'opensOn: de openingsdatum ligt vast zodra de ronde open is', 'opensOn');
    }
    if (dates.closesOn !== round.closesOn && !editable.closesOn) {
      throw new AppError(
        'validation',
        'closesOn: een gesloten ronde krijgt geen nieuwe sluitdatum; heropen haar eerst',
        'closesOn',
      );
    }
    await sql.begin(async (tx) => {
      await setRoundDates(tx, round.id, dates);
      await recordAudit(tx, c.var.user, 'round.dates', { type: 'round', id: round.id }, dates);
    });
    c.var.deps.linkCache?.clear();
    return c.json(await findRound(sql, c.var.user, round.id));
  })
  .post('/:id/transition', requireCapability('rounds.write'), async (c) => {
    const { sql } = c.var.deps;
    const round = await roundInScope(sql, c.var.user, readParam(c, 'id', Id));
    const { to } = await readJson(c, RoundTransitionSchema);
    const problem = transitionProblem(round.status, to);
    if (problem) throw new AppError('conflict', `to: ${problem}`, 'to');
    await moveRound(c.var.deps, c.var.user, round, to);
    return c.json(await findRound(sql, c.var.user, round.id));
  });
