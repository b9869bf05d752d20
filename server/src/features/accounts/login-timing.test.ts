import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../platform/db';
import { staffAgent } from '../../test-support/staff';
import { openTestDatabase, testApp } from '../../test-support/test-database';

// The time of a login's answer must not tell whether an address has an account: every login derives one scrypt
// key, with or without a stored hash. Counted, not timed (timings belong in `pnpm bench`).
const derivations = vi.hoisted(() => ({ count: 0 }));
vi.mock('node:crypto', async (importOriginal) => {
  const crypto = await importOriginal<typeof import('node:crypto')>();
  const scrypt = (...args: unknown[]) => {
    derivations.count += 1;
    return (crypto.scrypt as (...a: unknown[]) => void)(...args);
  };
  return { ...crypto, default: { ...crypto, scrypt }, scrypt };
});

let db: Database;
let app: ReturnType<typeof testApp>;
beforeAll(async () => {
  db = await openTestDatabase();
  app = testApp(db);
});
afterAll(() => db?.close());

const derivationsFor = async (email: string, password: string) => {
  const before = derivations.count;
  const res = await app.request('/api/session/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-driehoek-csrf': '1' },
    body: JSON.stringify({ email, password }),
  });
  return { status: res.status, derived: derivations.count - before };
};

describe('a login’s work', () => {
  it('is one key derivation for an existing, an unknown, an invited and a blocked account alike', async () => {
    const known = await staffAgent(app, db.sql, 'researcher');
    const blocked = await staffAgent(app, db.sql, 'researcher');
    await db.sql`update users set disabled_at = now() where id = ${blocked.id}`;
    await db.sql`insert into users (email, name, role) values ('uitgenodigd@example.nl', 'U', 'ikc')`;
    // The dummy hash is made once, on the first login without a stored hash.
    await derivationsFor('opwarmen@example.nl', 'x');
    expect(await derivationsFor(known.email, 'fout')).toEqual({ status: 401, derived: 1 });
    expect(await derivationsFor('onbekend@example.nl', 'fout')).toEqual({ status: 401, derived: 1 });
    expect(await derivationsFor('uitgenodigd@example.nl', 'fout')).toEqual({ status: 401, derived: 1 });
    expect(await derivationsFor(blocked.email, blocked.password)).toEqual({ status: 401, derived: 1 });
  });
});
