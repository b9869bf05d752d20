import { z } from 'zod';
import { CriterionIdSchema } from '../instruments/instrument-file';
import { LevelSchema } from '../scoring/report-schema';
import { IsoDateSchema } from './common';
import { endpoint } from './endpoint';
import { DecisionBriefSchema, PlanStatusSchema } from './plans';

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
  /** The day the retention period removed the round's raw answers (decision 0015): the levels stay, the data not. */
  rawDataDeletedOn: IsoDateSchema.nullable().default(null),
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
  plan: PlanStatusSchema.extend({
    id: z.uuid(),
    title: z.string(),
    /** The round the plan started from: its page is the plan's page. */
    roundId: z.uuid(),
    /** The IKC committee's decision in force on the plan. */
    decision: DecisionBriefSchema.nullable(),
  }).nullable(),
});
export type OverviewLocation = z.infer<typeof OverviewLocationSchema>;

/** How a location's latest plan of action stands, for filtering: no plan, running, an action overdue, all done. */
export const PlanStateSchema = z.enum(['none', 'running', 'overdue', 'done']);
export type PlanState = z.infer<typeof PlanStateSchema>;

/** A level on a criterion as a filter: a whole level, or "geen gegevens" (suppressed, or nothing published). */
export const LevelFilterSchema = z.enum(['1', '2', '3', 'none']);
export type LevelFilter = z.infer<typeof LevelFilterSchema>;

/** How many of an IKC's locations (those the filter keeps) stand at each level of one criterion. */
export const LevelCountsSchema = z.object({
  criterion: CriterionIdSchema,
  1: z.number().int().nonnegative(),
  2: z.number().int().nonnegative(),
  3: z.number().int().nonnegative(),
  none: z.number().int().nonnegative(),
});
export type LevelCounts = z.infer<typeof LevelCountsSchema>;

export const OverviewIkcSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  /** The IKC's locations the filter keeps, and all its active locations. */
  locationCount: z.number().int().nonnegative(),
  locationTotal: z.number().int().nonnegative(),
  /** Of the kept locations: with a published report, and with a closed round whose report is not published yet. */
  published: z.number().int().nonnegative(),
  pending: z.number().int().nonnegative(),
  /** Per criterion, the kept locations per level: the IKC's summary row. */
  levels: z.array(LevelCountsSchema),
  /**
   * The kept locations, when the page holds at most `OVERVIEW_INLINE_LOCATIONS` of them; null: ask for them with
   * `GET /api/overview/:organisationId/ikcs/:ikcId/locations`.
   */
  locations: z.array(OverviewLocationSchema).nullable(),
  /** Summed over the latest plan of each kept location. */
  plan: PlanStatusSchema.extend({ plans: z.number().int().nonnegative() }),
  /** The most recent committee decision in force on one of the IKC's plans, with the location it is about. */
  decision: DecisionBriefSchema.extend({ location: z.object({ id: z.uuid(), name: z.string() }) }).nullable(),
});
export type OverviewIkc = z.infer<typeof OverviewIkcSchema>;

/** A page carries its IKCs' locations up to this many; more would make a large organisation's first page heavy. */
export const OVERVIEW_INLINE_LOCATIONS = 60;

export const OVERVIEW_SORTS = ['name', 'locations', 'overdue', ...CriterionIdSchema.options] as const;
export type OverviewSort = (typeof OVERVIEW_SORTS)[number];

/** Which IKCs and locations the overview shows, in which order: the same for a page, an IKC's locations and the XLSX. */
export const OverviewFilterSchema = z
  .object({
    /** Part of an IKC's name. */
    q: z.string().trim().max(100, 'zoekterm is te lang').optional(),
    ikcId: z.uuid({ message: 'geen geldig id' }).optional(),
    /** With `level`: only locations at that level on this criterion. */
    criterion: CriterionIdSchema.optional(),
    level: LevelFilterSchema.optional(),
    plan: PlanStateSchema.optional(),
    /** IKC name; number of kept locations; overdue actions; or a criterion: the IKCs' mean level on it. */
    sort: z.enum(OVERVIEW_SORTS).default('name'),
    dir: z.enum(['asc', 'desc']).default('asc'),
  })
  .refine((f) => f.level === undefined || f.criterion !== undefined, {
    message: 'kies bij een niveau ook een criterium',
    path: ['criterion'],
  });
export type OverviewFilter = z.infer<typeof OverviewFilterSchema>;

export const OverviewQuerySchema = z.intersection(
  OverviewFilterSchema,
  z.object({
    page: z.coerce.number({ message: 'moet een getal zijn' }).int().min(1, 'moet 1 of meer zijn').default(1),
    pageSize: z.coerce.number({ message: 'moet een getal zijn' }).int().min(1).max(100, 'hoogstens 100').default(25),
  }),
);
export type OverviewQuery = z.infer<typeof OverviewQuerySchema>;

/** `GET /api/overview/:organisationId`: one page of IKCs. */
export const OverviewSchema = z.object({
  organisation: z.object({ id: z.uuid(), name: z.string() }),
  criteria: z.array(z.object({ id: CriterionIdSchema, name: z.string() })),
  ikcs: z.array(OverviewIkcSchema),
  /** IKCs with a kept location, over all pages. */
  total: z.number().int().nonnegative(),
  page: z.number().int().positive(),
  pageSize: z.number().int().positive(),
  /** Locations over all pages: kept by the filter, and all active ones of the organisation. */
  locations: z.object({ matching: z.number().int().nonnegative(), total: z.number().int().nonnegative() }),
  /**
   * The organisation's stored rows (`rows`), and how many of them an earlier revision of the overview's code wrote:
   * the background job is writing those again, and until then they show what the earlier revision derived.
   */
  refresh: z.object({ stale: z.number().int().nonnegative(), rows: z.number().int().nonnegative() }),
  /** Dutch calendar day the plan statuses (overdue) were computed on. */
  today: IsoDateSchema,
});
export type Overview = z.infer<typeof OverviewSchema>;

/** `GET /api/overview/:organisationId/ikcs/:ikcId/locations`: an IKC's locations the filter keeps. */
export const OverviewLocationsSchema = z.object({ locations: z.array(OverviewLocationSchema) });
export type OverviewLocations = z.infer<typeof OverviewLocationsSchema>;

/** "1.0 → 2.0 (omhoog)", "2.0 → 2.0 (gelijk)", "geen gegevens → 2.0". */
export function movementLabel(before: number | null, after: number | null, change: number | null): string {
  const text = (l: number | null) => (l === null ? 'geen gegevens' : `${l}.0`);
  const direction = change === null ? '' : change > 0 ? ' (omhoog)' : change < 0 ? ' (omlaag)' : ' (gelijk)';
  return `${text(before)} → ${text(after)}${direction}`;
}

/** The municipality's view across its IKCs. */
export const overviewApi = {
  get: endpoint({
    method: 'GET',
    path: '/api/overview/:organisationId',
    query: OverviewQuerySchema,
    answer: OverviewSchema,
  }),
  locations: endpoint({
    method: 'GET',
    path: '/api/overview/:organisationId/ikcs/:ikcId/locations',
    query: OverviewFilterSchema,
    answer: OverviewLocationsSchema,
  }),
  xlsx: endpoint({
    method: 'GET',
    path: '/api/overview/:organisationId/overview.xlsx',
    query: OverviewFilterSchema,
    answer: 'file',
  }),
};
