import { z } from 'zod';
import { LocaleSchema } from './common';
import { endpoint } from './endpoint';

/** Where an organisation's privacy statement is public: `/privacy/<id>` (the reader's language) or `/<id>/<locale>`. */
export const PUBLIC_PRIVACY_PATH = '/privacy';

/** The address of a statement, relative to the site or after `base`; `locale` picks the language. */
export const privacyStatementPath = (publicId: string, locale?: string, base = ''): string =>
  `${base}${PUBLIC_PRIVACY_PATH}/${publicId}${locale ? `/${locale}` : ''}`;

/** The public id of a statement: 22 base64url characters, nothing a reader could learn anything from. */
export const PrivacyIdSchema = z.string().regex(/^[A-Za-z0-9_-]{22}$/, 'geen geldige link');

const text = (max: number) => z.string().trim().max(max, `hoogstens ${max} tekens`);

/**
 * What the organisation writes itself (issue 22.4): the controller, how parents reach it, its data protection
 * officer, and anything it wants to add, in the language it writes in. Shown as written, marked with that language;
 * everything else on the page is fixed text in the reader's language.
 */
export const PrivacyStatementInputSchema = z.object({
  controller: text(200).min(2, 'vul de naam van de verwerkingsverantwoordelijke in'),
  contact: text(500).min(5, 'vul in hoe ouders u bereiken: een e-mailadres, telefoonnummer of postadres'),
  privacyOfficer: text(300),
  ownText: text(3000),
  /** The language the organisation writes its own parts in. */
  textLocale: z.enum(LocaleSchema.options, { message: 'kies de taal waarin u schrijft' }),
});
export type PrivacyStatementInput = z.infer<typeof PrivacyStatementInputSchema>;

/** `GET /api/privacy/:organisationId`: the statement as the editor shows it, with where the public page is. */
export const PrivacyStatementSchema = z.object({
  /** What the organisation wrote: empty strings (and Dutch) until it saved once. */
  controller: z.string(),
  contact: z.string(),
  privacyOfficer: z.string(),
  ownText: z.string(),
  textLocale: LocaleSchema,
  organisationId: z.uuid(),
  organisation: z.string(),
  /** The public page, relative to the site: `/privacy/<id>`. */
  publicPath: z.string(),
  /** From the organisation's data lifecycle settings; null while none is set. */
  retentionDays: z.number().int().nullable(),
  /** Null until the organisation saved its part: the page then names the organisation and asks readers to ask. */
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
  /** Whether this user may change it: researchers and admins whose scope covers the whole organisation. */
  canEdit: z.boolean(),
});
export type PrivacyStatement = z.infer<typeof PrivacyStatementSchema>;

/** An organisation's privacy statement for respondents: read and written by staff, shown publicly at its own link. */
export const privacyApi = {
  get: endpoint({ method: 'GET', path: '/api/privacy/:organisationId', answer: PrivacyStatementSchema }),
  save: endpoint({
    method: 'PUT',
    path: '/api/privacy/:organisationId',
    body: PrivacyStatementInputSchema,
    answer: PrivacyStatementSchema,
  }),
};
