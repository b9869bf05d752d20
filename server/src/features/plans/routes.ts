import {
  ActionInputSchema,
  ActionPatchSchema,
  CreatePlanSchema,
  can,
  GoalInputSchema,
  GoalPatchSchema,
  type Plan,
  planStatus,
  StatusChangeSchema,
  UpdatePlanSchema,
} from '@driehoek/shared';
import { loadActionLibrary } from '@driehoek/surveys';
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { recordAudit } from '../../platform/audit';
import { requireStaff } from '../../platform/auth';
import type { AppEnv } from '../../platform/context';
import { dutchDate } from '../../platform/dates';
import { AppError } from '../../platform/errors';
import { readJson, readParam, readQuery } from '../../platform/http';
import { DEFAULT_CHROMIUM_PATH, pdfAvailable, renderPdf } from '../../platform/pdf';
import { pdfDownload, requireChromium } from '../../platform/pdf-route';
import { notInScope, requireCapability, roundInScope } from '../../platform/scope';
import { priorityGoals } from '../meetings/priority-goals';
import { findReportRound } from '../reports/queries';
import { buildPlan } from './build-plan';
import { committeeRoutes } from './committee-routes';
import {
  deleteAction,
  deleteGoal,
  findAction,
  findGoal,
  findPlan,
  findPlanIdForRound,
  insertAction,
  insertGoal,
  insertPlan,
  insertUpdate,
  listPlans,
  setActionStatus,
  updateAction,
  updateGoal,
  updatePlan,
} from './queries';
import { renderPlanDocx } from './render/plan-docx';
import { renderPlanHtml } from './render/plan-html';
import { writePlan } from './write-plan';

const Id = z.uuid({ message: 'geen geldig id' });
const write = requireCapability('plan.write');

/** The plan if the user may see it, else 404. */
async function planOf(c: Context<AppEnv>) {
  const plan = await findPlan(c.var.deps.sql, c.var.user, readParam(c, 'planId', Id));
  if (!plan) throw notInScope('Plan');
  return plan;
}

/** Why a plan cannot start from this round, or null. */
function cannotStart(status: string, role: AppEnv['Variables']['user']['role']): string | null {
  if (!can(role, 'plan.write')) return 'Alleen het IKC-team en de onderzoeker maken een plan van aanpak.';
  if (status !== 'reported')
    return 'Een plan van aanpak start vanuit het gepubliceerde rapport. De onderzoeker publiceert het rapport als de ronde gesloten is.';
  return null;
}

const slug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-') || 'locatie';
const fileName = (plan: Plan, ext: string) =>
  `plan-van-aanpak-${slug(plan.location.name)}-${plan.round.opensOn}.${ext}`;

/**
 * Plans of action: per location, started from the report of a closed round. Reads need `report.read` and the
 * location in scope; writes `plan.write`. Every write answers the whole plan, so the page never goes stale.
 */
export const planRoutes = new Hono<AppEnv>()
  .use(requireStaff, requireCapability('report.read'))
  .get('/', async (c) => {
    const filter = readQuery(
      c,
      z.object({ locationId: Id.optional(), ikcId: Id.optional(), organisationId: Id.optional() }),
    );
    const today = dutchDate(c.var.deps.now());
    const rows = await listPlans(c.var.deps.sql, c.var.user, filter);
    return c.json({
      items: rows.map(({ actions, goals, ...r }) => ({ ...r, ...planStatus(goals, actions, today) })),
    });
  })
  .get('/by-round/:roundId', async (c) => {
    const round = await roundInScope(c.var.deps.sql, c.var.user, readParam(c, 'roundId', Id));
    const planId = await findPlanIdForRound(c.var.deps.sql, round.id);
    return c.json({
      plan: planId ? await buildPlan(c.var.deps, c.var.user, planId) : null,
      cannotStart: planId ? null : cannotStart(round.status, c.var.user.role),
    });
  })
  .post('/', write, async (c) => {
    const { sql } = c.var.deps;
    const input = await readJson(c, CreatePlanSchema);
    const round = await roundInScope(sql, c.var.user, input.roundId);
    const reason = cannotStart(round.status, c.var.user.role);
    if (reason) throw new AppError('conflict', `roundId: ${reason}`, 'roundId');
    if (await findPlanIdForRound(sql, round.id))
      throw new AppError('conflict', 'roundId: deze ronde heeft al een plan van aanpak', 'roundId');
    const info = await findReportRound(sql, round.id);
    const title = `Plan van aanpak ${info?.location ?? ''} ${round.opensOn.slice(0, 4)}`.replace(/\s+/g, ' ');
    const planId = await sql.begin(async (tx) => {
      const id = await insertPlan(tx, {
        locationId: round.locationId,
        roundId: round.id,
        title,
        libraryVersion: loadActionLibrary().version,
        createdBy: c.var.user.id,
      });
      // The priorities the team agreed in the feedback meeting become the plan's first goals.
      for (const goal of await priorityGoals(tx, round.id)) await insertGoal(tx, id, goal);
      await recordAudit(tx, c.var.user, 'plan.create', { type: 'plan', id }, { roundId: round.id });
      return id;
    });
    return c.json(await buildPlan(c.var.deps, c.var.user, planId), 201);
  })
  .get('/:planId', async (c) => {
    const plan = await planOf(c);
    c.header('cache-control', 'private, no-store');
    return c.json(await buildPlan(c.var.deps, c.var.user, plan.id));
  })
  .patch('/:planId', write, async (c) => {
    const plan = await planOf(c);
    const input = await readJson(c, UpdatePlanSchema);
    const { plan: written } = await writePlan(
      c,
      plan.id,
      { action: 'plan.update', details: { fields: Object.keys(input) } },
      (tx) => updatePlan(tx, plan.id, input),
    );
    return c.json(written);
  })
  .post('/:planId/goals', write, async (c) => {
    const plan = await planOf(c);
    const input = await readJson(c, GoalInputSchema);
    const current = (await buildPlan(c.var.deps, c.var.user, plan.id)).criteria.find(
      (f) => f.criterion === input.criterion,
    );
    if (current?.level && current.level >= input.ambition)
      throw new AppError(
        'validation',
        `ambition: ${input.criterion} staat al op ${current.label}; kies een ambitie boven het huidige niveau`,
        'ambition',
      );
    const details: Record<string, unknown> = {};
    const { plan: written, changed } = await writePlan(
      c,
      plan.id,
      { action: 'plan.goal.create', details },
      async (tx) => {
        const id = await insertGoal(tx, plan.id, input);
        details.goalId = id;
        return id !== undefined;
      },
    );
    if (!changed)
      throw new AppError('conflict', `criterion: het plan heeft al een doel voor ${input.criterion}`, 'criterion');
    return c.json(written, 201);
  })
  .patch('/:planId/goals/:goalId', write, async (c) => {
    const plan = await planOf(c);
    const goal = await findGoal(c.var.deps.sql, plan.id, readParam(c, 'goalId', Id));
    if (!goal) throw notInScope('Doel');
    const input = await readJson(c, GoalPatchSchema);
    const { plan: written } = await writePlan(
      c,
      plan.id,
      { action: 'plan.goal.update', details: { goalId: goal.id } },
      (tx) =>
        updateGoal(tx, goal.id, {
          ambition: input.ambition ?? goal.ambition,
          goal: input.goal ?? goal.goal,
          knoster: { ...goal.knoster, ...input.knoster },
        }),
    );
    return c.json(written);
  })
  .delete('/:planId/goals/:goalId', write, async (c) => {
    const plan = await planOf(c);
    const goal = await findGoal(c.var.deps.sql, plan.id, readParam(c, 'goalId', Id));
    if (!goal) throw notInScope('Doel');
    const { plan: written } = await writePlan(
      c,
      plan.id,
      { action: 'plan.goal.delete', details: { goalId: goal.id } },
      (tx) => deleteGoal(tx, goal.id),
    );
    return c.json(written);
  })
  .post('/:planId/goals/:goalId/actions', write, async (c) => {
    const plan = await planOf(c);
    const goal = await findGoal(c.var.deps.sql, plan.id, readParam(c, 'goalId', Id));
    if (!goal) throw notInScope('Doel');
    const input = await readJson(c, ActionInputSchema);
    let form: string | null = null;
    if (input.libraryKey !== null) {
      const suggestion = loadActionLibrary(plan.libraryVersion).actions.find((a) => a.key === input.libraryKey);
      if (!suggestion)
        throw new AppError(
          'validation',
          `libraryKey: ${input.libraryKey} staat niet in actiebibliotheek v${plan.libraryVersion}`,
          'libraryKey',
        );
      form = suggestion.form;
    }
    const details: Record<string, unknown> = {};
    const { plan: written } = await writePlan(c, plan.id, { action: 'plan.action.create', details }, async (tx) => {
      const id = await insertAction(tx, goal.id, { ...input, form });
      details.actionId = id;
      await insertUpdate(tx, {
        planId: plan.id,
        actionId: id,
        fromStatus: null,
        toStatus: 'planned',
        note: null,
        userId: c.var.user.id,
      });
    });
    return c.json(written, 201);
  })
  .patch('/:planId/actions/:actionId', write, async (c) => {
    const plan = await planOf(c);
    const action = await findAction(c.var.deps.sql, plan.id, readParam(c, 'actionId', Id));
    if (!action) throw notInScope('Actie');
    const input = await readJson(c, ActionPatchSchema);
    const next = {
      title: input.title ?? action.title,
      description: input.description ?? action.description,
      owner: input.owner ?? action.owner,
      startsOn: input.startsOn === undefined ? action.startsOn : input.startsOn,
      dueOn: input.dueOn === undefined ? action.dueOn : input.dueOn,
    };
    if (next.startsOn && next.dueOn && next.dueOn < next.startsOn)
      throw new AppError('validation', 'dueOn: de einddatum ligt voor de startdatum', 'dueOn');
    const { plan: written } = await writePlan(
      c,
      plan.id,
      { action: 'plan.action.update', details: { actionId: action.id } },
      (tx) => updateAction(tx, action.id, next),
    );
    return c.json(written);
  })
  .delete('/:planId/actions/:actionId', write, async (c) => {
    const plan = await planOf(c);
    const action = await findAction(c.var.deps.sql, plan.id, readParam(c, 'actionId', Id));
    if (!action) throw notInScope('Actie');
    const { plan: written } = await writePlan(
      c,
      plan.id,
      { action: 'plan.action.delete', details: { actionId: action.id } },
      (tx) => deleteAction(tx, action.id),
    );
    return c.json(written);
  })
  .post('/:planId/actions/:actionId/status', write, async (c) => {
    const plan = await planOf(c);
    const action = await findAction(c.var.deps.sql, plan.id, readParam(c, 'actionId', Id));
    if (!action) throw notInScope('Actie');
    const input = await readJson(c, StatusChangeSchema);
    const note = input.note ? input.note : null;
    if (input.status === action.status && !note)
      throw new AppError(
        'validation',
        'note: de status is al zo; schrijf een notitie of kies een andere status',
        'note',
      );
    const audit = {
      action: 'plan.action.status',
      details: { actionId: action.id, from: action.status, to: input.status },
    };
    const { plan: written } = await writePlan(c, plan.id, audit, async (tx) => {
      if (input.status !== action.status) await setActionStatus(tx, action.id, input.status);
      await insertUpdate(tx, {
        planId: plan.id,
        actionId: action.id,
        fromStatus: action.status,
        toStatus: input.status,
        note,
        userId: c.var.user.id,
      });
    });
    return c.json(written);
  })
  .get('/:planId/html', async (c) => {
    const plan = await buildPlan(c.var.deps, c.var.user, (await planOf(c)).id);
    c.header('cache-control', 'private, no-store');
    return c.html(await renderPlanHtml(plan, { generatedOn: dutchDate(c.var.deps.now()) }));
  })
  .get('/:planId/pdf-available', async (c) => {
    await planOf(c);
    return c.json({ available: pdfAvailable(c.var.deps.chromiumPath ?? DEFAULT_CHROMIUM_PATH) });
  })
  .get('/:planId/plan.pdf', async (c) => {
    const deps = c.var.deps;
    const plan = await buildPlan(deps, c.var.user, (await planOf(c)).id);
    const chromiumPath = requireChromium(
      c,
      'Open het plan (HTML) in de browser en kies Afdrukken → Opslaan als PDF, of download het plan als Word-bestand.',
    );
    const pdf = await renderPdf(await renderPlanHtml(plan, { generatedOn: dutchDate(deps.now()) }), chromiumPath);
    return pdfDownload(c, pdf, fileName(plan, 'pdf'));
  })
  .get('/:planId/plan.docx', async (c) => {
    const plan = await buildPlan(c.var.deps, c.var.user, (await planOf(c)).id);
    const docx = await renderPlanDocx(plan, { generatedOn: dutchDate(c.var.deps.now()) });
    return c.body(docx as Uint8Array<ArrayBuffer>, 200, {
      'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'content-disposition': `attachment; filename="${fileName(plan, 'docx')}"`,
      'cache-control': 'private, no-store',
    });
  })
  // The committee's decisions and the thread, behind the same login and report.read as every plan route.
  .route('/', committeeRoutes);
