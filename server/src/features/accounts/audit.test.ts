import { AuditEntrySchema, OrganisationSchema, pageOf } from '@driehoek/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db';
import { bodyOf, errorOf } from '../../test-support/http';
import { staffAgent } from '../../test-support/staff';
import { openTestDatabase, testApp } from '../../test-support/test-database';

let db: Database;
let app: ReturnType<typeof testApp>;
const AuditPageSchema = pageOf(AuditEntrySchema);

beforeAll(async () => {
  db = await openTestDatabase();
  app = testApp(db);
});
afterAll(() => db?.close());

const auditRows = async () => (await db.sql<{ n: number }[]>`select count(*)::int as n from audit_log`)[0]?.n ?? 0;

describe('the audit log', () => {
  it('shows an admin what a researcher just did: who, what, on which object, newest first', async () => {
    const admin = await staffAgent(app, db.sql, 'admin');
    const researcher = await staffAgent(app, db.sql, 'researcher', {}, 'auditeerbaar@example.nl');
    const org = await bodyOf(
      await researcher.send('POST', '/api/organisations', { name: 'Gemeente Auditstad', kind: 'municipality' }),
      OrganisationSchema,
    );
    expect((await researcher.send('POST', `/api/organisations/${org.id}/archive`)).status).toBe(200);

    const res = await admin.send('GET', '/api/audit?pageSize=5');
    expect(res.status).toBe(200);
    const page = await bodyOf(res, AuditPageSchema);
    expect(page.items.slice(0, 2)).toEqual([
      {
        id: expect.any(Number),
        at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/),
        user: 'auditeerbaar@example.nl',
        action: 'organisation.archive',
        targetType: 'organisation',
        targetId: org.id,
        details: {},
      },
      {
        id: expect.any(Number),
        at: expect.any(String),
        user: 'auditeerbaar@example.nl',
        action: 'organisation.create',
        targetType: 'organisation',
        targetId: org.id,
        details: { name: 'Gemeente Auditstad' },
      },
    ]);
    // The researcher's login is there too, before what they did.
    expect(page.items[2]).toMatchObject({ user: 'auditeerbaar@example.nl', action: 'session.login' });
    expect(page.total).toBe(await auditRows());
  });

  it('pages through every entry without gaps or repeats, newest first', async () => {
    const admin = await staffAgent(app, db.sql, 'admin');
    for (const name of ['Een', 'Twee', 'Drie', 'Vier', 'Vijf'])
      await admin.send('POST', '/api/organisations', { name: `Gemeente ${name}`, kind: 'municipality' });
    const total = await auditRows();
    expect(total).toBeGreaterThan(6);

    const ids: number[] = [];
    const pageSize = 3;
    const pages = Math.ceil(total / pageSize);
    for (let n = 1; n <= pages; n++) {
      const page = await bodyOf(await admin.send('GET', `/api/audit?page=${n}&pageSize=${pageSize}`), AuditPageSchema);
      expect(page).toMatchObject({ total, page: n, pageSize });
      expect(page.items.length).toBe(n < pages ? pageSize : total - pageSize * (pages - 1));
      ids.push(...page.items.map((e) => e.id));
    }
    expect(ids).toHaveLength(total);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(new Set(ids).size).toBe(total);

    const first = await bodyOf(await admin.send('GET', '/api/audit?page=1&pageSize=5'), AuditPageSchema);
    expect(first.items.map((e) => e.details.name).filter(Boolean)).toEqual([
      'Gemeente Vijf',
      'Gemeente Vier',
      'Gemeente Drie',
      'Gemeente Twee',
      'Gemeente Een',
    ]);
    const beyond = await bodyOf(await admin.send('GET', `/api/audit?page=${pages + 1}&pageSize=3`), AuditPageSchema);
    expect(beyond).toMatchObject({ items: [], total });
  });

  it('names the field of a bad page or page size', async () => {
    const admin = await staffAgent(app, db.sql, 'admin');
    const tooBig = await admin.send('GET', '/api/audit?pageSize=500');
    expect(tooBig.status).toBe(400);
    expect((await errorOf(tooBig)).field).toBe('pageSize');
    expect((await errorOf(await admin.send('GET', '/api/audit?page=0'))).field).toBe('page');
  });

  it('is for admins only: researchers, IKC and municipality users get 403, no session 401', async () => {
    for (const role of ['researcher', 'ikc', 'municipality'] as const) {
      const agent = await staffAgent(app, db.sql, role);
      const res = await agent.send('GET', '/api/audit');
      expect(res.status, role).toBe(403);
      expect((await errorOf(res)).code, role).toBe('forbidden');
    }
    expect((await app.request('/api/audit')).status).toBe(401);
  });
});
