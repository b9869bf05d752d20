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

/**
 * A spreadsheet of IKCs and locations (CSV or XLSX), sent as base64 in JSON so the import passes the same body
 * checks as every other write. `organisationId` is where rows without an `organisatie` cell go.
 */
export const StructureImportSchema = z.object({
  organisationId: z.uuid({ message: 'kies een organisatie' }),
  fileName: z.string().trim().min(1, 'geef de bestandsnaam').max(200, 'hoogstens 200 tekens'),
  content: z
    .string()
    .min(1, 'het bestand is leeg')
    .max(7_000_000, 'het bestand is groter dan 5 MB')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'verwacht de inhoud van het bestand als base64'),
});
export type StructureImport = z.infer<typeof StructureImportSchema>;

export const ImportRowStatusSchema = z.enum(['new', 'update', 'unchanged', 'error']);
export type ImportRowStatus = z.infer<typeof ImportRowStatusSchema>;

/** A refused cell: where it is as a spreadsheet shows it ("C5"), under which header, and why, in Dutch. */
export const ImportCellErrorSchema = z.object({
  cell: z.string().nullable(),
  column: z.string(),
  message: z.string(),
});

export const ImportRowSchema = z.object({
  /** The row number as the spreadsheet shows it (the header is row 1 when it is the first). */
  row: z.number().int(),
  organisation: z.string(),
  ikc: z.string(),
  location: z.string(),
  status: ImportRowStatusSchema,
  /** The row's IKC does not exist yet and is created with it. */
  newIkc: z.boolean(),
  /** What an update changes, in Dutch: "gezinnen: 80 → 85". */
  changes: z.array(z.string()),
  errors: z.array(ImportCellErrorSchema),
});
export type ImportRow = z.infer<typeof ImportRowSchema>;

/** What an import would do (preview) or did (commit), row by row; nothing is stored while `problems` or errors exist. */
export const ImportPreviewSchema = z.object({
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx']).nullable(),
  /** Problems of the whole file (unreadable, no header, a required column missing, too many rows), in Dutch. */
  problems: z.array(z.string()),
  /** Headers the import does not know, left out. */
  ignoredColumns: z.array(z.string()),
  rows: z.array(ImportRowSchema),
  summary: z.object({
    new: z.number().int(),
    update: z.number().int(),
    unchanged: z.number().int(),
    error: z.number().int(),
    newIkcs: z.number().int(),
  }),
  /** True only in the answer of a commit that stored the rows. */
  stored: z.boolean(),
});
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;

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
  /** Import of IKCs and locations with their denominators: a dry run that names every bad cell, then the commit. */
  previewImport: endpoint({
    method: 'POST',
    path: '/api/structure-import/preview',
    body: StructureImportSchema,
    answer: ImportPreviewSchema,
  }),
  commitImport: endpoint({
    method: 'POST',
    path: '/api/structure-import',
    body: StructureImportSchema,
    answer: ImportPreviewSchema,
  }),
};
