import {
  type ActionInput,
  type ActionPatch,
  type Ambition,
  type CriterionId,
  type GoalPatch,
  type Overview,
  OverviewSchema,
  type Plan,
  type PlanForRound,
  PlanForRoundSchema,
  PlanSchema,
  type StatusChange,
  type UpdatePlan,
} from '@driehoek/shared';
import { z } from 'zod';
import { type ApiFailure, readApiFailure } from '../lib/api-error';

/** A failed call; `failure.message` is the server's Dutch text, fit to show. */
export class PlansApiError extends Error {
  constructor(readonly failure: ApiFailure) {
    super(failure.message);
    this.name = 'PlansApiError';
  }
}

type Parser<T> = { parse(value: unknown): T };

async function call<T>(method: string, path: string, parser: Parser<T>, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: {
        accept: 'application/json',
        // State-changing calls carry the CSRF header, which a cross-site form cannot set.
        ...(method === 'GET' ? {} : { 'X-Driehoek-CSRF': '1' }),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new PlansApiError({
      status: 0,
      code: 'network',
      message: 'Geen verbinding met de server. Probeer het opnieuw.',
    });
  }
  if (!response.ok) throw new PlansApiError(await readApiFailure(response));
  return parser.parse(await response.json());
}

const plan = (id: string) => `/api/plans/${id}`;

/** The plan and overview endpoints, every answer checked against the shared contract. */
export const plansApi = {
  forRound: (roundId: string): Promise<PlanForRound> =>
    call('GET', `/api/plans/by-round/${roundId}`, PlanForRoundSchema),
  start: (roundId: string): Promise<Plan> => call('POST', '/api/plans', PlanSchema, { roundId }),
  update: (planId: string, patch: UpdatePlan): Promise<Plan> => call('PATCH', plan(planId), PlanSchema, patch),
  addGoal: (planId: string, criterion: CriterionId, ambition: Ambition): Promise<Plan> =>
    call('POST', `${plan(planId)}/goals`, PlanSchema, { criterion, ambition }),
  updateGoal: (planId: string, goalId: string, patch: GoalPatch): Promise<Plan> =>
    call('PATCH', `${plan(planId)}/goals/${goalId}`, PlanSchema, patch),
  removeGoal: (planId: string, goalId: string): Promise<Plan> =>
    call('DELETE', `${plan(planId)}/goals/${goalId}`, PlanSchema),
  addAction: (planId: string, goalId: string, action: ActionInput): Promise<Plan> =>
    call('POST', `${plan(planId)}/goals/${goalId}/actions`, PlanSchema, action),
  updateAction: (planId: string, actionId: string, patch: ActionPatch): Promise<Plan> =>
    call('PATCH', `${plan(planId)}/actions/${actionId}`, PlanSchema, patch),
  removeAction: (planId: string, actionId: string): Promise<Plan> =>
    call('DELETE', `${plan(planId)}/actions/${actionId}`, PlanSchema),
  changeStatus: (planId: string, actionId: string, change: StatusChange): Promise<Plan> =>
    call('POST', `${plan(planId)}/actions/${actionId}/status`, PlanSchema, change),
  pdfAvailable: (planId: string): Promise<boolean> =>
    call('GET', `${plan(planId)}/pdf-available`, z.object({ available: z.boolean() })).then((r) => r.available),
  overview: (organisationId: string): Promise<Overview> =>
    call('GET', `/api/overview/${organisationId}`, OverviewSchema),
};

export const downloads = {
  docx: (planId: string) => `${plan(planId)}/plan.docx`,
  pdf: (planId: string) => `${plan(planId)}/plan.pdf`,
  html: (planId: string) => `${plan(planId)}/html`,
  overviewXlsx: (organisationId: string) => `/api/overview/${organisationId}/overview.xlsx`,
};

export const failureText = (e: unknown, fallback: string) =>
  e instanceof PlansApiError ? e.failure.message : fallback;
