import { randomUUID } from 'node:crypto';
import { ReminderStatusSchema } from '@driehoek/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db';
import { createScan, firstChoiceAnswer } from '../../test-support/fixtures';
import { staffAgent } from '../../test-support/staff';
import { openTestDatabase, testApp, testClock } from '../../test-support/test-database';
import { parentReminders } from './reminder-texts';

let db: Database;
let app: ReturnType<typeof testApp>;
const clock = testClock('2026-11-23T11:00:00Z');

beforeAll(async () => {
  db = await openTestDatabase();
  app = testApp(db, clock, { publicUrl: 'https://scan.example.nl' });
});
afterAll(() => db?.close());

async function answer(linkId: string, count: number) {
  const choice = firstChoiceAnswer();
  for (let i = 0; i < count; i++) {
    const res = await app.request(`/api/responses/${randomUUID()}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ linkId, locale: 'nl', answers: { [choice.name]: choice.value }, complete: true }),
    });
    expect(res.status).toBe(200);
  }
}

describe('reminders when response is low near closing', () => {
  it('says a reminder is due in the last week when parents are below target, hiding small counts from the IKC', async () => {
    // 100 families at the location; 3 answered; the round closes on 30 November, a week from "today".
    const scan = await createScan(db.sql, { name: 'Herinnering', opensOn: '2026-11-02', closesOn: '2026-11-30' });
    await answer(scan.links.parents ?? '', 3);
    const researcher = await staffAgent(app, db.sql, 'researcher', { organisationId: scan.organisationId });
    const ikc = await staffAgent(app, db.sql, 'ikc', { ikcId: scan.ikcId });

    const seen = ReminderStatusSchema.parse(
      await (await researcher.send('GET', `/api/distribution/${scan.roundId}/reminder`)).json(),
    );
    expect(seen).toEqual({
      due: true,
      daysLeft: 7,
      closesOn: '2026-11-30',
      target: 0.5,
      audiences: [
        {
          audience: 'parents',
          below: true,
          unknown: false,
          responseRate: 0.03,
          locales: ['nl', 'en', 'ar', 'tr', 'pl', 'uk'],
        },
      ],
    });
    const team = ReminderStatusSchema.parse(
      await (await ikc.send('GET', `/api/distribution/${scan.roundId}/reminder`)).json(),
    );
    expect(team.due).toBe(true);
    expect(team.audiences[0]?.responseRate).toBeNull();

    clock.set('2026-11-22T11:00:00Z');
    const early = ReminderStatusSchema.parse(
      await (await researcher.send('GET', `/api/distribution/${scan.roundId}/reminder`)).json(),
    );
    expect(early).toMatchObject({ due: false, daysLeft: 8 });
    clock.set('2026-11-23T11:00:00Z');
  });

  it('opens the reminder kit in six languages: the message with link and QR code, and a fresh poster', async () => {
    const scan = await createScan(db.sql, { name: 'Kit', opensOn: '2026-11-02', closesOn: '2026-12-04' });
    const researcher = await staffAgent(app, db.sql, 'researcher', { organisationId: scan.organisationId });
    const url = `https://scan.example.nl/s/${scan.links.parents}`;
    const expected = {
      nl: ['lang="nl" dir="ltr"', 'tot en met 4 december 2026', 'ongeveer'],
      en: ['lang="en" dir="ltr"', 'until 4 December 2026 (inclusive)', 'about'],
      ar: ['lang="ar" dir="rtl"', 'حتى 4 ديسمبر 2026', 'أولياء الأمور الكرام'],
      tr: ['lang="tr" dir="ltr"', '4 Aralık 2026 tarihine kadar', 'Sayın veli'],
      pl: ['lang="pl" dir="ltr"', 'do 4 grudnia 2026 włącznie', 'Szanowni Państwo'],
      uk: ['lang="uk" dir="ltr"', 'до 4 грудня 2026 р. включно', 'Шановні батьки'],
    } as const;
    for (const [locale, texts] of Object.entries(expected)) {
      const res = await researcher.send('GET', `/api/distribution/${scan.roundId}/parents/reminder/${locale}`);
      expect(res.status, locale).toBe(200);
      const page = await res.text();
      for (const text of texts) expect(page, `${locale}: ${text}`).toContain(text);
      expect(page).toContain(parentReminders[locale as keyof typeof expected].subject);
      expect(page).toContain(url);
      expect(page.match(/<svg/g)?.length, `${locale}: QR code in the message and on the poster`).toBe(2);
      expect(page).toContain('class="poster next-page"');
      expect(page).toContain('Nog niet ingevuld? Het kan nog tot en met 4 december 2026');
      // The message links the privacy statement in its own language.
      expect(page).toMatch(new RegExp(`/privacy/[A-Za-z0-9_-]{22}${locale === 'nl' ? '' : `/${locale}`}</span>`));
    }
    // Other audiences' kits are Dutch messages for the team; an unknown language is no page.
    expect((await researcher.send('GET', `/api/distribution/${scan.roundId}/parents/reminder/fr`)).status).toBe(400);
    expect((await researcher.send('GET', `/api/distribution/${scan.roundId}/professionals/reminder/nl`)).status).toBe(
      404,
    );
  });
});
