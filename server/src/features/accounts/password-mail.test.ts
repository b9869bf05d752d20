import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db';
import { createMailer, type Mailer } from '../../platform/mailer';
import { createScan } from '../../test-support/fixtures';
import { errorOf } from '../../test-support/http';
import { type Inbox, startInbox } from '../../test-support/smtp-inbox';
import { staffAgent } from '../../test-support/staff';
import { openTestDatabase, testApp, testClock } from '../../test-support/test-database';

let db: Database;
let inbox: Inbox;
let mailer: Mailer;
const clock = testClock('2026-11-30T10:00:00Z');
let app: ReturnType<typeof testApp>;
let scan: Awaited<ReturnType<typeof createScan>>;

beforeAll(async () => {
  db = await openTestDatabase();
  inbox = await startInbox();
  mailer = createMailer(inbox.url, 'Driehoek <scan@driehoek.test>');
  app = testApp(db, clock, { mailer });
  scan = await createScan(db.sql, { name: 'Mail' });
});
afterAll(async () => {
  mailer?.close();
  await inbox?.close();
  await db?.close();
});

const setPassword = (token: string) =>
  app.request('/api/session/password/set', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-driehoek-csrf': '1' },
    body: JSON.stringify({ token, password: 'een goed wachtwoord' }),
  });

const linkIn = (text: string | undefined) => /https?:\/\/\S+\/app\/wachtwoord#(\S+)/.exec(text ?? '');

describe('staff email over SMTP', () => {
  it('emails an invitation whose link sets the password, and never shows the link to the inviter', async () => {
    const researcher = await staffAgent(app, db.sql, 'researcher', { organisationId: scan.organisationId });
    const res = await researcher.send('POST', '/api/users', {
      email: 'Nieuw@IKC.nl',
      name: 'Noor de Vries',
      role: 'ikc',
      scope: { ikcIds: [scan.ikcId] },
    });
    expect(res.status).toBe(201);
    const body = await res.text();
    expect(JSON.parse(body).invitation).toMatchObject({ delivery: 'email', to: 'nieuw@ikc.nl' });
    expect(body).not.toContain('wachtwoord#');

    const mail = await inbox.next();
    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toBe('nieuw@ikc.nl');
    expect(mail.from?.value[0]).toMatchObject({ name: 'Driehoek', address: 'scan@driehoek.test' });
    expect(mail.subject).toBe('Uitnodiging voor Driehoek');
    expect(mail.text).toContain('Beste Noor de Vries,');
    expect(mail.text).toContain('tot en met 14 december 2026');
    const token = linkIn(mail.text)?.[1] ?? '';
    expect(token.length).toBeGreaterThan(20);
    expect((await setPassword(token)).status).toBe(200);
  });

  it('emails a password reset, and the old sessions end', async () => {
    const admin = await staffAgent(app, db.sql, 'admin');
    const [user] = await db.sql<{ id: string }[]>`select id from users where email = 'nieuw@ikc.nl'`;
    const res = await admin.send('POST', `/api/users/${user?.id}/reset-password`);
    expect(await res.json()).toMatchObject({ delivery: 'email', to: 'nieuw@ikc.nl' });
    const mail = await inbox.next();
    expect(mail.subject).toBe('Nieuw wachtwoord voor Driehoek');
    expect(mail.text).toMatch(/heeft een nieuw wachtwoord voor u aangevraagd/);
    expect(linkIn(mail.text)).not.toBeNull();
  });

  it('shows the link with a reason when the mail server cannot be reached, so nobody is locked out', async () => {
    const broken = createMailer('smtp://127.0.0.1:1', 'Driehoek <scan@driehoek.test>');
    const offline = testApp(db, clock, { mailer: broken });
    const researcher = await staffAgent(offline, db.sql, 'researcher', { organisationId: scan.organisationId });
    const res = await researcher.send('POST', '/api/users', {
      email: 'later@ikc.nl',
      name: 'Later',
      role: 'ikc',
      scope: { ikcIds: [scan.ikcId] },
    });
    expect(res.status).toBe(201);
    const { invitation } = (await res.json()) as { invitation: Record<string, string> };
    expect(invitation).toMatchObject({
      delivery: 'link',
      emailError: 'De e-mail kon niet worden verstuurd. Geef deze link zelf door.',
    });
    expect(invitation.url).toContain('/app/wachtwoord#');
    broken.close();
  });

  it('still refuses a bad invitation before anything is sent', async () => {
    const before = inbox.messages.length;
    const researcher = await staffAgent(app, db.sql, 'researcher', { organisationId: scan.organisationId });
    const res = await researcher.send('POST', '/api/users', { email: 'geen-adres', name: 'X', role: 'ikc', scope: {} });
    expect((await errorOf(res)).field).toBe('email');
    expect(inbox.messages.length).toBe(before);
  });
});
