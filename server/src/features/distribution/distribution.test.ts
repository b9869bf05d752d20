import { LinkViewSchema } from '@driehoek/shared';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db';
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

/** What a phone camera reads from RGBA pixels, or null when it finds no QR code. */
const decode = (image: { data: Uint8ClampedArray; width: number; height: number }) =>
  jsQR(image.data, image.width, image.height)?.data ?? null;

function pngPixels(bytes: Uint8Array) {
  const png = PNG.sync.read(Buffer.from(bytes));
  return { data: new Uint8ClampedArray(png.data), width: png.width, height: png.height };
}

/**
 * Paints the SVG the `qrcode` package writes (a white square and one black stroked path of horizontal runs, one
 * module high) as RGBA pixels, `scale` pixels per module: enough of SVG to decode the code printed on the letters.
 */
function svgPixels(svg: string, scale = 8) {
  const size = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
  const path = /<path stroke="#000000" d="([^"]+)"/.exec(svg)?.[1];
  if (!size || !path) throw new Error(`not the SVG this test knows how to paint: ${svg.slice(0, 200)}`);
  const width = size * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  let x = 0;
  let y = 0;
  for (const [, command, a = '0', b = '0'] of path.matchAll(/([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
    if (command === 'M') [x, y] = [Number(a), Number(b)];
    else if (command === 'm') [x, y] = [x + Number(a), y + Number(b)];
    else {
      // A stroke of width 1 centred on y + 0.5 covers module row floor(y).
      const row = Math.floor(y);
      for (let py = row * scale; py < (row + 1) * scale; py++)
        for (let px = x * scale; px < (x + Number(a)) * scale; px++)
          data.fill(0, (py * width + px) * 4, (py * width + px) * 4 + 3);
      x += Number(a);
    }
  }
  return { data, width, height: width };
}

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
    // One figure for the time it takes: the letter, the poster and the questionnaire's landing page agree.
    const view = LinkViewSchema.parse(await (await app.request(`/api/links/${scan.links.parents}`)).json());
    expect(letter).toContain(`ongeveer ${view.minutes} minuten`);
    expect(poster).toContain(`ongeveer ${view.minutes} minuten`);
    // Every letter and poster says where the organisation's privacy statement is: the page the landing page links.
    expect(view.privacyPath).toMatch(/^\/privacy\/[A-Za-z0-9_-]{22}$/);
    expect(letter).toContain(
      `Wat er met uw antwoorden gebeurt: <span class="url" dir="ltr">https://scan.example.nl${view.privacyPath}</span>`,
    );
    expect(poster).toContain(`https://scan.example.nl${view.privacyPath}`);
  });

  it('gives QR codes, as PNG and as the SVG on the letters, that decode to the link of the round', async () => {
    const scan = await createScan(db.sql, { name: 'Scannen' });
    const researcher = await staffAgent(app, db.sql, 'researcher', { organisationId: scan.organisationId });
    const base = `/api/distribution/${scan.roundId}/parents`;
    const link = `https://scan.example.nl/s/${scan.links.parents}`;
    expect(scan.links.parents).toMatch(/^\S{10,}$/);

    const png = await researcher.send('GET', `${base}/qr.png`);
    expect(png.status).toBe(200);
    expect(decode(pngPixels(new Uint8Array(await png.arrayBuffer())))).toBe(link);

    const svg = await researcher.send('GET', `${base}/qr.svg`);
    expect(decode(svgPixels(await svg.text()))).toBe(link);
    // The decoder is not agreeable: a blank image decodes to nothing.
    expect(decode({ data: new Uint8ClampedArray(200 * 200 * 4).fill(255), width: 200, height: 200 })).toBeNull();
  });

  it('answers 404 for an audience the round has no link for', async () => {
    const scan = await createScan(db.sql, { name: 'Geen kinderen' });
    const researcher = await staffAgent(app, db.sql, 'researcher', { organisationId: scan.organisationId });
    expect((await researcher.send('GET', `/api/distribution/${scan.roundId}/children/qr.svg`)).status).toBe(404);
  });
});
