import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db';
import { createScan } from '../../test-support/fixtures';
import { staffAgent } from '../../test-support/staff';
import { openTestDatabase, testApp } from '../../test-support/test-database';

let db: Database;
let app: ReturnType<typeof testApp>;

beforeAll(async () => {
  db = await openTestDatabase();
  app = testApp(db, undefined, { publicUrl: 'https://scan.example.nl' });
});
afterAll(() => db?.close());

describe('link distribution', () => {
  it('gives the QR code as SVG and PNG, and a printable letter and poster in Dutch with the link', async () => {
    const scan = await createScan(db.sql, { name: 'Brief' });
    const researcher = await staffAgent(app, db.sql, 'researcher', { organisationId: scan.organisationId });
    const base = `/api/distribution/${scan.roundId}/parents`;
    const svg = await researcher.send('GET', `${base}/qr.svg`);
    expect(svg.headers.get('content-type')).toBe('image/svg+xml');
    expect(await svg.text()).toMatch(/^<svg/);
    const png = await researcher.send('GET', `${base}/qr.png`);
    const bytes = new Uint8Array(await png.arrayBuffer());
    expect([...bytes.slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const letter = await (await researcher.send('GET', `${base}/letter`)).text();
    expect(letter).toContain('<html lang="nl">');
    expect(letter).toContain(`https://scan.example.nl/s/${scan.links.parents}`);
    expect(letter).toContain('anoniem');
    expect(letter).toContain('<svg');
    const poster = await (await researcher.send('GET', `${base}/poster`)).text();
    expect(poster).toContain('IKC Brief');
  });

  it('answers 404 for an audience the round has no link for', async () => {
    const scan = await createScan(db.sql, { name: 'Geen kinderen' });
    const researcher = await staffAgent(app, db.sql, 'researcher', { organisationId: scan.organisationId });
    expect((await researcher.send('GET', `/api/distribution/${scan.roundId}/children/qr.svg`)).status).toBe(404);
  });
});
