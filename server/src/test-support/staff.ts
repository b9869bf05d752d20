import type { Role } from '@driehoek/shared';
import { hashPassword } from '../features/accounts/password';
import { insertUser } from '../features/accounts/session-queries';
import type { Sql } from '../platform/db';
import type { testApp } from './test-database';

type App = ReturnType<typeof testApp>;

/** Creates a user with the given scope and logs in; returns a `fetch`-like helper that sends the session. */
export async function staffAgent(
  app: App,
  sql: Sql,
  role: Role,
  scope: { organisationId?: string; ikcId?: string; locationId?: string } = {},
  email = `${role}-${Math.random().toString(36).slice(2, 8)}@example.nl`,
) {
  const password = 'een lang test-wachtwoord';
  const id = await insertUser(sql, { email, name: email, role, passwordHash: await hashPassword(password) });
  if (scope.organisationId)
    await sql`insert into user_scopes (user_id, organisation_id) values (${id}, ${scope.organisationId})`;
  if (scope.ikcId) await sql`insert into user_scopes (user_id, ikc_id) values (${id}, ${scope.ikcId})`;
  if (scope.locationId) await sql`insert into user_scopes (user_id, location_id) values (${id}, ${scope.locationId})`;
  const login = await app.request('/api/session/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-driehoek-csrf': '1' },
    body: JSON.stringify({ email, password }),
  });
  if (login.status !== 200) throw new Error(`login failed: ${login.status}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const send = (method: string, path: string, body?: unknown) =>
    app.request(path, {
      method,
      headers: {
        cookie,
        'x-driehoek-csrf': '1',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  return { id, email, password, cookie, send };
}
