import { ApiErrorSchema, ImportPreviewSchema } from '@driehoek/shared';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db';
import { staffAgent } from '../../test-support/staff';
import { openTestDatabase, testApp } from '../../test-support/test-database';
import { detectDelimiter } from './import-file';
import { insertIkc, insertOrganisation } from './organisation-queries';

let db: Database;
let app: ReturnType<typeof testApp>;
let researcher: Awaited<ReturnType<typeof staffAgent>>;
let organisationId: string;
let otherOrganisation: string;

beforeAll(async () => {
  db = await openTestDatabase();
  app = testApp(db);
  organisationId = await insertOrganisation(db.sql, { name: 'Gemeente Leeuwarden', kind: 'municipality' });
  otherOrganisation = await insertOrganisation(db.sql, { name: 'Gemeente Elders', kind: 'municipality' });
  researcher = await staffAgent(app, db.sql, 'researcher', { organisationId });
});
afterAll(() => db?.close());

const HEADER =
  'organisatie?;ikc;locatie;adres;school (ja/nee);opvang (ja/nee);gezinnen;leerlingen groep 5-8;medewerkers';

/** 30 locations in 10 IKCs, as a municipality would send them. */
function thirtyLocations(bad: Record<number, string> = {}): string {
  const lines = [HEADER];
  for (let i = 0; i < 30; i++) {
    const ikc = `IKC ${['Noord', 'Zuid', 'Oost', 'West', 'Midden', 'Haven', 'Dorp', 'Stad', 'Park', 'Bos'][i % 10]}`;
    lines.push(
      bad[i] ??
        `;${ikc};Locatie ${i + 1};Schoolstraat ${i + 1};ja;${i % 2 ? 'ja' : 'nee'};${40 + i};${20 + i};${8 + (i % 5)}`,
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

const body = (text: string | Buffer, fileName = 'locaties.csv', org = organisationId) => ({
  organisationId: org,
  fileName,
  content: Buffer.from(text).toString('base64'),
});

async function preview(payload: ReturnType<typeof body>) {
  const res = await researcher.send('POST', '/api/structure-import/preview', payload);
  expect(res.status, await res.clone().text()).toBe(200);
  return ImportPreviewSchema.parse(await res.json());
}

const counts = async () => {
  const [row] = await db.sql<{ ikcs: number; locations: number }[]>`
    select (select count(*)::int from ikcs where organisation_id = ${organisationId}) as ikcs,
           (select count(*)::int from locations loc join ikcs i on i.id = loc.ikc_id
             where i.organisation_id = ${organisationId}) as locations`;
  return row;
};

describe('importing IKCs and locations', () => {
  it('refuses a file of 30 locations with two bad rows, naming both, and stores nothing', async () => {
    const file = thirtyLocations({
      6: ';IKC Dorp;Locatie 7;;misschien;ja;40;20;8',
      21: ';IKC Noord;Locatie 22;;ja;ja;veel;20;-1',
    });
    const result = await preview(body(file));
    expect(result.summary).toMatchObject({ new: 28, error: 2, newIkcs: 10 });
    const bad = result.rows.filter((r) => r.status === 'error');
    expect(bad.map((r) => [r.row, r.errors.map((e) => `${e.cell} ${e.message}`)])).toEqual([
      [8, ['E8 vul ja of nee in (nu: "misschien")']],
      [23, ['G23 moet een geheel getal zijn (nu: "veel")', 'I23 moet een geheel getal zijn (nu: "-1")']],
    ]);

    const commit = await researcher.send('POST', '/api/structure-import', body(file));
    expect(commit.status).toBe(400);
    const error = ApiErrorSchema.parse(await commit.json()).error;
    expect(error.field).toBe('content');
    expect(error.message).toContain('rij 8 (E8: vul ja of nee in');
    expect(error.message).toContain('rij 23 (G23');
    expect(await counts()).toEqual({ ikcs: 0, locations: 0 });
  });

  it('imports the corrected file once, and a re-import updates instead of duplicating', async () => {
    const file = thirtyLocations();
    const commit = await researcher.send('POST', '/api/structure-import', body(file));
    expect(commit.status, await commit.clone().text()).toBe(200);
    const stored = ImportPreviewSchema.parse(await commit.json());
    expect(stored).toMatchObject({ stored: true, summary: { new: 30, update: 0, error: 0, newIkcs: 10 } });
    expect(await counts()).toEqual({ ikcs: 10, locations: 30 });

    // The same file again, with other spelling of the names: nothing new, nothing changed.
    const again = await researcher.send(
      'POST',
      '/api/structure-import',
      body(file.replaceAll('IKC Noord', 'ikc  NOORD').replaceAll('Locatie 1;', 'locatie 1 ;')),
    );
    expect(ImportPreviewSchema.parse(await again.json()).summary).toMatchObject({ new: 0, update: 0, unchanged: 30 });
    expect(await counts()).toEqual({ ikcs: 10, locations: 30 });

    // A changed denominator is an update, and says so.
    const changed = await preview(
      body(file.replace(';Locatie 3;Schoolstraat 3;ja;nee;42;', ';Locatie 3;Schoolstraat 3;ja;nee;50;')),
    );
    expect(changed.summary).toMatchObject({ update: 1, unchanged: 29 });
    expect(changed.rows.find((r) => r.status === 'update')?.changes).toEqual(['gezinnen: 42 → 50']);

    const audit = await db.sql<{ details: { newIkcs: number; new: number } }[]>`
      select details from audit_log where action = 'structure.import' order by id`;
    expect(audit.map((a) => [a.details.newIkcs, a.details.new])).toEqual([
      [10, 30],
      [0, 0],
    ]);
  });

  it('runs two commits of one file at once as one after the other: no duplicates', async () => {
    const file = `ikc,locatie,school,opvang\nIKC Tegelijk,Een,ja,ja\nIKC Tegelijk,Twee,ja,nee\n`;
    const results = await Promise.all([1, 2].map(() => researcher.send('POST', '/api/structure-import', body(file))));
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    const [row] = await db.sql<{ n: number }[]>`
      select count(*)::int as n from locations loc join ikcs i on i.id = loc.ikc_id where i.name = 'IKC Tegelijk'`;
    expect(row?.n).toBe(2);
  });

  it('reads an Excel workbook with numbers, booleans and rich text, naming cells as Excel does', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('locaties');
    sheet.addRow(['Toelichting: één rij per locatie']);
    sheet.addRow([]);
    sheet.addRow(['IKC', 'Locatie', 'School (ja/nee)', 'Opvang (ja/nee)', 'Gezinnen', 'Medewerkers']);
    sheet.addRow(['IKC Excel', { richText: [{ text: 'Hoofd' }, { text: 'gebouw' }] }, 'Ja', true, 61, 9]);
    sheet.addRow(['IKC Excel', 'Bijgebouw', 'nee', 'ja', 12.5, { formula: '3+4', result: 7 }]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const result = await preview(body(bytes, 'locaties.xlsx'));
    expect(result.format).toBe('xlsx');
    // The first line is not a header: the file is refused as a whole, not guessed at.
    expect(result.problems[0]).toMatch(/mist de kolommen ikc en locatie/);

    sheet.spliceRows(1, 2);
    const fixed = await preview(body(Buffer.from(await workbook.xlsx.writeBuffer()), 'locaties.xlsx'));
    expect(fixed.rows.map((r) => [r.row, r.location, r.status, r.errors.map((e) => e.cell)])).toEqual([
      [2, 'Hoofdgebouw', 'new', []],
      [3, 'Bijgebouw', 'error', ['E3']],
    ]);
  });

  it('reads Windows-1252 CSV with semicolons, and refuses an old .xls or broken quotes as a whole', async () => {
    const latin = Buffer.from('ikc;locatie;school;opvang\nIKC Café;Zuidoost;ja;nee\n', 'latin1');
    const result = await preview(body(latin));
    expect(result.rows[0]).toMatchObject({ ikc: 'IKC Café', status: 'new' });
    expect(detectDelimiter('a,b;c;d\n1,2')).toBe(';');
    expect(detectDelimiter('"a;b",c,d')).toBe(',');

    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect((await preview(body(xls, 'oud.xls'))).problems[0]).toMatch(/oud Excel-bestand/);
    const broken = await preview(body('ikc,locatie\n"IKC,Noord\n'));
    expect(broken.problems[0]).toMatch(/niet te lezen.*aanhalingsteken/);
  });

  it('imports only into organisations the user may change', async () => {
    const res = await researcher.send(
      'POST',
      '/api/structure-import/preview',
      body(thirtyLocations(), 'x.csv', otherOrganisation),
    );
    expect(res.status).toBe(400);
    expect(ApiErrorSchema.parse(await res.json()).error.field).toBe('organisationId');

    await insertIkc(db.sql, { organisationId: otherOrganisation, name: 'IKC Elders' });
    const named = await preview(body('organisatie;ikc;locatie;school;opvang\nGemeente Elders;IKC Elders;A;ja;ja\n'));
    expect(named.rows[0]?.errors[0]).toEqual({
      cell: 'A2',
      column: 'organisatie',
      message: 'organisatie "Gemeente Elders" bestaat niet of valt buiten uw toegang',
    });

    const ikcUser = await staffAgent(app, db.sql, 'ikc', { organisationId });
    const refused = await ikcUser.send('POST', '/api/structure-import/preview', body(thirtyLocations()));
    expect(refused.status).toBe(403);
  });

  it('takes a file up to the import body limit, above the 64 kB of other writes', async () => {
    const lines = ['ikc;locatie;adres;school;opvang'];
    for (let i = 0; i < 1500; i++)
      lines.push(`IKC Groot ${i % 40};Locatie ${i};${'Lange straatnaam '.repeat(4)}${i};ja;ja`);
    const big = lines.join('\n');
    expect(Buffer.byteLength(big)).toBeGreaterThan(64 * 1024);
    const result = await preview(body(big));
    expect(result.summary).toMatchObject({ new: 1500, error: 0 });
  });
});
