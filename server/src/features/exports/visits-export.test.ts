import { Readable } from 'node:stream';
import { loadInstruments } from '@driehoek/surveys';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db';
import { closedRoundWithParents, recordVisit, ticks } from '../../test-support/guest-rounds';
import { staffAgent } from '../../test-support/staff';
import { openTestDatabase, testApp } from '../../test-support/test-database';

let db: Database;
let app: ReturnType<typeof testApp>;
let researcher: Awaited<ReturnType<typeof staffAgent>>;
let roundId = '';
let ikcId = '';
const catalog = loadInstruments();
const HOSTILE_NOTE = '=HYPERLINK("http://evil";"klik") en verder vriendelijk';

/** Our CSV dialect (semicolons, double-quoted cells, CRLF) as rows, after checking the byte-order mark. */
async function csvRows(res: Response): Promise<string[][]> {
  const bytes = new Uint8Array(await res.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder().decode(bytes.subarray(3));
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && ch === '"') quoted = false;
    else if (quoted || (ch !== '"' && ch !== ';' && !(ch === '\r' && text[i + 1] === '\n'))) cell += ch;
    else if (ch === '"') quoted = true;
    else {
      row.push(cell);
      cell = '';
      if (ch === '\r') {
        rows.push(row);
        row = [];
        i++;
      }
    }
  }
  return rows;
}

beforeAll(async () => {
  db = await openTestDatabase();
  app = testApp(db);
  const scan = await closedRoundWithParents(db.sql, catalog, 'Export bezoeken');
  roundId = scan.roundId;
  ikcId = scan.ikcId;
  researcher = await staffAgent(app, db.sql, 'researcher', { organisationId: scan.organisationId });
  const phone = catalog.get('mg-phone', 2);
  const email = catalog.get('mg-email', 2);
  if (!phone || !email) throw new Error('no v2 mystery-guest forms');
  const yes = ticks(phone, () => 'yes');
  await recordVisit(db.sql, roundId, phone, {
    mg_time: '09:30',
    mg_scenario: 'standard',
    mg_rater: 'MG-01',
    mg_visit_code: 'T-1',
    ph_seconds: 14,
    mg_notes: HOSTILE_NOTE,
    ...yes,
  });
  await recordVisit(db.sql, roundId, phone, {
    mg_time: '09:30',
    mg_scenario: 'standard',
    mg_rater: 'MG-02',
    mg_visit_code: 't-1',
    ph_seconds: 25,
    ...yes,
    ph_names: 'dk',
  });
  await recordVisit(db.sql, roundId, email, {
    mg_scenario: 'little-dutch',
    mg_rater: 'MG-01',
    e_sent_at: '2026-10-09T16:00',
    e_replied_at: '2026-10-14T10:00',
  });
  const settled = await researcher.send('POST', '/api/visits/settlements', {
    roundId,
    instrumentKey: 'mg-phone',
    visitCode: 'T-1',
    answers: { ph_names: 'yes' },
  });
  expect(settled.status).toBe(200);
});
afterAll(() => db?.close());

const get = async (file: string) => {
  const res = await researcher.send('GET', `/api/exports/${roundId}/${file}`);
  expect(res.status, file).toBe(200);
  return res;
};

describe('the visits export', () => {
  it('writes one CSV row per visit with ticks, facts, scenario and rater, formulas made harmless', async () => {
    const res = await get('visits.csv');
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain('visits.csv');
    const [header = [], ...rows] = await csvRows(res);
    expect(header.slice(0, 12)).toEqual([
      'visit',
      'visit_code',
      'coding',
      'touchpoint',
      'version',
      'date',
      'time',
      'channel',
      'scenario',
      'rater',
      'reply_working_days',
      'norm_met',
    ]);
    expect(rows).toHaveLength(3);
    expect(rows.filter((r) => r.length !== header.length)).toEqual([]);
    const col = (row: string[] | undefined, name: string) => row?.[header.indexOf(name)];
    // Touchpoint order: email before phone; the two codings of the call share their code.
    expect(rows.map((r) => [col(r, 'touchpoint'), col(r, 'visit_code'), col(r, 'coding'), col(r, 'rater')])).toEqual([
      ['mg-email', '', '', 'MG-01'],
      ['mg-phone', 'T-1', '1', 'MG-01'],
      ['mg-phone', 'T-1', '2', 'MG-02'],
    ]);
    const [mail, call, second] = rows;
    expect(col(mail, 'scenario')).toBe('little-dutch');
    expect(col(mail, 'reply_working_days')).toBe('3');
    expect(col(mail, 'norm_met')).toBe('0');
    expect(col(call, 'norm_met')).toBe('1');
    expect(col(second, 'norm_met')).toBe('0');
    expect(col(call, 'mg_phone_v2_ph_seconds')).toBe('14');
    expect(col(second, 'mg_phone_v2_ph_names')).toBe('dk');
    expect(col(mail, 'mg_email_v2_e_sent_at')).toBe('2026-10-09T16:00');
    expect(col(call, 'mg_phone_v2_mg_notes')?.startsWith("'=HYPERLINK")).toBe(true);
    expect(header).not.toContain('mg_phone_v2_mg_rater');
  });

  it('comes with a codebook that names every column, "niet waargenomen" as missing data', async () => {
    const csv = await get('visits.csv');
    const [header = []] = await csvRows(csv);
    const [codebookHeader = [], ...codebook] = await csvRows(await get('visits-codebook.csv'));
    expect(codebookHeader).toEqual([
      'variable',
      'question',
      'touchpoint',
      'version',
      'kind',
      'concept',
      'criterion',
      'tier',
      'unit',
      'options',
    ]);
    expect(codebook.map((r) => r[0])).toEqual(header);
    const names = codebook.find((r) => r[0] === 'mg_phone_v2_ph_names');
    expect(names?.[9]).toContain('dk=niet waargenomen (ontbrekend)');
    expect(codebook.find((r) => r[0] === 'reply_working_days')?.[1]).toContain('Werkdagen');
  });

  it('opens as a workbook with the visits, the codebook, the settled decisions and notes', async () => {
    const res = await get('visits.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.read(Readable.from(Buffer.from(await res.arrayBuffer())));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['bezoeken', 'codeboek', 'beslissingen', 'toelichting']);
    const visits = workbook.getWorksheet('bezoeken');
    if (!visits) throw new Error('no sheet "bezoeken"');
    expect(visits.rowCount).toBe(4);
    const settled = workbook.getWorksheet('beslissingen');
    expect(settled?.getRow(2).values).toEqual(expect.arrayContaining(['mg-phone', 'T-1', 'ph_names', 'yes']));
    // A note stays text: ExcelJS would have written a formula object.
    const notes = (visits.getRow(1).values as string[]).indexOf('mg_phone_v2_mg_notes');
    expect(typeof visits.getRow(3).getCell(notes).value).toBe('string');
  });

  it('is for researchers: an IKC user gets 403', async () => {
    const ikc = await staffAgent(app, db.sql, 'ikc', { ikcId });
    for (const file of ['visits.csv', 'visits.xlsx', 'visits-codebook.csv'])
      expect((await ikc.send('GET', `/api/exports/${roundId}/${file}`)).status, file).toBe(403);
  });
});
