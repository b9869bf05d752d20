import { spawn } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port';

const BIN = '/usr/lib/postgresql/15/bin';

export type ThrowawayPostgres = {
  url: string;
  /**
   * Stops the cluster the way a crash does: `pg_ctl -m immediate` aborts every server process with no checkpoint,
   * so the next start must run crash recovery. Resolves once the postmaster is gone.
   */
  crash(): Promise<void>;
  /** Starts the cluster again; resolves once it accepts connections. */
  start(): Promise<void>;
  /** The server's own log, which says whether a start went through crash recovery. */
  serverLog(): string;
  dispose(): Promise<void>;
};

/** Why a throwaway cluster cannot run here, or undefined when it can (needs root and Debian's PostgreSQL 15). */
export function throwawayPostgresMissing(): string | undefined {
  if (!existsSync(`${BIN}/initdb`)) return `no ${BIN}/initdb: PostgreSQL fault tests skipped`;
  if (process.getuid?.() !== 0)
    return 'not root: cannot run initdb as the postgres user; PostgreSQL fault tests skipped';
  return undefined;
}

/**
 * Runs a PostgreSQL tool as the postgres user without blocking this process, so the respondents keep sending
 * while the database goes down and comes back. Output goes to a file, never a pipe: a postmaster that pg_ctl
 * starts inherits it, and a pipe it holds open would keep a waiting reader here forever.
 */
function asPostgres(args: string[], outputFile: string): Promise<void> {
  const fd = openSync(outputFile, 'a');
  return new Promise<void>((resolve, reject) => {
    const child = spawn('runuser', ['-u', 'postgres', '--', ...args], { stdio: ['ignore', fd, fd] });
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
    const fail = (why: string) =>
      reject(new Error(`${args.join(' ')} ${why}:\n${readFileSync(outputFile, 'utf8').slice(-4000)}`));
    child.once('error', (err) => {
      clearTimeout(timer);
      fail(err.message);
    });
    // 'exit', not 'close': the started postmaster keeps the output file open, which is fine for a file.
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else fail(`exited with ${code ?? signal}`);
    });
  }).finally(() => closeSync(fd));
}

/**
 * A PostgreSQL cluster of its own in a temp folder on a free loopback port, so a test can crash it without
 * disturbing the machine's server or other tests.
 */
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const dir = mkdtempSync(join(tmpdir(), 'driehoek-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  const serverLog = join(dir, 'server.log');
  const commandLog = join(dir, 'commands.log');
  const port = await freePort();
  const pgCtl = (...args: string[]) => asPostgres([`${BIN}/pg_ctl`, '-D', data, ...args], commandLog);
  const start = () =>
    pgCtl('-l', serverLog, '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`, '-w', '-t', '60', 'start');
  await asPostgres([`${BIN}/initdb`, '-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync'], commandLog);
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    crash: () => pgCtl('-m', 'immediate', '-w', '-t', '60', 'stop'),
    start,
    serverLog: () => (existsSync(serverLog) ? readFileSync(serverLog, 'utf8') : ''),
    async dispose() {
      try {
        if (existsSync(join(data, 'postmaster.pid'))) await pgCtl('-m', 'immediate', '-w', 'stop');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
