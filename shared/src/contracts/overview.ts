import { z } from 'zod';
import { CriterionIdSchema } from '../instruments/instrument-file';
import { LevelSchema } from '../scoring/report-schema';
import { IsoDateSchema } from './common';
import { endpoint } from './endpoint';
import { PlanStatusSchema } from './plans';

/** One criterion of one location in the municipality's overview. */
export const OverviewCellSchema = z.object({
  criterion: CriterionIdSchema,
  /** From the already suppressed report; null: "geen gegevens". */
  level: LevelSchema.nullable(),
  label: z.string(),
  /** The level is the researcher's, set with a reason in the published report (the computed one differs). */
  adjusted: z.boolean().default(false),
  /** Baseline → follow-up, when the round follows an earlier closed round of the location. */
  movement: z
    .object({
      before: LevelSchema.nullable(),
      after: LevelSchema.nullable(),
      levelChange: z.number().int().nullable(),
      /** "1.0 → 2.0 (omhoog)". */
      label: z.string(),
    })
    .nullable(),
});
export type OverviewCell = z.infer<typeof OverviewCellSchema>;

const OverviewRound = z.object({
  id: z.uuid(),
  name: z.string().nullable(),
  kind: z.enum(['baseline', 'follow_up']),
  status: z.enum(['closed', 'reported']),
  opensOn: IsoDateSchema,
  closesOn: IsoDateSchema,
});
const RoundLink = OverviewRound.pick({ id: true, name: true, kind: true, opensOn: true, closesOn: true });

export const OverviewLocationSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  /** The latest round with a published report, which the cells show; null when none is published yet. */
  round: OverviewRound.nullable(),
  /** A later round that has closed but whose report is not published yet ("nog niet gepubliceerd"). */
  pending: RoundLink.nullable().default(null),
  /** The round the movement is measured from. */
  baseline: z.object({ id: z.uuid(), opensOn: IsoDateSchema }).nullable(),
  cells: z.array(OverviewCellSchema),
  plan: PlanStatusSchema.extend({ id: z.uuid(), title: z.string() }).nullable(),
});
export type OverviewLocation = z.infer<typeof OverviewLocationSchema>;

export const OverviewIkcSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  locations: z.array(OverviewLocationSchema),
  /** Summed over the latest plan of each location. */
  plan: PlanStatusSchema.extend({ plans: z.number().int().nonnegative() }),
});
export type OverviewIkc = z.infer<typeof OverviewIkcSchema>;

/** `GET /api/overview/:organisationId`. */
export const OverviewSchema = z.object({
  organisation: z.object({ id: z.uuid(), name: z.string() }),
  criteria: z.array(z.object({ id: CriterionIdSchema, name: z.string() })),
  ikcs: z.array(OverviewIkcSchema),
  /** Dutch calendar day the plan statuses (overdue) were computed on. */
  today: IsoDateSchema,
});
export type Overview = z.infer<typeof OverviewSchema>;

/** "1.0 → 2.0 (omhoog)", "2.0 → 2.0 (gelijk)", "geen gegevens → 2.0". */
export function movementLabel(before: number | null, after: number | null, change: number | null): string {
  const text = (l: number | null) => (l === null ? 'geen gegevens' : `${l}.0`);
  const direction = change === null ? '' : change > 0 ? ' (omhoog)' : change < 0 ? ' (omlaag)' : ' (gelijk)';
  return `${text(before)} → ${text(after)}${direction}`;
}

/** The municipality's view across its IKCs. */
export const overviewApi = {
  get: endpoint({ method: 'GET', path: '/api/overview/:organisationId', answer: OverviewSchema }),
  xlsx: endpoint({ method: 'GET', path: '/api/overview/:organisationId/overview.xlsx', answer: 'file' }),
};
