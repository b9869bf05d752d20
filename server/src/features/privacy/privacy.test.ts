import { LinkViewSchema, PrivacyStatementSchema } from '@driehoek/shared';
import { loadInstruments } from '@driehoek/surveys';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db';
import { bodyOf, errorOf } from '../../test-support/http';
import { staffAgent } from '../../test-support/staff';
import { openTestDatabase, testApp, testClock } from '../../test-support/test-database';
import { insertRound } from '../rounds/queries';
import { insertLocation } from '../structure/location-queries';
import { insertIkc, insertOrganisation } from '../structure/organisation-queries';

// Issue 22.4: a privacy statement per organisation, written by its researcher or an admin, public at its own link
// in the parents' six languages, and linked from every questionnaire's landing page.
let db: Database;
let app: ReturnType<typeof testApp>;
const ids = { orgA: '', ikcA: '', orgB: '', link: '' };
type Agent = Awaited<ReturnType<typeof staffAgent>>;
let researcherA: Agent;
let researcherB: Agent;
let researcherOfIkc: Agent;
let ikcUser: Agent;

const STATEMENT = {
  controller: 'Gemeente Privaat',
  contact: 'privacy@privaat.nl\nPostbus 12, 1234 AB Privaat',
  privacyOfficer: 'Functionaris: fg@privaat.nl',
  ownText: 'Wij delen niets met andere partijen.',
  textLocale: 'nl' as const,
};

beforeAll(async () => {
  db = await openTestDatabase();
  app = testApp(db, testClock());
  ids.orgA = await insertOrganisation(db.sql, { name: 'Gemeente Privaat', kind: 'municipality' });
  ids.ikcA = await insertIkc(db.sql, { organisationId: ids.orgA, name: 'IKC Privaat' });
  const loc = await insertLocation(db.sql, { ikcId: ids.ikcA, name: 'Locatie Privaat' });
  ids.orgB = await insertOrganisation(db.sql, { name: 'Gemeente Anders', kind: 'municipality' });
  const parents = loadInstruments().latest('parents');
  if (!parents) throw new Error('no parents questionnaire');
  const { links } = await insertRound(db.sql, {
    locationId: loc,
    kind: 'baseline',
    status: 'open',
    opensOn: '2026-11-01',
    closesOn: '2026-12-31',
    instruments: { parents: { key: parents.key, version: parents.version } },
  });
  ids.link = links.parents ?? '';
  researcherA = await staffAgent(app, db.sql, 'researcher', { organisationId: ids.orgA });
  researcherB = await staffAgent(app, db.sql, 'researcher', { organisationId: ids.orgB });
  researcherOfIkc = await staffAgent(app, db.sql, 'researcher', { ikcId: ids.ikcA });
  ikcUser = await staffAgent(app, db.sql, 'ikc', { ikcId: ids.ikcA });
}, 60_000);

afterAll(async () => {
  await db?.close();
});

const page = (path: string, acceptLanguage = 'nl') =>
  app.request(path, { headers: { accept: 'text/html', 'accept-language': acceptLanguage } });

describe('the privacy statement of an organisation', () => {
  it('exists before anyone wrote it: a public link, the organisation named, and a note that contact is missing', async () => {
    const res = await researcherA.send('GET', `/api/privacy/${ids.orgA}`);
    const statement = await bodyOf(res, PrivacyStatementSchema);
    expect(statement).toMatchObject({
      updatedAt: null,
      controller: '',
      canEdit: true,
      organisation: 'Gemeente Privaat',
    });
    expect(statement.publicPath).toMatch(/^\/privacy\/[A-Za-z0-9_-]{22}$/);
    const html = await (await page(`${statement.publicPath}/nl`)).text();
    expect(html).toContain('<bdi class="own" lang="nl">Gemeente Privaat</bdi> heeft nog geen contactgegevens ingevuld');
    expect(html).toContain('Uw IP-adres.');
  });

  it('refuses a statement without a way to reach the controller, naming the field and why', async () => {
    const res = await researcherA.send('PUT', `/api/privacy/${ids.orgA}`, { ...STATEMENT, contact: 'ja' });
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.field).toBe('contact');
    expect(error.message).toContain('vul in hoe ouders u bereiken');
    const language = await researcherA.send('PUT', `/api/privacy/${ids.orgA}`, { ...STATEMENT, textLocale: 'de' });
    expect((await errorOf(language)).field).toBe('textLocale');
    const long = await researcherA.send('PUT', `/api/privacy/${ids.orgA}`, { ...STATEMENT, ownText: 'x'.repeat(3001) });
    expect(await errorOf(long)).toMatchObject({ field: 'ownText', message: expect.stringContaining('3000') });
  });

  it('is saved by the organisation’s researcher, dated and audited without its text', async () => {
    const res = await researcherA.send('PUT', `/api/privacy/${ids.orgA}`, STATEMENT);
    expect(res.status).toBe(200);
    const saved = await bodyOf(res, PrivacyStatementSchema);
    expect(saved).toMatchObject({ ...STATEMENT, updatedAt: '2026-11-23', updatedBy: researcherA.email });
    const [audit] = await db.sql<{ details: { changed: string[] }; targetId: string }[]>`
      select details, target_id as "targetId" from audit_log where action = 'privacy.update'`;
    expect(audit?.targetId).toBe(ids.orgA);
    expect(audit?.details.changed.sort()).toEqual(Object.keys(STATEMENT).sort());
    expect(JSON.stringify(audit)).not.toContain('privaat.nl');
  });

  it('is read by everyone who sees the organisation, changed only with the whole organisation in scope', async () => {
    const ikcRead = await bodyOf(await ikcUser.send('GET', `/api/privacy/${ids.orgA}`), PrivacyStatementSchema);
    expect(ikcRead).toMatchObject({ controller: 'Gemeente Privaat', canEdit: false });
    expect((await ikcUser.send('PUT', `/api/privacy/${ids.orgA}`, STATEMENT)).status).toBe(403);
    const partly = await researcherOfIkc.send('PUT', `/api/privacy/${ids.orgA}`, STATEMENT);
    expect(partly.status).toBe(403);
    expect((await errorOf(partly)).field).toBe('organisationId');
    expect((await researcherB.send('GET', `/api/privacy/${ids.orgA}`)).status).toBe(404);
    expect((await researcherB.send('PUT', `/api/privacy/${ids.orgA}`, STATEMENT)).status).toBe(404);
    expect((await app.request(`/api/privacy/${ids.orgA}`)).status).toBe(401);
  });

  it('is public at its link in six languages: fixed text translated, the organisation’s own words as written', async () => {
    const { publicPath } = await bodyOf(
      await researcherA.send('GET', `/api/privacy/${ids.orgA}`),
      PrivacyStatementSchema,
    );
    const english = await page(`${publicPath}/en`);
    expect(english.status).toBe(200);
    expect(english.headers.get('content-language')).toBe('en');
    const en = await english.text();
    expect(en).toContain('<html lang="en" dir="ltr">');
    expect(en).toContain('Your IP address.');
    expect(en).toContain('<bdi class="own" lang="nl">privacy@privaat.nl</bdi>');
    expect(en).toContain('Wij delen niets met andere partijen.');
    expect(en).toContain('in this language: Nederlands');
    const arabic = await (await page(`${publicPath}/ar`)).text();
    expect(arabic).toContain('<html lang="ar" dir="rtl">');
    // No language in the path: the reader's browser decides.
    const turkish = await page(publicPath, 'tr-TR,tr;q=0.9');
    expect(turkish.headers.get('content-language')).toBe('tr');
    expect(await turkish.text()).toContain('IP adresiniz.');
  });

  it('follows the organisation’s retention period', async () => {
    const { publicPath } = await bodyOf(
      await researcherA.send('GET', `/api/privacy/${ids.orgA}`),
      PrivacyStatementSchema,
    );
    expect(await (await page(`${publicPath}/nl`)).text()).toContain('nog geen bewaartermijn');
    await db.sql`update organisations set retention_days = 0 where id = ${ids.orgA}`;
    expect(await (await page(`${publicPath}/nl`)).text()).toContain('gewist zodra het rapport is gepubliceerd');
    await db.sql`update organisations set retention_days = 365 where id = ${ids.orgA}`;
    expect(await (await page(`${publicPath}/nl`)).text()).toContain('365 dagen na de publicatie');
  });

  it('answers an unknown link with a page in every language', async () => {
    const res = await page('/privacy/AAAAAAAAAAAAAAAAAAAAAA');
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toContain('Deze privacyverklaring kennen we niet');
    expect(html).toContain('We do not know this privacy statement');
    expect((await page('/privacy/kort')).status).toBe(404);
  });

  it('is linked from the questionnaire: the link view names its address', async () => {
    const view = await bodyOf(await app.request(`/api/links/${ids.link}`), LinkViewSchema);
    const { publicPath } = await bodyOf(
      await researcherA.send('GET', `/api/privacy/${ids.orgA}`),
      PrivacyStatementSchema,
    );
    expect(view.privacyPath).toBe(publicPath);
  });
});
