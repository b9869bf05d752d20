import { IkcSchema, LocationPageSchema, LocationSchema, OrganisationSchema } from '@driehoek/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db';
import { bodyOf, errorOf } from '../../test-support/http';
import { staffAgent } from '../../test-support/staff';
import { openTestDatabase, testApp } from '../../test-support/test-database';

let db: Database;
let app: ReturnType<typeof testApp>;

beforeAll(async () => {
  db = await openTestDatabase();
  app = testApp(db);
});
afterAll(() => db?.close());

describe('organisations, IKCs and locations', () => {
  it('a researcher creates an organisation, an IKC and two locations, and edits and archives one', async () => {
    const researcher = await staffAgent(app, db.sql, 'researcher');
    const org = await bodyOf(
      await researcher.send('POST', '/api/organisations', { name: 'Gemeente Zwolle', kind: 'municipality' }),
      OrganisationSchema,
    );
    const ikc = await bodyOf(
      await researcher.send('POST', '/api/ikcs', { organisationId: org.id, name: 'IKC De Linde' }),
      IkcSchema,
    );
    const made = [];
    for (const name of ['Linde Oost', 'Linde West']) {
      const res = await researcher.send('POST', '/api/locations', {
        ikcId: ikc.id,
        name,
        address: 'Lindelaan 1',
        hasSchool: true,
        hasChildcare: true,
        families: 120,
        pupils812: 80,
        professionals: 20,
      });
      expect(res.status).toBe(201);
      made.push(await bodyOf(res, LocationSchema));
    }
    const [oost] = made;
    const edited = await researcher.send('PATCH', `/api/locations/${oost?.id}`, {
      ikcId: ikc.id,
      name: 'Linde Oost',
      hasSchool: true,
      hasChildcare: false,
      families: 130,
    });
    expect(await bodyOf(edited, LocationSchema)).toMatchObject({ hasChildcare: false, families: 130, address: null });
    const archived = await researcher.send('POST', `/api/locations/${oost?.id}/archive`);
    expect((await bodyOf(archived, LocationSchema)).archived).toBe(true);
    const list = await bodyOf(await researcher.send('GET', `/api/locations?ikcId=${ikc.id}`), LocationPageSchema);
    expect(list.items.map((l) => l.name)).toEqual(['Linde West']);
  });

  it('names the field and the reason for bad input', async () => {
    const researcher = await staffAgent(app, db.sql, 'researcher');
    const noName = await researcher.send('POST', '/api/organisations', { name: ' ', kind: 'municipality' });
    expect(await errorOf(noName)).toMatchObject({ field: 'name', message: 'name: vul een naam in' });
    const org = await bodyOf(
      await researcher.send('POST', '/api/organisations', { name: 'X', kind: 'school_board' }),
      OrganisationSchema,
    );
    const ikc = await bodyOf(
      await researcher.send('POST', '/api/ikcs', { organisationId: org.id, name: 'Y' }),
      IkcSchema,
    );
    const negative = await researcher.send('POST', '/api/locations', {
      ikcId: ikc.id,
      name: 'Z',
      hasSchool: true,
      hasChildcare: true,
      families: -3,
    });
    expect(await errorOf(negative)).toMatchObject({ field: 'families', message: 'families: mag niet negatief zijn' });
    const neither = await researcher.send('POST', '/api/locations', {
      ikcId: ikc.id,
      name: 'Z',
      hasSchool: false,
      hasChildcare: false,
    });
    expect((await errorOf(neither)).field).toBe('hasSchool');
    await researcher.send('POST', `/api/ikcs/${ikc.id}/archive`);
    const inArchived = await researcher.send('POST', '/api/locations', {
      ikcId: ikc.id,
      name: 'Z',
      hasSchool: true,
      hasChildcare: true,
    });
    expect((await errorOf(inArchived)).message).toContain('gearchiveerd');
  });

  it('pages and searches hundreds of locations on the server', async () => {
    const admin = await staffAgent(app, db.sql, 'admin');
    const org = await bodyOf(
      await admin.send('POST', '/api/organisations', { name: 'Groot bestuur', kind: 'school_board' }),
      OrganisationSchema,
    );
    const ikc = await bodyOf(
      await admin.send('POST', '/api/ikcs', { organisationId: org.id, name: 'IKC Veel' }),
      IkcSchema,
    );
    const rows = Array.from({ length: 300 }, (_, i) => ({
      ikc_id: ikc.id,
      name: `Locatie ${String(i).padStart(3, '0')}`,
    }));
    await db.sql`insert into locations ${db.sql(rows)}`;
    const page2 = await bodyOf(
      await admin.send('GET', `/api/locations?ikcId=${ikc.id}&page=2&pageSize=50`),
      LocationPageSchema,
    );
    expect(page2.total).toBe(300);
    expect(page2.items[0]?.name).toBe('Locatie 050');
    const found = await bodyOf(
      await admin.send('GET', `/api/locations?q=${encodeURIComponent('catie 12')}&ikcId=${ikc.id}`),
      LocationPageSchema,
    );
    expect(found.items.map((l) => l.name)).toEqual(Array.from({ length: 10 }, (_, i) => `Locatie 12${i}`));
    const wild = await bodyOf(
      await admin.send('GET', `/api/locations?q=${encodeURIComponent('%')}&ikcId=${ikc.id}`),
      LocationPageSchema,
    );
    expect(wild.total).toBe(0);
    const badPage = await admin.send('GET', '/api/locations?page=0');
    expect((await errorOf(badPage)).field).toBe('page');
  });
});
