import { describe, expect, it } from 'vitest';
import {
  columnLetters,
  type ExistingStructure,
  type ImportCell,
  type ImportTable,
  nameKey,
  normalizeHeader,
  planImport,
} from './import-plan';

const ORG = '00000000-0000-4000-8000-000000000001';
const OTHER_ORG = '00000000-0000-4000-8000-000000000002';
const IKC = '00000000-0000-4000-8000-0000000000a1';
const LOC = '00000000-0000-4000-8000-0000000000b1';

const HEADER = [
  'ikc',
  'locatie',
  'adres',
  'school (ja/nee)',
  'opvang (ja/nee)',
  'gezinnen',
  'leerlingen groep 5-8',
  'medewerkers',
];

const tableOf = (...rows: ImportCell[][]): ImportTable => rows.map((cells, i) => ({ number: i + 1, cells }));

const existing: ExistingStructure = {
  organisations: [
    { id: ORG, name: 'Gemeente Leeuwarden', archived: false },
    { id: OTHER_ORG, name: 'Stichting Primair', archived: false },
  ],
  ikcs: [{ id: IKC, organisationId: ORG, name: 'IKC De Zon', archived: false }],
  locations: [
    {
      id: LOC,
      ikcId: IKC,
      name: 'Hoofdgebouw',
      archived: false,
      address: 'Zonnelaan 1',
      hasSchool: true,
      hasChildcare: true,
      families: 80,
      pupils812: 40,
      professionals: 12,
    },
  ],
};

const plan = (table: ImportTable, given: ExistingStructure = existing) =>
  planImport(table, { organisationId: ORG, existing: given, fileName: 'locaties.csv', format: 'csv' });

describe('planImport', () => {
  it('reads Dutch headers in any case, with hints in brackets, a question mark or an en dash', () => {
    expect(normalizeHeader('School (ja/nee)')).toBe('school');
    expect(normalizeHeader('Organisatie?')).toBe('organisatie');
    expect(normalizeHeader('Leerlingen groep 5–8')).toBe('leerlingen groep 5-8');
    expect(normalizeHeader('  IKC ')).toBe('ikc');
  });

  it('matches names without regard to case or spacing', () => {
    expect(nameKey('  IKC  de ZON ')).toBe(nameKey('IKC De Zon'));
    expect(columnLetters(0)).toBe('A');
    expect(columnLetters(25)).toBe('Z');
    expect(columnLetters(26)).toBe('AA');
  });

  it('marks each row new, update or unchanged, and says what an update changes', () => {
    const { preview, writes } = plan(
      tableOf(
        HEADER,
        ['ikc de zon', ' HOOFDGEBOUW ', 'Zonnelaan 1', 'ja', 'ja', 80, 40, 12],
        ['IKC De Zon', 'Dependance', 'Zonnelaan 9', 'ja', 'nee', '35', '20', '5'],
        ['IKC Het Anker', 'Anker', '', 'nee', 'ja', '1.200', '', ''],
      ),
    );
    expect(preview.problems).toEqual([]);
    expect(preview.rows.map((r) => [r.row, r.status, r.newIkc])).toEqual([
      [2, 'unchanged', false],
      [3, 'new', false],
      [4, 'new', true],
    ]);
    expect(preview.summary).toEqual({ new: 2, update: 0, unchanged: 1, error: 0, newIkcs: 1 });
    expect(writes.newIkcs).toEqual([{ key: `${ORG}/ikc het anker`, organisationId: ORG, name: 'IKC Het Anker' }]);
    expect(writes.newLocations[1]).toMatchObject({
      name: 'Anker',
      families: 1200,
      hasSchool: false,
      hasChildcare: true,
    });

    const again = plan(tableOf(HEADER, ['IKC De Zon', 'Hoofdgebouw', '', 'ja', 'ja', 85, '', '']));
    expect(again.preview.rows[0]).toMatchObject({ status: 'update', changes: ['gezinnen: 80 → 85'] });
    // Empty cells leave stored values as they are.
    expect(again.writes.updates).toEqual([
      {
        id: LOC,
        changed: ['families'],
        address: 'Zonnelaan 1',
        hasSchool: true,
        hasChildcare: true,
        families: 85,
        pupils812: 40,
        professionals: 12,
      },
    ]);
  });

  it('names every bad cell by its spreadsheet address with a Dutch reason', () => {
    const { preview } = plan(
      tableOf(
        HEADER,
        ['IKC De Zon', 'Noord', '', 'misschien', 'ja', '12,5', '-3', 'veel'],
        ['', 'Zuid', '', 'ja', 'ja', '', '', ''],
        ['IKC De Zon', 'Oost', '', 'nee', 'nee', '', '', '200000'],
      ),
    );
    expect(preview.summary.error).toBe(3);
    const [noord, zuid, oost] = preview.rows;
    expect(noord?.errors).toEqual([
      { cell: 'D2', column: 'school', message: 'vul ja of nee in (nu: "misschien")' },
      { cell: 'F2', column: 'gezinnen', message: 'moet een geheel getal zijn (nu: "12,5")' },
      { cell: 'G2', column: 'leerlingen groep 5-8', message: 'moet een geheel getal zijn (nu: "-3")' },
      { cell: 'H2', column: 'medewerkers', message: 'moet een geheel getal zijn (nu: "veel")' },
    ]);
    expect(zuid?.errors).toEqual([{ cell: 'A3', column: 'ikc', message: 'vul de naam van het IKC in' }]);
    expect(oost?.errors.map((e) => e.cell)).toEqual(['D4', 'H4']);
  });

  it('refuses a location twice in one file, naming the first row', () => {
    const { preview } = plan(
      tableOf(HEADER, ['IKC De Zon', 'Noord', '', 'ja', 'ja'], ['ikc de zon', 'NOORD', '', 'ja', 'nee']),
    );
    expect(preview.rows[1]?.errors[0]?.message).toBe('deze locatie van dit IKC staat al op rij 2');
  });

  it('needs school and childcare for a new location, and at least one of them', () => {
    const { preview } = plan(
      tableOf(['ikc', 'locatie', 'gezinnen'], ['IKC De Zon', 'Nieuw', 10], ['IKC De Zon', 'Hoofdgebouw', 90]),
    );
    expect(preview.rows[0]).toMatchObject({
      status: 'error',
      errors: [{ cell: null, column: 'school', message: 'vul bij een nieuwe locatie school en opvang in (ja of nee)' }],
    });
    expect(preview.rows[1]).toMatchObject({ status: 'update', changes: ['gezinnen: 80 → 90'] });
  });

  it('puts rows in the organisation its cell names, and refuses one the user cannot change', () => {
    const { preview, writes } = plan(
      tableOf(
        ['Organisatie?', ...HEADER],
        ['stichting primair', 'IKC De Zon', 'Hoofdgebouw', '', 'ja', 'ja'],
        ['Onbekend', 'IKC X', 'Y', '', 'ja', 'ja'],
      ),
    );
    // The same IKC name in another organisation is another IKC.
    expect(preview.rows[0]).toMatchObject({ status: 'new', newIkc: true, organisation: 'Stichting Primair' });
    expect(writes.newIkcs[0]?.organisationId).toBe(OTHER_ORG);
    expect(preview.rows[1]?.errors).toEqual([
      { cell: 'A3', column: 'organisatie', message: 'organisatie "Onbekend" bestaat niet of valt buiten uw toegang' },
    ]);
  });

  it('refuses archived IKCs and locations instead of bringing them back unasked', () => {
    const archived: ExistingStructure = {
      ...existing,
      locations: existing.locations.map((l) => ({ ...l, archived: true })),
    };
    const { preview } = plan(tableOf(HEADER, ['IKC De Zon', 'Hoofdgebouw', '', 'ja', 'ja']), archived);
    expect(preview.rows[0]?.errors[0]?.message).toBe('locatie "Hoofdgebouw" is gearchiveerd; zet haar eerst terug');
  });

  it('refuses a file without the ikc and locatie columns, or without rows, as a whole', () => {
    expect(plan(tableOf(['naam', 'adres'], ['a', 'b'])).preview.problems[0]).toMatch(/mist de kolommen ikc en locatie/);
    expect(plan(tableOf(HEADER)).preview.problems[0]).toMatch(/geen rijen/);
    expect(plan(tableOf()).preview.problems[0]).toMatch(/leeg/);
    expect(plan(tableOf([...HEADER, 'opmerking'], ['IKC De Zon', 'Hoofdgebouw'])).preview.ignoredColumns).toEqual([
      'opmerking',
    ]);
  });

  it('takes spreadsheet booleans and whole numbers, and refuses fractions and control characters', () => {
    const { preview } = plan(tableOf(HEADER, ['IKC De Zon', 'Nieuw\u0007', '', true, false, 1.5, 3, 4]));
    expect(preview.rows[0]?.errors.map((e) => [e.cell, e.message])).toEqual([
      ['B2', 'bevat een onzichtbaar stuurteken; typ de tekst opnieuw'],
      ['F2', 'moet een geheel getal zijn (nu: 1.5)'],
    ]);
  });
});
