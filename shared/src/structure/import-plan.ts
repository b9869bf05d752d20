import type { ImportPreview, ImportRow } from '../contracts/structure';

/** One cell as a spreadsheet or a CSV file gives it. */
export type ImportCell = string | number | boolean | null;

/** The rows of a sheet with the numbers a spreadsheet shows beside them; the first row with text is the header. */
export type ImportTable = ReadonlyArray<{ number: number; cells: ReadonlyArray<ImportCell> }>;

/** The organisations, IKCs and locations an import is matched against (only what the user may change). */
export type ExistingStructure = {
  organisations: ReadonlyArray<{ id: string; name: string; archived: boolean }>;
  ikcs: ReadonlyArray<{ id: string; organisationId: string; name: string; archived: boolean }>;
  locations: ReadonlyArray<ExistingLocation>;
};

export type ExistingLocation = {
  id: string;
  ikcId: string;
  name: string;
  archived: boolean;
} & LocationFields;

type LocationFields = {
  address: string | null;
  hasSchool: boolean;
  hasChildcare: boolean;
  families: number | null;
  pupils812: number | null;
  professionals: number | null;
};

/** What the commit writes, in order: IKCs first (a location refers to its IKC by id or by the new IKC's key). */
export type ImportWrites = {
  newIkcs: Array<{ key: string; organisationId: string; name: string }>;
  newLocations: Array<{ ikc: { id: string } | { newKey: string }; name: string } & LocationFields>;
  updates: Array<{ id: string; changed: string[] } & LocationFields>;
};

/** Rows after the header an import takes: a municipality has dozens of locations, not thousands. */
export const MAX_IMPORT_ROWS = 2000;

type Field = 'organisation' | 'ikc' | 'location' | 'address' | 'hasSchool' | 'hasChildcare' | CountField;
type CountField = 'families' | 'pupils812' | 'professionals';

/** Accepted headers per field, as `normalizeHeader` leaves them ("School (ja/nee)" → "school"). */
const HEADERS: Record<Field, readonly string[]> = {
  organisation: ['organisatie', 'organisatienaam', 'gemeente of schoolbestuur'],
  ikc: ['ikc', 'ikc-naam', 'naam ikc', 'ikc naam', 'kindcentrum'],
  location: ['locatie', 'locatienaam', 'naam locatie', 'locatie naam', 'vestiging'],
  address: ['adres'],
  hasSchool: ['school'],
  hasChildcare: ['opvang', 'kinderopvang'],
  families: ['gezinnen', 'aantal gezinnen'],
  pupils812: ['leerlingen groep 5-8', 'leerlingen groep 5 t/m 8', 'leerlingen groep 5 tot en met 8', 'leerlingen 5-8'],
  professionals: ['medewerkers', 'aantal medewerkers'],
};

/** How a field is called in messages and change lists, as the template's header says it. */
export const IMPORT_COLUMN_NL: Record<Field, string> = {
  organisation: 'organisatie',
  ikc: 'ikc',
  location: 'locatie',
  address: 'adres',
  hasSchool: 'school',
  hasChildcare: 'opvang',
  families: 'gezinnen',
  pupils812: 'leerlingen groep 5-8',
  professionals: 'medewerkers',
};

/** The header row of the template a researcher can start from. */
export const IMPORT_TEMPLATE_HEADERS = [
  'organisatie',
  'ikc',
  'locatie',
  'adres',
  'school (ja/nee)',
  'opvang (ja/nee)',
  'gezinnen',
  'leerlingen groep 5-8',
  'medewerkers',
] as const;

const REQUIRED: readonly Field[] = ['ikc', 'location'];
const COUNTS: readonly CountField[] = ['families', 'pupils812', 'professionals'];
const MAX_COUNT = 100_000;

/** "School (ja/nee)" → "school", "Leerlingen groep 5–8" → "leerlingen groep 5-8", "Organisatie?" → "organisatie". */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('nl')
    .replace(/\(.*?\)/g, ' ')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/[?:*]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The identity of an IKC within its organisation and of a location within its IKC: the name without regard to
 * case or spacing ("IKC  de Zon " is "ikc de zon"), so a re-import updates instead of duplicating.
 */
export function nameKey(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('nl');
}

/** "A", …, "Z", "AA": the letters a spreadsheet shows above column `index` (0-based). */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

const text = (cell: ImportCell | undefined): string =>
  cell === null || cell === undefined ? '' : String(cell).replace(/\s+/g, ' ').trim();

// Control characters have no place in a name or address; U+0000 cannot even be stored.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find them
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

const YES = new Set(['ja', 'j', 'yes', 'y', 'x', '1', 'waar', 'true', 'wel']);
const NO = new Set(['nee', 'n', 'no', '0', 'onwaar', 'false', 'niet', '-']);

type Parsed<T> = { ok: true; value: T | undefined } | { ok: false; message: string };

function yesNo(cell: ImportCell | undefined): Parsed<boolean> {
  if (typeof cell === 'boolean') return { ok: true, value: cell };
  if (typeof cell === 'number' && (cell === 0 || cell === 1)) return { ok: true, value: cell === 1 };
  const value = text(cell).toLocaleLowerCase('nl');
  if (value === '') return { ok: true, value: undefined };
  if (YES.has(value)) return { ok: true, value: true };
  if (NO.has(value)) return { ok: true, value: false };
  return { ok: false, message: `vul ja of nee in (nu: "${text(cell)}")` };
}

function count(cell: ImportCell | undefined): Parsed<number> {
  if (typeof cell === 'number') {
    if (!Number.isInteger(cell)) return { ok: false, message: `moet een geheel getal zijn (nu: ${cell})` };
    return bounded(cell, String(cell));
  }
  const value = text(cell);
  if (value === '') return { ok: true, value: undefined };
  // Plain digits, or thousands grouped with a point or a space as Dutch spreadsheets write them ("1.200").
  if (/^\d+$/.test(value) || /^\d{1,3}([. ]\d{3})+$/.test(value))
    return bounded(Number(value.replace(/[. ]/g, '')), value);
  return { ok: false, message: `moet een geheel getal zijn (nu: "${value}")` };
}

function bounded(n: number, shown: string): Parsed<number> {
  if (n < 0) return { ok: false, message: `mag niet negatief zijn (nu: ${shown})` };
  if (n > MAX_COUNT) return { ok: false, message: `is onwaarschijnlijk groot (nu: ${shown})` };
  return { ok: true, value: n };
}

function name(cell: ImportCell | undefined, max: number): Parsed<string> {
  const value = text(cell);
  if (value === '') return { ok: true, value: undefined };
  if (CONTROL.test(value)) return { ok: false, message: 'bevat een onzichtbaar stuurteken; typ de tekst opnieuw' };
  if (value.length > max) return { ok: false, message: `hoogstens ${max} tekens (nu ${value.length})` };
  return { ok: true, value };
}

const shown = (v: string | number | boolean | null): string =>
  v === null ? 'leeg' : typeof v === 'boolean' ? (v ? 'ja' : 'nee') : String(v);

const emptySummary = () => ({ new: 0, update: 0, unchanged: 0, error: 0, newIkcs: 0 });

/**
 * Matches the rows of a sheet against the stored structure: per row new, update, unchanged or error, every bad
 * cell named by its spreadsheet address with a Dutch reason, and what a commit would write. Pure: the server reads
 * the file and the database, this decides. An empty cell leaves a stored value as it is (an import never clears a
 * denominator); identity columns (organisation, IKC, location name) never rename anything.
 */
export function planImport(
  table: ImportTable,
  options: { organisationId: string; existing: ExistingStructure; fileName: string; format: 'csv' | 'xlsx' },
): { preview: ImportPreview; writes: ImportWrites } {
  const { existing } = options;
  const writes: ImportWrites = { newIkcs: [], newLocations: [], updates: [] };
  const base = { fileName: options.fileName, format: options.format, stored: false };
  const refuse = (problem: string, ignoredColumns: string[] = []) => ({
    preview: { ...base, problems: [problem], ignoredColumns, rows: [], summary: emptySummary() },
    writes,
  });

  const headerAt = table.findIndex((r) => r.cells.some((c) => text(c) !== ''));
  const header = table[headerAt];
  if (!header) return refuse('Het bestand is leeg: verwacht een kopregel met ten minste de kolommen ikc en locatie.');
  const columns = new Map<Field, number>();
  const ignoredColumns: string[] = [];
  header.cells.forEach((cell, index) => {
    const label = text(cell);
    if (label === '') return;
    const normal = normalizeHeader(label);
    const field = (Object.keys(HEADERS) as Field[]).find((f) => HEADERS[f].includes(normal));
    if (!field) ignoredColumns.push(label);
    else if (columns.has(field)) ignoredColumns.push(`${label} (dubbel)`);
    else columns.set(field, index);
  });
  const missing = REQUIRED.filter((f) => !columns.has(f));
  if (missing.length > 0) {
    return refuse(
      `De kopregel (rij ${header.number}) mist de kolom${missing.length > 1 ? 'men' : ''} ${missing
        .map((f) => IMPORT_COLUMN_NL[f])
        .join(' en ')}. Verwacht: ${IMPORT_TEMPLATE_HEADERS.join(', ')}.`,
      ignoredColumns,
    );
  }
  const body = table.slice(headerAt + 1).filter((r) => r.cells.some((c) => text(c) !== ''));
  if (body.length === 0) return refuse('Het bestand heeft een kopregel maar geen rijen met locaties.', ignoredColumns);
  if (body.length > MAX_IMPORT_ROWS) {
    return refuse(
      `Het bestand heeft ${body.length} rijen; één import neemt er hoogstens ${MAX_IMPORT_ROWS}. Splits het bestand.`,
      ignoredColumns,
    );
  }

  const organisations = new Map<string, Array<ExistingStructure['organisations'][number]>>();
  for (const o of existing.organisations)
    organisations.set(nameKey(o.name), [...(organisations.get(nameKey(o.name)) ?? []), o]);
  const defaultOrganisation = existing.organisations.find((o) => o.id === options.organisationId);
  const ikcsByKey = new Map<string, Array<ExistingStructure['ikcs'][number]>>();
  for (const i of existing.ikcs) {
    const key = `${i.organisationId}/${nameKey(i.name)}`;
    ikcsByKey.set(key, [...(ikcsByKey.get(key) ?? []), i]);
  }
  const locationsByKey = new Map<string, ExistingLocation[]>();
  for (const l of existing.locations) {
    const key = `${l.ikcId}/${nameKey(l.name)}`;
    locationsByKey.set(key, [...(locationsByKey.get(key) ?? []), l]);
  }
  const seen = new Map<string, number>();
  const newIkcKeys = new Map<string, string>();

  const rows: ImportRow[] = body.map((r) => {
    const errors: ImportRow['errors'] = [];
    const at = (field: Field) => {
      const index = columns.get(field);
      return index === undefined ? undefined : r.cells[index];
    };
    const fail = (field: Field, message: string) => {
      const index = columns.get(field);
      errors.push({
        cell: index === undefined ? null : `${columnLetters(index)}${r.number}`,
        column: IMPORT_COLUMN_NL[field],
        message,
      });
    };
    const read = <T>(field: Field, parsed: Parsed<T>): T | undefined => {
      if (parsed.ok) return parsed.value;
      fail(field, parsed.message);
      return undefined;
    };

    const orgName = read('organisation', name(at('organisation'), 200));
    const ikcName = read('ikc', name(at('ikc'), 200));
    const locationName = read('location', name(at('location'), 200));
    const failed = (field: Field) => errors.some((e) => e.column === IMPORT_COLUMN_NL[field]);
    if (ikcName === undefined && !failed('ikc')) fail('ikc', 'vul de naam van het IKC in');
    if (locationName === undefined && !failed('location')) fail('location', 'vul de naam van de locatie in');
    const given: Partial<LocationFields> = {
      address: read('address', name(at('address'), 300)),
      hasSchool: read('hasSchool', yesNo(at('hasSchool'))),
      hasChildcare: read('hasChildcare', yesNo(at('hasChildcare'))),
    };
    if (given.hasSchool === false && given.hasChildcare === false)
      fail('hasSchool', 'een locatie heeft school, opvang of beide');
    for (const field of COUNTS) given[field] = read(field, count(at(field)));

    let organisation = defaultOrganisation;
    if (orgName !== undefined) {
      const found = organisations.get(nameKey(orgName)) ?? [];
      organisation = found[0];
      if (found.length === 0) fail('organisation', `organisatie "${orgName}" bestaat niet of valt buiten uw toegang`);
      else if (found.length > 1) fail('organisation', `meer dan één organisatie heet "${orgName}"`);
      else if (found[0]?.archived) fail('organisation', `organisatie "${orgName}" is gearchiveerd`);
    } else if (!organisation) {
      fail('organisation', 'de gekozen organisatie bestaat niet of valt buiten uw toegang');
    } else if (organisation.archived) {
      fail('organisation', `organisatie "${organisation.name}" is gearchiveerd`);
    }

    const shownRow = {
      row: r.number,
      organisation: organisation?.name ?? orgName ?? '',
      ikc: ikcName ?? text(at('ikc')),
      location: locationName ?? text(at('location')),
    };
    if (!organisation || ikcName === undefined || locationName === undefined || errors.length > 0) {
      return { ...shownRow, status: 'error', newIkc: false, changes: [], errors };
    }

    const identity = `${organisation.id}/${nameKey(ikcName)}/${nameKey(locationName)}`;
    const earlier = seen.get(identity);
    if (earlier !== undefined) {
      fail('location', `deze locatie van dit IKC staat al op rij ${earlier}`);
      return { ...shownRow, status: 'error', newIkc: false, changes: [], errors };
    }
    seen.set(identity, r.number);

    const ikcKey = `${organisation.id}/${nameKey(ikcName)}`;
    const ikcs = ikcsByKey.get(ikcKey) ?? [];
    const ikc = ikcs[0];
    if (ikcs.length > 1) fail('ikc', `meer dan één IKC in deze organisatie heet "${ikcName}"; hernoem er één`);
    else if (ikc?.archived) fail('ikc', `IKC "${ikc.name}" is gearchiveerd; zet het eerst terug`);
    const matches = ikc ? (locationsByKey.get(`${ikc.id}/${nameKey(locationName)}`) ?? []) : [];
    const location = matches[0];
    if (matches.length > 1) fail('location', `meer dan één locatie van dit IKC heet "${locationName}"; hernoem er één`);
    else if (location?.archived) fail('location', `locatie "${location.name}" is gearchiveerd; zet haar eerst terug`);

    const merged: LocationFields = {
      address: given.address ?? location?.address ?? null,
      hasSchool: given.hasSchool ?? location?.hasSchool ?? false,
      hasChildcare: given.hasChildcare ?? location?.hasChildcare ?? false,
      families: given.families ?? location?.families ?? null,
      pupils812: given.pupils812 ?? location?.pupils812 ?? null,
      professionals: given.professionals ?? location?.professionals ?? null,
    };
    if (!location) {
      if (given.hasSchool === undefined && given.hasChildcare === undefined) {
        fail('hasSchool', 'vul bij een nieuwe locatie school en opvang in (ja of nee)');
      } else if (!merged.hasSchool && !merged.hasChildcare) {
        fail('hasSchool', 'een locatie heeft school, opvang of beide');
      }
    } else if (!merged.hasSchool && !merged.hasChildcare) {
      fail('hasSchool', 'een locatie heeft school, opvang of beide');
    }
    if (errors.length > 0)
      return { ...shownRow, ikc: ikc?.name ?? ikcName, status: 'error', newIkc: false, changes: [], errors };

    if (!ikc && !newIkcKeys.has(ikcKey)) {
      newIkcKeys.set(ikcKey, ikcName);
      writes.newIkcs.push({ key: ikcKey, organisationId: organisation.id, name: ikcName });
    }
    const ikcShown = ikc?.name ?? newIkcKeys.get(ikcKey) ?? ikcName;
    if (!location) {
      writes.newLocations.push({ ikc: ikc ? { id: ikc.id } : { newKey: ikcKey }, name: locationName, ...merged });
      return { ...shownRow, ikc: ikcShown, status: 'new', newIkc: !ikc, changes: [], errors };
    }
    const changes: string[] = [];
    const changed: string[] = [];
    for (const field of ['address', 'hasSchool', 'hasChildcare', ...COUNTS] as const) {
      if (merged[field] !== location[field]) {
        changes.push(`${IMPORT_COLUMN_NL[field]}: ${shown(location[field])} → ${shown(merged[field])}`);
        changed.push(field);
      }
    }
    if (changes.length > 0) writes.updates.push({ id: location.id, changed, ...merged });
    return {
      ...shownRow,
      ikc: ikcShown,
      location: location.name,
      status: changes.length > 0 ? 'update' : 'unchanged',
      newIkc: false,
      changes,
      errors,
    };
  });

  const summary = emptySummary();
  for (const row of rows) summary[row.status] += 1;
  summary.newIkcs = writes.newIkcs.length;
  return { preview: { ...base, problems: [], ignoredColumns, rows, summary }, writes };
}
