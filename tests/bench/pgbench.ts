import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { benchEnv } from './bench-env';

/**
 * pgbench's single-row insert rate (one jsonb row per transaction) on the same server and database size class:
 * what the database alone can do, so the HTTP figure can be read as a ratio.
 */
export async function pgbenchInsertRate(clients: number): Promise<number> {
  const admin = postgres(benchEnv.databaseUrl, { max: 1, onnotice: () => {} });
  const name = `driehoek_pgbench_${process.pid}`;
  await admin.unsafe(`drop database if exists ${name}`);
  await admin.unsafe(`create database ${name}`);
  const url = new URL(benchEnv.databaseUrl);
  url.pathname = `/${name}`;
  const db = postgres(url.toString(), { max: 1, onnotice: () => {} });
  await db`create table bench_rows (id uuid primary key, answers jsonb not null, received_on date not null)`;
  await db.end();
  const dir = mkdtempSync(join(tmpdir(), 'pgbench-'));
  const script = join(dir, 'insert.sql');
  writeFileSync(script, 'insert into bench_rows values (gen_random_uuid(), \'{"q1": 3, "q2": 2}\', current_date);\n');
  try {
    const out = execFileSync(
      'pgbench',
      ['-n', '-f', script, '-c', String(clients), '-j', '2', '-T', String(benchEnv.seconds), url.toString()],
      { encoding: 'utf8' },
    );
    const tps = /tps = ([\d.]+)/.exec(out)?.[1];
    if (!tps) throw new Error(`pgbench printed no tps:\n${out}`);
    return Number(tps);
  } finally {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}
