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
import { type AppEnv, readJson, readParam, readQuery } from '../../context';
import { AppError } from '../../errors';
import { locationInScope, notInScope, requireCapability, roundInScope } from '../access/scope';
import { recordAudit } from '../audit/queries';
import { refreshLocationScore } from '../overview/location-scores';
import { requireStaff } from '../session/session-cookie';
import { insertRound } from './queries';
import { findRound, listRounds, roundMonitor, setRoundDates } from './round-queries';
import { sealRoundStorage } from './seal-storage';

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
        // The latest model: a round created today is scored by today's rules, and keeps them.
        modelVersion: loadScanModel().version,
      });
      await tx`update rounds set name = ${input.name}, single_use_codes = ${input.singleUseCodes} where id = ${roundId}`;
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
    await sql.begin(async (tx) => {
      // Re-check inside the transaction so two clicks cannot both move the round.
      // closed_at starts the grace period for people who were answering; reopening clears it.
      const closedAt = to === 'closed' ? c.var.deps.now() : null;
      const [row] = await tx`
        update rounds set status = ${to}, closed_at = ${to === 'reported' ? tx`closed_at` : closedAt}
         where id = ${round.id} and status = ${round.status} returning id`;
      if (!row)
        throw new AppError('conflict', 'to: de ronde is intussen door iemand anders gewijzigd; laad opnieuw', 'to');
      if (to === 'closed' || to === 'reported') await sealRoundStorage(tx, round.id);
      await recordAudit(
        tx,
        c.var.user,
        'round.transition',
        { type: 'round', id: round.id },
        { from: round.status, to },
      );
    });
    c.var.deps.linkCache?.clear();
    if (to === 'closed' || to === 'reported') await refreshLocationScore(c.var.deps, round.locationId);
    return c.json(await findRound(sql, c.var.user, round.id));
  });
