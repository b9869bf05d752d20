import { z } from 'zod';
import { PerspectiveSchema } from '../instruments/instrument-file';
import { OutlineRowSchema } from '../instruments/outline';
import { LocaleSchema } from './common';
import { endpoint } from './endpoint';

export const InstrumentSummarySchema = z.object({
  key: z.string(),
  version: z.number().int(),
  perspective: PerspectiveSchema,
  locales: z.array(LocaleSchema),
});
export type InstrumentSummary = z.infer<typeof InstrumentSummarySchema>;
export const InstrumentListSchema = z.object({ items: z.array(InstrumentSummarySchema) });

/** The part of an instrument file the preview and the visit form need (the server sends the whole file). */
export const InstrumentViewSchema = z.object({
  key: z.string(),
  version: z.number().int(),
  perspective: PerspectiveSchema,
  locales: z.array(LocaleSchema),
  survey: z.record(z.string(), z.unknown()),
  /** Every question with what it measures, for whom, and what each answer scores (the preview's method view). */
  outline: z.array(OutlineRowSchema),
});
export type InstrumentView = z.infer<typeof InstrumentViewSchema>;

/** The published questionnaire and observation-form versions. */
export const instrumentsApi = {
  list: endpoint({ method: 'GET', path: '/api/instruments', answer: InstrumentListSchema }),
  get: endpoint({ method: 'GET', path: '/api/instruments/:key/:version', answer: InstrumentViewSchema }),
};
