import { z } from 'zod';
import { CriterionIdSchema, PerspectiveSchema } from '../instruments/instrument-file';
import {
  GapSchema,
  GroupFiguresSchema,
  LevelSchema,
  LocationReportSchema,
  OverallLevelSchema,
  SuppressedSchema,
} from '../scoring/report-schema';
import { IsoDateSchema } from './common';
import { endpoint } from './endpoint';
import { PdfAvailableSchema } from './plans';
import { RetractSchema } from './reports';
import { RoundKindSchema } from './rounds';

const LocationRefSchema = z.object({ locationId: z.uuid(), location: z.string() });
export type IkcLocationRef = z.infer<typeof LocationRefSchema>;

/** A location's effective published level of a criterion: the researcher's where set (with the reason). */
export const IkcLocationLevelSchema = z.object({
  criterion: CriterionIdSchema,
  level: LevelSchema.nullable(),
  computed: LevelSchema.nullable(),
  adjusted: z.object({ level: LevelSchema, reason: z.string() }).nullable(),
});

/** A location the IKC report is made of: the publication in force of its latest published round. */
export const IkcIncludedLocationSchema = LocationRefSchema.extend({
  roundId: z.uuid(),
  round: z.object({
    kind: RoundKindSchema,
    name: z.string().nullable(),
    opensOn: IsoDateSchema,
    closesOn: IsoDateSchema,
  }),
  publication: z.object({ version: z.number().int().positive(), publishedAt: z.string() }),
  levels: z.array(IkcLocationLevelSchema),
});
export type IkcIncludedLocation = z.infer<typeof IkcIncludedLocationSchema>;

/** A location of the IKC that the report leaves out, with the reason in Dutch. */
export const IkcExcludedLocationSchema = LocationRefSchema.extend({ reason: z.string() });
export type IkcExcludedLocation = z.infer<typeof IkcExcludedLocationSchema>;

/** A location whose cell did not go into a pooled cell: hidden in its own report, or not measured there. */
export const IkcWithoutSchema = LocationRefSchema.extend({ because: z.enum(['hidden', 'missing']) });
export type IkcWithout = z.infer<typeof IkcWithoutSchema>;

const CellKey = { criterion: CriterionIdSchema, perspective: PerspectiveSchema };

/**
 * One criterion in one perspective over the IKC: the shown cells of the locations' publications pooled (n the sum,
 * the mean n-weighted, the sd from the cells' sd, mean and n). Hidden only when every location's cell is hidden.
 */
export const IkcCriterionCellSchema = z.discriminatedUnion('suppressed', [
  SuppressedSchema.extend({ ...CellKey, without: z.array(IkcWithoutSchema) }),
  GroupFiguresSchema.extend({
    ...CellKey,
    /** The locations whose cells were pooled. */
    from: z.array(LocationRefSchema),
    without: z.array(IkcWithoutSchema),
  }),
]);
export type IkcCriterionCell = z.infer<typeof IkcCriterionCellSchema>;

export const SectorSchema = z.enum(['school', 'childcare', 'both']);
export type Sector = z.infer<typeof SectorSchema>;

/** One sector group's count or figures; hidden below the minimum and where it would follow by subtraction. */
export const SectorCountSchema = z.discriminatedUnion('suppressed', [
  z.object({ suppressed: z.literal(true), sector: SectorSchema }),
  z.object({ suppressed: z.literal(false), sector: SectorSchema, count: z.number().int().nonnegative() }),
]);
export const SectorFiguresSchema = z.discriminatedUnion('suppressed', [
  z.object({ suppressed: z.literal(true), sector: SectorSchema }),
  GroupFiguresSchema.extend({ sector: SectorSchema }),
]);
export type SectorFigures = z.infer<typeof SectorFiguresSchema>;

/** One perspective of a location split into school and childcare, or why it is not. */
export const IkcSplitPerspectiveSchema = z.discriminatedUnion('shown', [
  z.object({
    shown: z.literal(true),
    perspective: PerspectiveSchema,
    counts: z.array(SectorCountSchema),
    /** Per criterion the groups' figures; `shown: false` when fewer than two groups may be shown there. */
    criteria: z.array(
      z.object({ criterion: CriterionIdSchema, shown: z.boolean(), groups: z.array(SectorFiguresSchema) }),
    ),
  }),
  z.object({ shown: z.literal(false), perspective: PerspectiveSchema, reason: z.string() }),
]);
export type IkcSplitPerspective = z.infer<typeof IkcSplitPerspectiveSchema>;

/** A location with both school and childcare, split by the respondents' own answer (parents and professionals). */
export const IkcLocationSplitSchema = LocationRefSchema.extend({
  perspectives: z.array(IkcSplitPerspectiveSchema),
  /** Why the location has no split at all (no response set recorded, responses removed since); null: see above. */
  reason: z.string().nullable(),
});
export type IkcLocationSplit = z.infer<typeof IkcLocationSplitSchema>;

export const IkcRefSchema = z.object({ id: z.uuid(), name: z.string(), organisation: z.string() });

/** Everything the IKC report says, computed from the locations' publications only. */
export const IkcReportSchema = z.object({
  ikc: IkcRefSchema,
  /** The scan model the included locations share; null when no location is included. */
  modelVersion: z.number().int().positive().nullable(),
  locations: z.array(IkcIncludedLocationSchema),
  notIncluded: z.array(IkcExcludedLocationSchema),
  respondents: LocationReportSchema.shape.respondents,
  criteria: z.array(IkcCriterionCellSchema),
  overall: z.array(OverallLevelSchema),
  gaps: z.array(GapSchema),
  splits: z.array(IkcLocationSplitSchema),
  /** Plain Dutch about what was left out for anonymity across publications (the time axis). */
  notes: z.array(z.string()),
});
export type IkcReport = z.infer<typeof IkcReportSchema>;

export const IkcPublicationStampSchema = z.object({
  version: z.number().int().positive(),
  /** Dutch local time, `YYYY-MM-DDTHH:MM`. */
  publishedAt: z.string(),
  publishedBy: z.string().nullable(),
});

export const IkcPublishedReportSchema = IkcReportSchema.extend({ publication: IkcPublicationStampSchema });
export type IkcPublishedReport = z.infer<typeof IkcPublishedReportSchema>;

/**
 * `GET /api/ikc-reports/:ikcId`, by who asks: the live `draft` (researchers, admins) with the publication in force
 * and whether the draft differs from it; the `published` snapshot (IKC team, municipality); or `unpublished`.
 */
/** The criteria's names of the report's model, for row headings ("C5 Gelijkwaardige gesprekken"); not stored. */
const ViewNames = {
  criterionNames: z.array(z.object({ id: CriterionIdSchema, name: z.string() })).optional(),
  /**
   * Included locations whose round's raw answers the retention period removed (decision 0015), read when the view
   * is asked for, not stored: the figures stay, the data behind them is gone.
   */
  rawDataGone: z.array(z.object({ location: z.string(), deletedOn: IsoDateSchema })).optional(),
};

export const IkcReportViewSchema = z.discriminatedUnion('state', [
  IkcReportSchema.extend({
    ...ViewNames,
    state: z.literal('draft'),
    /** What stands in the way of a useful publication, in Dutch; publishing is still allowed. */
    todo: z.array(z.object({ key: z.string(), text: z.string() })),
    published: IkcPublicationStampSchema.extend({ unchanged: z.boolean() }).nullable(),
  }),
  IkcPublishedReportSchema.extend({ ...ViewNames, state: z.literal('published') }),
  z.object({ state: z.literal('unpublished'), ikc: IkcRefSchema }),
]);
export type IkcReportView = z.infer<typeof IkcReportViewSchema>;

/** The report of a whole IKC across its locations: JSON, one HTML document for screen and print, PDF. */
export const ikcReportsApi = {
  get: endpoint({ method: 'GET', path: '/api/ikc-reports/:ikcId', answer: IkcReportViewSchema }),
  publish: endpoint({ method: 'POST', path: '/api/ikc-reports/:ikcId/publish', answer: IkcReportViewSchema }),
  retract: endpoint({
    method: 'POST',
    path: '/api/ikc-reports/:ikcId/retract',
    body: RetractSchema,
    answer: IkcReportViewSchema,
  }),
  html: endpoint({ method: 'GET', path: '/api/ikc-reports/:ikcId/html', answer: 'file' }),
  pdfAvailable: endpoint({
    method: 'GET',
    path: '/api/ikc-reports/:ikcId/pdf-available',
    answer: PdfAvailableSchema,
  }),
  pdf: endpoint({ method: 'GET', path: '/api/ikc-reports/:ikcId/pdf', answer: 'file' }),
};
