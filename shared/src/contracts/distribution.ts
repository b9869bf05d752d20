import { z } from 'zod';
import { AudienceSchema, IsoDateSchema, LocaleSchema } from './common';
import { endpoint } from './endpoint';

/** Whether a round needs a reminder now (shared/src/rounds/reminders.ts), per audience with the kit's languages. */
export const ReminderStatusSchema = z.object({
  due: z.boolean(),
  /** Days to the closing day (0: it closes tonight); null when the round is not open. */
  daysLeft: z.number().int().nullable(),
  closesOn: IsoDateSchema,
  /** The response rate the scan model calls good. */
  target: z.number(),
  audiences: z.array(
    z.object({
      audience: AudienceSchema,
      below: z.boolean(),
      /** No denominator at the location: the rate cannot be told. */
      unknown: z.boolean(),
      /** Null for IKC and municipality users while fewer than the model's minimum group completed. */
      responseRate: z.number().nullable(),
      /** Languages of the reminder kit: the parents' in every language of their questionnaire, others Dutch. */
      locales: z.array(LocaleSchema),
    }),
  ),
});
export type ReminderStatus = z.infer<typeof ReminderStatusSchema>;

/** What a researcher hands out for a round's link: QR codes, a letter and a poster to print, reminder kits. */
export const distributionApi = {
  qrSvg: endpoint({ method: 'GET', path: '/api/distribution/:roundId/:audience/qr.svg', answer: 'file' }),
  qrPng: endpoint({ method: 'GET', path: '/api/distribution/:roundId/:audience/qr.png', answer: 'file' }),
  letter: endpoint({ method: 'GET', path: '/api/distribution/:roundId/:audience/letter', answer: 'file' }),
  poster: endpoint({ method: 'GET', path: '/api/distribution/:roundId/:audience/poster', answer: 'file' }),
  reminder: endpoint({ method: 'GET', path: '/api/distribution/:roundId/reminder', answer: ReminderStatusSchema }),
  /** A message for the school's parent app or newsletter in one language, with the link, QR code and a fresh poster. */
  reminderKit: endpoint({
    method: 'GET',
    path: '/api/distribution/:roundId/:audience/reminder/:locale',
    answer: 'file',
  }),
};
