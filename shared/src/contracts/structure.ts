import { z } from 'zod';
import { endpoint } from './endpoint';
import { ListQuerySchema, pageOf } from './paging';

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

export const IkcListQuerySchema = ListQuerySchema.extend({ organisationId: z.uuid().optional() });
export const LocationListQuerySchema = ListQuerySchema.extend({
  ikcId: z.uuid().optional(),
  organisationId: z.uuid().optional(),
});

/** Organisations, IKCs and locations: the structure a scan runs on. */
export const structureApi = {
  organisations: endpoint({
    method: 'GET',
    path: '/api/organisations',
    query: ListQuerySchema,
    answer: OrganisationPageSchema,
  }),
  organisation: endpoint({ method: 'GET', path: '/api/organisations/:id', answer: OrganisationSchema }),
  createOrganisation: endpoint({
    method: 'POST',
    path: '/api/organisations',
    body: OrganisationInputSchema,
    answer: OrganisationSchema,
  }),
  updateOrganisation: endpoint({
    method: 'PATCH',
    path: '/api/organisations/:id',
    body: OrganisationInputSchema,
    answer: OrganisationSchema,
  }),
  archiveOrganisation: endpoint({ method: 'POST', path: '/api/organisations/:id/archive', answer: OrganisationSchema }),
  restoreOrganisation: endpoint({ method: 'POST', path: '/api/organisations/:id/restore', answer: OrganisationSchema }),
  ikcs: endpoint({ method: 'GET', path: '/api/ikcs', query: IkcListQuerySchema, answer: IkcPageSchema }),
  ikc: endpoint({ method: 'GET', path: '/api/ikcs/:id', answer: IkcSchema }),
  createIkc: endpoint({ method: 'POST', path: '/api/ikcs', body: IkcInputSchema, answer: IkcSchema }),
  updateIkc: endpoint({ method: 'PATCH', path: '/api/ikcs/:id', body: IkcInputSchema, answer: IkcSchema }),
  archiveIkc: endpoint({ method: 'POST', path: '/api/ikcs/:id/archive', answer: IkcSchema }),
  restoreIkc: endpoint({ method: 'POST', path: '/api/ikcs/:id/restore', answer: IkcSchema }),
  locations: endpoint({
    method: 'GET',
    path: '/api/locations',
    query: LocationListQuerySchema,
    answer: LocationPageSchema,
  }),
  location: endpoint({ method: 'GET', path: '/api/locations/:id', answer: LocationSchema }),
  createLocation: endpoint({
    method: 'POST',
    path: '/api/locations',
    body: LocationInputSchema,
    answer: LocationSchema,
  }),
  updateLocation: endpoint({
    method: 'PATCH',
    path: '/api/locations/:id',
    body: LocationInputSchema,
    answer: LocationSchema,
  }),
  archiveLocation: endpoint({ method: 'POST', path: '/api/locations/:id/archive', answer: LocationSchema }),
  restoreLocation: endpoint({ method: 'POST', path: '/api/locations/:id/restore', answer: LocationSchema }),
};
