import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port';

const BIN = '/usr/lib/postgresql/15/bin';

export type ThrowawayPostgres = { url: string; restart(): void; stop(): void };

/** Why a throwaway cluster cannot run here, or undefined when it can (needs root and Debian's PostgreSQL 15). */
export function throwawayPostgresMissing(): string | undefined {
  if (!existsSync(`${BIN}/initdb`)) return `no ${BIN}/initdb: PostgreSQL fault tests skipped`;
  if (process.getuid?.() !== 0)
    return 'not root: cannot run initdb as the postgres user; PostgreSQL fault tests skipped';
  return undefined;
}

// Output is ignored, never piped: a server that pg_ctl starts inherits its stdout, and a pipe it holds open would
// keep this synchronous call (and the whole test process) waiting forever.
const asPostgres = (args: string[]) =>
  execFileSync('runuser', ['-u', 'postgres', '--', ...args], { stdio: 'ignore', timeout: 90_000 });

/**
 * A PostgreSQL cluster of its own in a temp folder on a free loopback port, so a test can restart it without
 * disturbing the machine's server or other tests.
 */
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const dir = mkdtempSync(join(tmpdir(), 'driehoek-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  const port = await freePort();
  asPostgres([`${BIN}/initdb`, '-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const start = () =>
    asPostgres([
      `${BIN}/pg_ctl`,
      '-D',
      data,
      '-l',
      join(dir, 'log'),
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`,
      '-w',
      'start',
    ]);
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    restart() {
      asPostgres([
        `${BIN}/pg_ctl`,
        '-D',
        data,
        '-l',
        join(dir, 'log'),
        '-m',
        'fast',
        '-w',
        'restart',
        '-o',
        `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`,
      ]);
    },
    stop() {
      try {
        asPostgres([`${BIN}/pg_ctl`, '-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
