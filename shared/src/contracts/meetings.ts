import { z } from 'zod';
import { CriterionIdSchema, PerspectiveSchema } from '../instruments/instrument-file';
import { LevelSchema } from '../scoring/report-schema';
import { IsoDateSchema } from './common';
import { endpoint } from './endpoint';

/** The slides of the feedback meeting, in the order they are shown. */
export const SlideKeySchema = z.enum([
  'title',
  'reading',
  'triangle',
  'strengths',
  'improvements',
  'gaps',
  'basic-forms',
  'reach',
  'summary',
  'questions',
]);
export type SlideKey = z.infer<typeof SlideKeySchema>;

/** One point on a slide: an optional short title (a criterion's name) and a sentence. */
export const DeckPointSchema = z.object({
  criterion: CriterionIdSchema.nullable(),
  title: z.string().nullable(),
  text: z.string(),
});
export type DeckPoint = z.infer<typeof DeckPointSchema>;

/** A perspective's place on one criterion of the triangle picture; hidden perspectives have no mark at all. */
export const TriangleMarkSchema = z.object({
  perspective: PerspectiveSchema,
  mean: z.number().min(1).max(3),
  level: LevelSchema,
});

export const TriangleRowSchema = z.object({
  criterion: CriterionIdSchema,
  name: z.string(),
  /** The level readers take: the researcher's where set, else computed; null without figures. */
  level: LevelSchema.nullable(),
  marks: z.array(TriangleMarkSchema),
});
export type TriangleRow = z.infer<typeof TriangleRowSchema>;

export const FormRowSchema = z.object({
  form: z.string(),
  name: z.string(),
  /** What professionals say, in words ("8 van de 10 medewerkers: met elk gezin"). */
  professionals: z.string(),
  /** How parents experience it, in words ("ouders ervaren 2.0 — tweerichtingsverkeer"). */
  parents: z.string(),
});
export type FormRow = z.infer<typeof FormRowSchema>;

/** What a slide shows, block by block: the web, the PDF and the PPTX each draw every kind. */
export const DeckBlockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text: z.string() }),
  z.object({ type: z.literal('points'), points: z.array(DeckPointSchema) }),
  z.object({
    type: z.literal('levels'),
    levels: z.array(z.object({ level: LevelSchema, name: z.string(), text: z.string() })),
  }),
  z.object({
    type: z.literal('triangle'),
    /** The perspectives with at least one mark, in the report's order. */
    perspectives: z.array(PerspectiveSchema),
    rows: z.array(TriangleRowSchema),
  }),
  z.object({ type: z.literal('forms'), rows: z.array(FormRowSchema) }),
  z.object({ type: z.literal('warning'), text: z.string() }),
]);
export type DeckBlock = z.infer<typeof DeckBlockSchema>;

export const SlideSchema = z.object({
  key: SlideKeySchema,
  title: z.string(),
  blocks: z.array(DeckBlockSchema),
  /** What the presenter says or asks; never on the slide itself. */
  notes: z.array(z.string()),
});
export type Slide = z.infer<typeof SlideSchema>;

/** The feedback meeting's slides, built from the publication in force only. */
export const DeckSchema = z.object({
  title: z.string(),
  location: z.string(),
  ikc: z.string(),
  roundId: z.uuid(),
  publication: z.object({ version: z.number().int().positive(), publishedAt: z.string() }),
  slides: z.array(SlideSchema),
});
export type Deck = z.infer<typeof DeckSchema>;

/** `GET /api/meetings/:roundId`: the deck, the triangle picture the server drew (SVG), whether PDF can be made. */
export const MeetingDeckSchema = z.object({
  deck: DeckSchema,
  pictures: z.object({ triangle: z.string() }),
  pdfAvailable: z.boolean(),
});
export type MeetingDeck = z.infer<typeof MeetingDeckSchema>;

/** At most this many priorities: a team that picks more works on none of them. */
export const MAX_PRIORITIES = 3;

/** `PUT /api/meetings/:roundId/agreements`: what the team agreed in the meeting, recorded by the researcher. */
export const AgreementsInputSchema = z.object({
  metOn: IsoDateSchema,
  priorities: z
    .array(CriterionIdSchema)
    .min(1, 'kies minstens één criterium als prioriteit')
    .max(MAX_PRIORITIES, `kies hoogstens ${MAX_PRIORITIES} prioriteiten`)
    .refine((p) => new Set(p).size === p.length, 'elk criterium kan maar één keer prioriteit zijn'),
  note: z.string().trim().max(2000, 'hoogstens 2000 tekens').default(''),
});
export type AgreementsInput = z.input<typeof AgreementsInputSchema>;

export const AgreementsSchema = z.object({
  metOn: IsoDateSchema,
  /** In the order the team ranked them. */
  priorities: z.array(CriterionIdSchema),
  note: z.string(),
  /** The publication the meeting was held on; null when it was since removed. */
  publicationVersion: z.number().int().positive().nullable(),
  recordedBy: z.string().nullable(),
  /** Dutch local time, `YYYY-MM-DDTHH:MM`. */
  recordedAt: z.string(),
});
export type Agreements = z.infer<typeof AgreementsSchema>;

export const AgreementsViewSchema = z.object({ agreements: AgreementsSchema.nullable() });

/**
 * The feedback meeting of a round: the slides as JSON (for the presentation in the browser), PPTX and PDF, and the
 * agreements the researcher records after it.
 */
export const meetingsApi = {
  deck: endpoint({ method: 'GET', path: '/api/meetings/:roundId', answer: MeetingDeckSchema }),
  pptx: endpoint({ method: 'GET', path: '/api/meetings/:roundId/deck.pptx', answer: 'file' }),
  pdf: endpoint({ method: 'GET', path: '/api/meetings/:roundId/deck.pdf', answer: 'file' }),
  agreements: endpoint({ method: 'GET', path: '/api/meetings/:roundId/agreements', answer: AgreementsViewSchema }),
  saveAgreements: endpoint({
    method: 'PUT',
    path: '/api/meetings/:roundId/agreements',
    body: AgreementsInputSchema,
    answer: AgreementsSchema,
  }),
};
