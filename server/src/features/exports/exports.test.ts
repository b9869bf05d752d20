import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { loadInstruments } from '@driehoek/surveys';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db';
import { asJson } from '../../platform/db';
import { createRandom, syntheticAnswers } from '../../seed/synthetic-answers';
import { program } from '../../test-support/programs';
import { type ReportRounds, SMALL_GROUP_MARK, seedReportRounds } from '../../test-support/report-rounds';
import { staffAgent } from '../../test-support/staff';
import { openTestDatabase, testApp, testClock } from '../../test-support/test-database';
import { insertRound } from '../rounds/queries';
import { insertLocation } from '../structure/location-queries';
import { insertIkc, insertOrganisation } from '../structure/organisation-queries';

let db: Database;
let app: ReturnType<typeof testApp>;
let rounds: ReportRounds;
let researcher: Awaited<ReturnType<typeof staffAgent>>;
const catalog = loadInstruments();
const pspp = program('/usr/bin/pspp', 'pspp');

beforeAll(async () => {
  db = await openTestDatabase();
  rounds = await seedReportRounds(db.sql, catalog, testClock().now());
  app = testApp(db);
  researcher = await staffAgent(app, db.sql, 'admin');
});
afterAll(() => db?.close());

const get = async (roundId: string, file: string) => {
  const res = await researcher.send('GET', `/api/exports/${roundId}/${file}`);
  expect(res.status, file).toBe(200);
  return res;
};
/** The text of a CSV response, after checking it starts with the UTF-8 byte-order mark Excel needs. */
async function csvText(res: Response): Promise<string> {
  const bytes = new Uint8Array(await res.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return new TextDecoder().decode(bytes.subarray(3));
}
/** Splits our own CSV dialect (semicolons, double-quoted cells, CRLF) into rows of cells. */
function parseCsv(text: string): string[][] {
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
type LogEvent = { msg: string; fields?: Record<string, unknown> };
/** A logger that keeps what it is told, and promises the next event with a given message. */
function recordingLogger() {
  const events: LogEvent[] = [];
  const waiting: Array<{ msg: string; resolve: (e: LogEvent) => void }> = [];
  const record = (msg: string, fields?: Record<string, unknown>) => {
    const event = { msg, fields };
    events.push(event);
    for (const w of waiting.filter((x) => x.msg === msg)) {
      waiting.splice(waiting.indexOf(w), 1);
      w.resolve(event);
    }
  };
  const logger = { debug: record, info: record, warn: record, error: record };
  const next = (msg: string) => new Promise<LogEvent>((resolve) => waiting.push({ msg, resolve }));
  return { logger, events, next };
}
const countRows = (sql: Database['sql'], roundId: string, audience?: string) =>
  sql<{ n: number }[]>`select count(*)::int as n from responses where round_id = ${roundId} and status = 'complete'
    ${audience ? sql`and audience = ${audience}` : sql``}`.then(([r]) => r?.n ?? 0);

describe('raw-data exports', () => {
  it('write one CSV row per complete response with a sequential number, never the response id', async () => {
    const res = await get(rounds.demoRoundId, 'responses.csv');
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const text = await csvText(res);
    const [header, ...rows] = parseCsv(text);
    expect(header?.slice(0, 6)).toEqual(['respondent', 'audience', 'instrument', 'version', 'locale', 'date']);
    expect(header).toContain('parents_p_c1_vision_with_parents');
    expect(header).toContain('professionals_p_c1_vision_with_parents');
    expect(rows).toHaveLength(await countRows(db.sql, rounds.demoRoundId));
    expect(rows.map((r) => r[0])).toEqual(rows.map((_, i) => String(i + 1)));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.length === header?.length)).toBe(true);
    const ids = await db.sql<
      { id: string }[]
    >`select id from responses where round_id = ${rounds.demoRoundId} limit 20`;
    for (const { id } of ids) expect(text).not.toContain(id);
  });

  it('mark a response the researcher excluded from scoring with excluded = 1, in the CSV and the workbook', async () => {
    const [response] = await db.sql<{ id: string }[]>`
      select id from responses
       where round_id = ${rounds.smallRoundId} and status = 'complete' and audience = 'parents'
       order by id limit 1`; // a parent: the round's professionals are too few to be exported at all
    await db.sql`insert into response_exclusions (response_id, reason, excluded_on)
                 values (${response?.id ?? ''}, 'Zelfde antwoorden als de piek.', '2026-11-23')`;
    try {
      const [header, ...rows] = parseCsv(await csvText(await get(rounds.smallRoundId, 'responses.csv')));
      const column = header?.indexOf('excluded') ?? -1;
      expect(column).toBe(6);
      expect(rows.filter((r) => r[column] === '1')).toHaveLength(1);
      expect(rows.filter((r) => r[column] === '0')).toHaveLength(rows.length - 1);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.read(Readable.fromWeb((await get(rounds.smallRoundId, 'responses.xlsx')).body as never));
      const marked: unknown[] = [];
      workbook.getWorksheet('antwoorden')?.eachRow((r, n) => {
        if (n > 1) marked.push(r.getCell(7).value);
      });
      expect(marked.filter((v) => v === 1)).toHaveLength(1);
      const sps = await (await get(rounds.smallRoundId, 'responses.sps')).text();
      expect(sps).toContain('  excluded F1.0');
    } finally {
      await db.sql`delete from response_exclusions where response_id = ${response?.id ?? ''}`;
    }
  });

  it('carry only reviewed, shareable open answers (redacted where set) and neutralise formulas', async () => {
    const text = await csvText(await get(rounds.demoRoundId, 'responses.csv'));
    expect(text).toContain("'=1+1 De juf [naam] neemt echt de tijd.");
    expect(text).toContain('<script>alert(""x"")</script>');
    expect(text).not.toContain('origineel antwoord');
  });

  it('leave a perspective of four respondents out of the CSV, XLSX, codebook and SPSS file, saying so without its count', async () => {
    const csv = await csvText(await get(rounds.smallRoundId, 'responses.csv'));
    const [header, ...rows] = parseCsv(csv);
    expect(rows).toHaveLength(30);
    expect(rows.every((r) => r[1] === 'parents')).toBe(true);
    expect(header?.some((h) => h.startsWith('professionals_'))).toBe(false);
    expect(csv).not.toContain(SMALL_GROUP_MARK);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.read(Readable.fromWeb((await get(rounds.smallRoundId, 'responses.xlsx')).body as never));
    const sheet = workbook.getWorksheet('antwoorden');
    expect(sheet?.actualRowCount).toBe(31);
    const values: string[] = [];
    for (const name of ['antwoorden', 'codeboek'])
      workbook.getWorksheet(name)?.eachRow((r) => values.push(JSON.stringify(r.values)));
    expect(values.length).toBeGreaterThan(31);
    expect(values.join('\n')).not.toMatch(/professionals|ALLEEN-VIER/);
    const note = workbook.getWorksheet('toelichting')?.getColumn(1).values.join(' ');
    expect(note).toContain('Niet opgenomen: medewerkers (te weinig respondenten om te tonen, minder dan 5).');

    const codebook = await csvText(await get(rounds.smallRoundId, 'codebook.csv'));
    expect(codebook).not.toContain('professionals');
    const sps = await (await get(rounds.smallRoundId, 'responses.sps')).text();
    expect(sps).toContain('* Niet opgenomen: medewerkers (te weinig respondenten om te tonen, minder dan 5).');
    expect(sps).not.toMatch(/professionals_|\b4 (respondenten|professionals)/);
  });

  it('stream an XLSX with the answers, the codebook and a note sheet', async () => {
    const res = await get(rounds.demoRoundId, 'responses.xlsx');
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.read(Readable.fromWeb(res.body as never));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['antwoorden', 'codeboek', 'toelichting']);
    expect(workbook.getWorksheet('antwoorden')?.actualRowCount).toBe((await countRows(db.sql, rounds.demoRoundId)) + 1);
    const codebook = workbook.getWorksheet('codeboek');
    expect(codebook?.getRow(1).values).toEqual([
      undefined,
      'variabele',
      'vraag',
      'doelgroep',
      'vragenlijst',
      'versie',
      'soort',
      'concept',
      'criterium',
      'opties',
    ]);
  });

  it('describe every variable in a codebook: Dutch question, concept, criterion and options with their level', async () => {
    const rows = parseCsv(await csvText(await get(rounds.demoRoundId, 'codebook.csv')));
    expect(rows[0]).toEqual([
      'variable',
      'question',
      'audience',
      'instrument',
      'version',
      'kind',
      'concept',
      'criterion',
      'options',
    ]);
    const item = rows.find((r) => r[0] === 'parents_p_c1_vision_with_parents');
    expect(item?.slice(1, 8)).toEqual([
      'Wie heeft bedacht hoe het kindcentrum met ouders samenwerkt?',
      'parents',
      'parents',
      '2',
      'scored',
      'parents.c1.vision-with-parents',
      'C1',
    ]);
    expect(item?.[8]).toBe(
      '1=Het kindcentrum heeft dat zelf bedacht=1 | 2=Het kindcentrum heeft het bedacht en ouders om hun mening gevraagd=2 | 3=Het kindcentrum en ouders hebben het samen bedacht=3 | dk=Weet ik niet / niet van toepassing=dk',
    );
  });

  it('name every file after location, round and day, the SPSS syntax reading the CSV by its name', async () => {
    const csv = await get(rounds.demoRoundId, 'responses.csv');
    const name = /filename="([^"]+)"/.exec(csv.headers.get('content-disposition') ?? '')?.[1] ?? '';
    // The test clock's day in the Netherlands; the demo round is a baseline.
    expect(name).toMatch(/^[a-z0-9-]+_nulmeting-\d{4}-\d{2}-\d{2}_export-2026-11-23_responses\.csv$/);
    const sps = await get(rounds.demoRoundId, 'responses.sps');
    expect(sps.headers.get('content-disposition')).toContain(name.replace(/\.csv$/, '.sps'));
    expect(await sps.text()).toContain(`GET DATA /TYPE=TXT /FILE='${name}'`);
  });

  it('write SPSS syntax that reads the CSV with Dutch labels and "don’t know" as missing', async () => {
    const sps = await (await get(rounds.demoRoundId, 'responses.sps')).text();
    expect(sps).toMatch(/GET DATA \/TYPE=TXT \/FILE='[a-z0-9_-]+_responses\.csv'/);
    expect(sps).toContain('/FIRSTCASE=2 /VARIABLES=');
    expect(sps).toContain(
      "/parents_p_c1_vision_with_parents 'Wie heeft bedacht hoe het kindcentrum met ouders samenwerkt?'",
    );
    expect(sps).toContain("MISSING VALUES parents_p_c1_vision_with_parents ('dk').");
    expect(sps).toContain(
      "RECODE parents_p_c1_vision_with_parents ('dk'=-9) (CONVERT) INTO parents_p_c1_vision_with_parents_n.",
    );
    expect(sps).toMatch(/VALUE LABELS\r\n {2}\w+\r\n {4}'/);
  });

  it.skipIf(pspp.skip)(
    'run in PSPP without errors and read every case (needs Debian pspp; CI installs it)',
    async () => {
      pspp.require();
      const dir = mkdtempSync(join(tmpdir(), 'spss-'));
      // Saved under the name the download gets: the syntax must find it by that name.
      const csv = await get(rounds.demoRoundId, 'responses.csv');
      const name = /filename="([^"]+)"/.exec(csv.headers.get('content-disposition') ?? '')?.[1] ?? '';
      writeFileSync(join(dir, name), Buffer.from(await csv.arrayBuffer()));
      const sps = await (await get(rounds.demoRoundId, 'responses.sps')).text();
      writeFileSync(
        join(dir, 'run.sps'),
        `${sps}\r\nDESCRIPTIVES parents_p_c1_vision_with_parents_n.\r\nFREQUENCIES audience.\r\n`,
      );
      const out = execFileSync('pspp', ['-O', 'format=txt', '-o', join(dir, 'out.txt'), 'run.sps'], {
        cwd: dir,
        encoding: 'utf8',
      });
      expect(out).not.toMatch(/error/i);
      const listing = execFileSync('cat', [join(dir, 'out.txt')], { encoding: 'utf8' });
      expect(listing).toContain('parents');
      expect(listing).not.toMatch(/\berror\b/i);
    },
  );

  it('stream 20,000 responses: the first bytes arrive before the last row is read, every row arrives', async () => {
    const organisationId = await insertOrganisation(db.sql, { name: 'Gemeente Groot', kind: 'municipality' });
    const ikcId = await insertIkc(db.sql, { organisationId, name: 'IKC Groot' });
    const locationId = await insertLocation(db.sql, { ikcId, name: 'Locatie Groot', families: 30000 });
    const file = catalog.latest('parents');
    if (!file) throw new Error('no parents questionnaire');
    const { roundId, links } = await insertRound(db.sql, {
      locationId,
      kind: 'baseline',
      status: 'closed',
      opensOn: '2026-09-01',
      closesOn: '2026-09-30',
      instruments: { parents: { key: file.key, version: file.version } },
    });
    const answers = syntheticAnswers(file, createRandom(1), { targets: {} });
    await db.sql`
      insert into responses (id, link_id, round_id, audience, instrument_key, instrument_version, locale, answers, status, received_on)
      select gen_random_uuid(), ${links.parents ?? ''}, ${roundId}, 'parents', ${file.key}, ${file.version}, 'nl',
             ${asJson(db.sql, answers)}::jsonb || jsonb_build_object('p_c1_vision_with_parents', 1 + g % 3),
             'complete', date '2026-09-01' + (g % 30)
        from generate_series(1, 20000) g`;
    // The export logs when its cursor has given the last row ("export streamed", with the count), and when a
    // workbook first waits for a slow client: the events this test reads instead of a clock.
    const { logger, events, next } = recordingLogger();
    const agent = await staffAgent(testApp(db, testClock(), { logger }), db.sql, 'admin');
    const streamed = (file: string) => events.filter((e) => e.msg === 'export streamed' && e.fields?.file === file);

    const csv = await agent.send('GET', `/api/exports/${roundId}/responses.csv`);
    const reader = (csv.body as ReadableStream<Uint8Array>).getReader();
    const first = await reader.read();
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(first.value)).toMatch(/^\uFEFFrespondent;audience;/);
    expect(streamed('responses.csv')).toEqual([]);
    let lines = 0;
    let last = '';
    const decoder = new TextDecoder();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      const parts = (last + decoder.decode(chunk.value, { stream: true })).split('\r\n');
      last = parts.pop() ?? '';
      lines += parts.length;
    }
    expect(lines).toBe(20000); // the header line came with the first chunk
    expect(streamed('responses.csv').map((e) => e.fields?.rows)).toEqual([20000]);

    // The workbook is written ahead of the client only so far: it waits, and has not read the last row.
    // Whichever comes first: a writer that does not wait finishes the workbook while the client holds one chunk
    // (the whole file in memory), and this says so at once instead of waiting for the test's timeout.
    const waits = next('export waits for the client');
    const finished = next('export streamed');
    const xlsx = await agent.send('GET', `/api/exports/${roundId}/responses.xlsx`);
    const chunks = (xlsx.body as ReadableStream<Uint8Array>).getReader();
    const start = await chunks.read();
    expect([...(start.value ?? new Uint8Array()).subarray(0, 2)]).toEqual([0x50, 0x4b]); // "PK": a zip
    const firstEvent = await Promise.race([waits, finished]);
    expect(firstEvent.msg).toBe('export waits for the client');
    expect(firstEvent.fields?.file).toBe('responses.xlsx');
    expect(streamed('responses.xlsx')).toEqual([]);
    const parts: Uint8Array[] = [start.value ?? new Uint8Array()];
    for (let chunk = await chunks.read(); !chunk.done; chunk = await chunks.read()) parts.push(chunk.value);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.read(Readable.from(Buffer.concat(parts)));
    expect(workbook.getWorksheet('antwoorden')?.actualRowCount).toBe(20001);
    expect(streamed('responses.xlsx').map((e) => e.fields?.rows)).toEqual([20000]);
  }, 120_000);

  it('close the cursor when the client goes away halfway, so the database serves the next request', async () => {
    const { logger, events } = recordingLogger();
    const agent = await staffAgent(testApp(db, testClock(), { logger }), db.sql, 'admin');
    const [big] = await db.sql<{ id: string }[]>`
      select round_id as id from responses group by round_id order by count(*) desc limit 1`;
    for (const file of ['responses.csv', 'responses.xlsx']) {
      const res = await agent.send('GET', `/api/exports/${big?.id}/${file}`);
      const reader = (res.body as ReadableStream<Uint8Array>).getReader();
      await reader.read();
      await reader.cancel();
      // The embedded database has one connection: a cursor left open would hold this query forever.
      expect(await countRows(db.sql, big?.id ?? '')).toBeGreaterThan(1000);
    }
    expect(events.filter((e) => e.msg === 'export streamed' || e.msg === 'export broke off')).toEqual([]);
  });

  it('are for researchers and admins only: an IKC user gets 403, a user outside the scope 404', async () => {
    const ikcUser = await staffAgent(app, db.sql, 'ikc', { ikcId: rounds.demoIkcId });
    const outsider = await staffAgent(app, db.sql, 'researcher', { organisationId: rounds.smallOrganisationId });
    for (const file of ['responses.csv', 'responses.xlsx', 'codebook.csv', 'responses.sps']) {
      expect((await ikcUser.send('GET', `/api/exports/${rounds.demoRoundId}/${file}`)).status, file).toBe(403);
      expect((await outsider.send('GET', `/api/exports/${rounds.demoRoundId}/${file}`)).status, file).toBe(404);
    }
  });
});
