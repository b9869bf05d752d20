import { z } from 'zod';
import { pageOf } from './paging';

const Name = z.string().trim().min(1, 'vul een naam in').max(200, 'hoogstens 200 tekens');
const Count = z
  .number({ message: 'moet een getal zijn' })
  .int('moet een geheel getal zijn')
  .min(0, 'mag niet negatief zijn')
  .max(100_000, 'is onwaarschijnlijk groot');

export const OrganisationKindSchema = z.enum(['municipality', 'school_board']);

export const OrganisationInputSchema = z.object({ name: Name, kind: OrganisationKindSchema });
export type OrganisationInput = z.infer<typeof OrganisationInputSchema>;

export const OrganisationSchema = OrganisationInputSchema.extend({
  id: z.uuid(),
  archived: z.boolean(),
  ikcCount: z.number().int(),
});
export type Organisation = z.infer<typeof OrganisationSchema>;
export const OrganisationPageSchema = pageOf(OrganisationSchema);

export const IkcInputSchema = z.object({ organisationId: z.uuid({ message: 'kies een organisatie' }), name: Name });
export type IkcInput = z.infer<typeof IkcInputSchema>;

export const IkcSchema = IkcInputSchema.extend({
  id: z.uuid(),
  organisation: z.string(),
  archived: z.boolean(),
  locationCount: z.number().int(),
});
export type Ikc = z.infer<typeof IkcSchema>;
export const IkcPageSchema = pageOf(IkcSchema);

export const LocationInputSchema = z
  .object({
    ikcId: z.uuid({ message: 'kies een IKC' }),
    name: Name,
    address: z.string().trim().max(300, 'hoogstens 300 tekens').nullable().default(null),
    hasSchool: z.boolean(),
    hasChildcare: z.boolean(),
    /** Denominators of response rates. */
    families: Count.nullable().default(null),
    pupils812: Count.nullable().default(null),
    professionals: Count.nullable().default(null),
  })
  .refine((l) => l.hasSchool || l.hasChildcare, { message: 'kies school, opvang of beide', path: ['hasSchool'] });
export type LocationInput = z.infer<typeof LocationInputSchema>;

export const LocationSchema = z.object({
  id: z.uuid(),
  ikcId: z.uuid(),
  ikc: z.string(),
  organisationId: z.uuid(),
  organisation: z.string(),
  name: z.string(),
  address: z.string().nullable(),
  hasSchool: z.boolean(),
  hasChildcare: z.boolean(),
  families: z.number().int().nullable(),
  pupils812: z.number().int().nullable(),
  professionals: z.number().int().nullable(),
  archived: z.boolean(),
});
export type Location = z.infer<typeof LocationSchema>;
export const LocationPageSchema = pageOf(LocationSchema);
