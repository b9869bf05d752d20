import type {
  ActionStatus,
  Ambition,
  CriterionId,
  KnosterInput,
  PlanAction,
  PlanUpdate,
  TenMinuteRounds,
} from '@driehoek/shared';
import type { SessionUser } from '../../platform/context';
import type { Sql } from '../../platform/db';
import { visibleLocation } from '../../platform/scope';

export type PlanRow = {
  id: string;
  title: string;
  roundId: string;
  locationId: string;
  location: string;
  ikcId: string;
  ikc: string;
  organisationId: string;
  organisation: string;
  libraryVersion: number;
  tenMinuteRoundsStay: TenMinuteRounds | null;
  createdAt: string;
  updatedAt: string;
};

const localTime = (sql: Sql, column: string) =>
  sql`to_char(${sql.unsafe(column)} at time zone 'Europe/Amsterdam', 'YYYY-MM-DD"T"HH24:MI:SS')`;

/** A plan the user may see (its location is in scope), or undefined. */
export async function findPlan(sql: Sql, user: SessionUser, planId: string): Promise<PlanRow | undefined> {
  const [row] = await sql<PlanRow[]>`
    select p.id, p.title, p.round_id as "roundId", p.location_id as "locationId", loc.name as location,
           i.id as "ikcId", i.name as ikc, o.id as "organisationId", o.name as organisation,
           p.library_version as "libraryVersion", p.ten_minute_rounds_stay as "tenMinuteRoundsStay",
           ${localTime(sql, 'p.created_at')} as "createdAt", ${localTime(sql, 'p.updated_at')} as "updatedAt"
      from plans p join locations loc on loc.id = p.location_id join ikcs i on i.id = loc.ikc_id
      join organisations o on o.id = i.organisation_id
     where p.id = ${planId} and ${visibleLocation(sql, user)}`;
  return row;
}

export async function findPlanIdForRound(sql: Sql, roundId: string): Promise<string | undefined> {
  const [row] = await sql<{ id: string }[]>`select id from plans where round_id = ${roundId}`;
  return row?.id;
}

export async function insertPlan(
  sql: Sql,
  p: { locationId: string; roundId: string; title: string; libraryVersion: number; createdBy: string | null },
): Promise<string> {
  const [row] = await sql<{ id: string }[]>`
    insert into plans (location_id, round_id, title, library_version, created_by)
    values (${p.locationId}, ${p.roundId}, ${p.title}, ${p.libraryVersion}, ${p.createdBy})
    on conflict (round_id) do nothing
    returning id`;
  if (!row) throw new Error('plan exists');
  return row.id;
}

export async function updatePlan(
  sql: Sql,
  planId: string,
  patch: { title?: string; tenMinuteRoundsStay?: TenMinuteRounds | null },
): Promise<void> {
  await sql`
    update plans
       set title = coalesce(${patch.title ?? null}, title),
           ten_minute_rounds_stay = ${
             patch.tenMinuteRoundsStay === undefined ? sql`ten_minute_rounds_stay` : patch.tenMinuteRoundsStay
           },
           updated_at = now()
     where id = ${planId}`;
}

export const touchPlan = (sql: Sql, planId: string) => sql`update plans set updated_at = now() where id = ${planId}`;

export type GoalRow = {
  id: string;
  criterion: CriterionId;
  ambition: Ambition;
  goal: string;
  knoster: KnosterInput;
};

export async function listGoals(sql: Sql, planId: string): Promise<GoalRow[]> {
  return sql<GoalRow[]>`
    select id, criterion, ambition, goal,
           json_build_object('vision', vision, 'skills', skills, 'incentives', incentives, 'resources', resources,
                             'actionPlan', action_plan) as knoster
      from plan_goals where plan_id = ${planId}
     order by substring(criterion from 2)::int`;
}

export async function insertGoal(
  sql: Sql,
  planId: string,
  g: { criterion: CriterionId; ambition: Ambition; goal: string; knoster: KnosterInput },
): Promise<string | undefined> {
  const [row] = await sql<{ id: string }[]>`
    insert into plan_goals (plan_id, criterion, ambition, goal, vision, skills, incentives, resources, action_plan)
    values (${planId}, ${g.criterion}, ${g.ambition}, ${g.goal}, ${g.knoster.vision}, ${g.knoster.skills},
            ${g.knoster.incentives}, ${g.knoster.resources}, ${g.knoster.actionPlan})
    on conflict (plan_id, criterion) do nothing
    returning id`;
  return row?.id;
}

export async function findGoal(sql: Sql, planId: string, goalId: string): Promise<GoalRow | undefined> {
  const goals = await sql<GoalRow[]>`
    select id, criterion, ambition, goal,
           json_build_object('vision', vision, 'skills', skills, 'incentives', incentives, 'resources', resources,
                             'actionPlan', action_plan) as knoster
      from plan_goals where plan_id = ${planId} and id = ${goalId}`;
  return goals[0];
}

export async function updateGoal(sql: Sql, goalId: string, g: Omit<GoalRow, 'id' | 'criterion'>): Promise<void> {
  await sql`
    update plan_goals
       set ambition = ${g.ambition}, goal = ${g.goal}, vision = ${g.knoster.vision}, skills = ${g.knoster.skills},
           incentives = ${g.knoster.incentives}, resources = ${g.knoster.resources},
           action_plan = ${g.knoster.actionPlan}
     where id = ${goalId}`;
}

export async function deleteGoal(sql: Sql, goalId: string): Promise<void> {
  await sql`delete from plan_goals where id = ${goalId}`;
}

const actionColumns = (sql: Sql) => sql`
  a.id, a.goal_id as "goalId", a.library_key as "libraryKey", a.title, a.description, a.owner,
  a.starts_on as "startsOn", a.due_on as "dueOn", a.status, a.form, ${localTime(sql, 'a.updated_at')} as "updatedAt"`;

export async function listActions(sql: Sql, planId: string): Promise<PlanAction[]> {
  return sql<PlanAction[]>`
    select ${actionColumns(sql)}
      from plan_actions a join plan_goals g on g.id = a.goal_id
     where g.plan_id = ${planId}
     order by a.due_on nulls last, a.created_at, a.id`;
}

export async function findAction(sql: Sql, planId: string, actionId: string): Promise<PlanAction | undefined> {
  const [row] = await sql<PlanAction[]>`
    select ${actionColumns(sql)}
      from plan_actions a join plan_goals g on g.id = a.goal_id
     where g.plan_id = ${planId} and a.id = ${actionId}`;
  return row;
}

export type ActionFields = {
  libraryKey: string | null;
  title: string;
  description: string;
  owner: string;
  startsOn: string | null;
  dueOn: string | null;
  form: string | null;
};

export async function insertAction(sql: Sql, goalId: string, a: ActionFields): Promise<string> {
  const [row] = await sql<{ id: string }[]>`
    insert into plan_actions (goal_id, library_key, title, description, owner, starts_on, due_on, form)
    values (${goalId}, ${a.libraryKey}, ${a.title}, ${a.description}, ${a.owner}, ${a.startsOn}, ${a.dueOn},
            ${a.form})
    returning id`;
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

export async function updateAction(
  sql: Sql,
  actionId: string,
  a: Pick<ActionFields, 'title' | 'description' | 'owner' | 'startsOn' | 'dueOn'>,
): Promise<void> {
  await sql`
    update plan_actions
       set title = ${a.title}, description = ${a.description}, owner = ${a.owner}, starts_on = ${a.startsOn},
           due_on = ${a.dueOn}, updated_at = now()
     where id = ${actionId}`;
}

export async function deleteAction(sql: Sql, actionId: string): Promise<void> {
  await sql`delete from plan_actions where id = ${actionId}`;
}

export async function setActionStatus(sql: Sql, actionId: string, status: ActionStatus): Promise<void> {
  await sql`update plan_actions set status = ${status}, updated_at = now() where id = ${actionId}`;
}

export async function insertUpdate(
  sql: Sql,
  u: {
    planId: string;
    actionId: string;
    fromStatus: ActionStatus | null;
    toStatus: ActionStatus;
    note: string | null;
    userId: string;
  },
): Promise<void> {
  await sql`
    insert into plan_updates (plan_id, action_id, from_status, to_status, note, user_id)
    values (${u.planId}, ${u.actionId}, ${u.fromStatus}, ${u.toStatus}, ${u.note}, ${u.userId})`;
}

export async function listUpdates(sql: Sql, planId: string): Promise<PlanUpdate[]> {
  return sql<PlanUpdate[]>`
    select u.id, u.action_id as "actionId", a.title as "actionTitle", u.from_status as "fromStatus",
           u.to_status as "toStatus", u.note, us.name as by, ${localTime(sql, 'u.at')} as at
      from plan_updates u join plan_actions a on a.id = u.action_id left join users us on us.id = u.user_id
     where u.plan_id = ${planId}
     order by u.at desc, u.id`;
}

export type PlanListRow = {
  id: string;
  title: string;
  roundId: string;
  roundOpensOn: string;
  location: { id: string; name: string };
  ikc: { id: string; name: string };
  updatedAt: string;
  goals: number;
  actions: Array<Pick<PlanAction, 'id' | 'goalId' | 'title' | 'owner' | 'dueOn' | 'status'>>;
};

/** Plans the user may see, optionally of one location, IKC or organisation, with their actions for a status. */
export async function listPlans(
  sql: Sql,
  user: SessionUser,
  filter: { locationId?: string; ikcId?: string; organisationId?: string },
): Promise<PlanListRow[]> {
  return sql<PlanListRow[]>`
    select p.id, p.title, p.round_id as "roundId", r.opens_on as "roundOpensOn",
           json_build_object('id', loc.id, 'name', loc.name) as location,
           json_build_object('id', i.id, 'name', i.name) as ikc,
           ${localTime(sql, 'p.updated_at')} as "updatedAt",
           (select count(*)::int from plan_goals g where g.plan_id = p.id) as goals,
           coalesce((select json_agg(json_build_object('id', a.id, 'goalId', a.goal_id, 'title', a.title,
                                                       'owner', a.owner, 'dueOn', a.due_on, 'status', a.status))
                       from plan_actions a join plan_goals g on g.id = a.goal_id where g.plan_id = p.id), '[]') as actions
      from plans p join rounds r on r.id = p.round_id join locations loc on loc.id = p.location_id
      join ikcs i on i.id = loc.ikc_id
     where ${visibleLocation(sql, user)}
       and (${filter.locationId ?? null}::uuid is null or loc.id = ${filter.locationId ?? null})
       and (${filter.ikcId ?? null}::uuid is null or i.id = ${filter.ikcId ?? null})
       and (${filter.organisationId ?? null}::uuid is null or i.organisation_id = ${filter.organisationId ?? null})
     order by i.name, loc.name, r.opens_on desc`;
}

export type RoundRef = {
  id: string;
  name: string | null;
  kind: 'baseline' | 'follow_up';
  status: 'draft' | 'open' | 'closed' | 'reported';
  opensOn: string;
  closesOn: string;
};

/** The latest closed or reported round of the location after the given date: the plan's follow-up. */
export async function findFollowUpRound(sql: Sql, locationId: string, after: string): Promise<RoundRef | undefined> {
  const [row] = await sql<RoundRef[]>`
    select id, name, kind, status, opens_on as "opensOn", closes_on as "closesOn"
      from rounds
     where location_id = ${locationId} and opens_on > ${after} and status in ('closed', 'reported')
     order by opens_on desc limit 1`;
  return row;
}

/** Answers of complete professionals' responses to one item, counted per value. */
export async function countItemAnswers(
  sql: Sql,
  roundId: string,
  instrument: { key: string; version: number },
  item: string,
): Promise<Array<{ value: string | null; n: number }>> {
  return sql<Array<{ value: string | null; n: number }>>`
    select answers ->> ${item} as value, count(*)::int as n
      from responses
     where round_id = ${roundId} and audience = 'professionals' and status = 'complete'
       and instrument_key = ${instrument.key} and instrument_version = ${instrument.version}
     group by 1`;
}
