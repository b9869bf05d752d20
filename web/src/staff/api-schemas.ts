import {
  AuditEntrySchema,
  LocaleSchema,
  OpenAnswerSchema,
  PasswordLinkSchema,
  PerspectiveSchema,
  pageOf,
  RoundSchema,
  UserSchema,
  VisitSchema,
} from '@driehoek/shared';
import { z } from 'zod';

// Answers of staff routes that have no named contract in shared/ (yet): `{ items }` wrappers and small objects.

export const RoundListSchema = pageOf(RoundSchema);
export const VisitListSchema = z.object({ items: z.array(VisitSchema) });
export const OpenAnswerListSchema = z.object({ items: z.array(OpenAnswerSchema) });
export const UserListSchema = z.object({ items: z.array(UserSchema) });
export const InvitationSchema = z.object({ user: UserSchema, invitation: PasswordLinkSchema });
export const AuditPageSchema = pageOf(AuditEntrySchema);
export const CodeBatchSchema = z.object({ batch: z.number().int(), codes: z.array(z.string()) });
export const PdfAvailableSchema = z.object({ available: z.boolean() });

export const InstrumentSummarySchema = z.object({
  key: z.string(),
  version: z.number().int(),
  perspective: PerspectiveSchema,
  locales: z.array(LocaleSchema),
});
export type InstrumentSummary = z.infer<typeof InstrumentSummarySchema>;
export const InstrumentListSchema = z.object({ items: z.array(InstrumentSummarySchema) });

/** The part of an instrument file the preview and the visit form need. */
export const InstrumentViewSchema = z.object({
  key: z.string(),
  version: z.number().int(),
  perspective: PerspectiveSchema,
  locales: z.array(LocaleSchema),
  survey: z.record(z.string(), z.unknown()),
});
export type InstrumentView = z.infer<typeof InstrumentViewSchema>;
