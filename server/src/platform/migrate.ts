import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RootSql, Sql } from './db';

export type Migration = { version: number; name: string; sql: string };

// server/migrations, seen from src/platform/ (dev, tests) or from dist/ (the bundled server).
const defaultDir = ['../../migrations/', '../migrations/']
  .map((relative) => fileURLToPath(new URL(relative, import.meta.url)))
  .find((dir) => existsSync(dir)) as string;

/** Reads `NNNN-name.sql` files in order. */
export function readMigrations(dir = defaultDir): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}-[a-z0-9-]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: Number(f.slice(0, 4)), name: f.slice(5, -4), sql: readFileSync(`${dir}/${f}`, 'utf8') }));
}

/**
 * Applies pending migrations, each in its own transaction together with its record, so a failed migration leaves
 * nothing half-applied. Refuses a database that a newer version of Driehoek has migrated: running old code on a
 * newer schema can corrupt data.
 */
export async function migrate(sql: RootSql, migrations: Migration[] = readMigrations()): Promise<number[]> {
  await createMigrationsTable(sql);
  const applied = await sql<{ version: number }[]>`select version from schema_migrations order by version`;
  const known = new Set(migrations.map((m) => m.version));
  const unknown = applied.filter((a) => !known.has(a.version));
  if (unknown.length > 0) {
    throw new Error(
      `The database was migrated by a newer version of Driehoek (migration ${unknown.map((u) => u.version).join(', ')} is unknown here). Upgrade Driehoek; refusing to start.`,
    );
  }
  const done = new Set(applied.map((a) => a.version));
  const ran: number[] = [];
  for (const m of migrations) {
    if (done.has(m.version)) continue;
    await sql.begin(async (tx) => {
      await tx.unsafe(m.sql);
      await tx`insert into schema_migrations (version, name) values (${m.version}, ${m.name})`;
    });
    ran.push(m.version);
  }
  return ran;
}

/** The table that records applied migrations; also created by a restore inside its own transaction. */
export async function createMigrationsTable(sql: Sql): Promise<void> {
  await sql`
    create table if not exists schema_migrations (
      version integer primary key,
      name text not null,
      applied_at timestamptz not null default now()
    )`;
}
