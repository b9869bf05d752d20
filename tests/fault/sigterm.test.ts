import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectDatabase } from '../support/inspect-database';
import { type DatabaseTarget, freshDatabase, type ServerProcess, startServer } from '../support/server-process';

let db: DatabaseTarget;
let server: ServerProcess;

beforeAll(async () => {
  db = await freshDatabase();
  server = await startServer(db);
});
afterAll(async () => {
  await server?.stop();
  await db?.dispose();
});

describe('a SIGTERM while submissions are in flight', () => {
  it('loses no acknowledged response, and the server starts again on the same database', async () => {
    const link = server.links.find((l) => l.audience === 'parents');
    expect(link).toBeDefined();
    const linkId = link?.linkId ?? '';
    const ids = Array.from({ length: 60 }, () => randomUUID());
    const send = (id: string) =>
      fetch(`${server.baseUrl}/api/responses/${id}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ linkId, locale: 'nl', answers: {}, complete: true }),
      })
        .then((r) => (r.status === 200 ? id : undefined))
        .catch(() => undefined);
    const inFlight = ids.map((id, i) => new Promise((r) => setTimeout(r, i * 3)).then(() => send(id)));
    await new Promise((r) => setTimeout(r, 60));
    const exitCode = await server.stop('SIGTERM');
    const acknowledged = (await Promise.all(inFlight)).filter((id): id is string => id !== undefined);

    expect(exitCode).toBe(0);
    expect(acknowledged.length).toBeGreaterThan(0);
    const stored = await inspectDatabase(db, (sql) =>
      sql<{ id: string }[]>`select id from responses where id in ${sql(acknowledged)}`.then((rows) =>
        rows.map((r) => r.id),
      ),
    );
    expect(new Set(stored)).toEqual(new Set(acknowledged));

    server = await startServer(db);
    const health = await fetch(`${server.baseUrl}/healthz`);
    expect(health.status).toBe(200);
    expect(server.links.length).toBeGreaterThan(0);
  });
});
