import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * While a server runs on an embedded data folder it owns the folder (PGlite cannot be opened twice), so it leaves
 * this file there: `pnpm backup` finds it and asks the server for the backup instead of opening the folder, and
 * `pnpm restore` refuses the folder. The token lets `pnpm backup` ask without a staff login: whoever can read the
 * data folder can read the whole database anyway.
 */
export const RUNNING_SERVER_FILE = 'driehoek-server.json';

const RunningServerSchema = z.object({
  pid: z.number().int(),
  /** Where this machine reaches the server. */
  url: z.string(),
  token: z.string().min(32),
  startedAt: z.string(),
});
export type RunningServer = z.infer<typeof RunningServerSchema>;

export function announceRunningServer(dataDir: string, server: RunningServer): void {
  writeFileSync(join(dataDir, RUNNING_SERVER_FILE), `${JSON.stringify(server, null, 2)}\n`, { mode: 0o600 });
}

/** Removes the file at shutdown, unless another process has written its own since. */
export function withdrawRunningServer(dataDir: string, token: string): void {
  const path = join(dataDir, RUNNING_SERVER_FILE);
  if (readRunningServer(dataDir)?.token === token) rmSync(path, { force: true });
}

/** The file's content, whether or not its process still lives. */
export function readRunningServer(dataDir: string): RunningServer | undefined {
  const path = join(dataDir, RUNNING_SERVER_FILE);
  if (!existsSync(path)) return undefined;
  try {
    return RunningServerSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch {
    return undefined;
  }
}

/** The server named in the data folder when its process is alive; a file left by a crash is ignored. */
export function findRunningServer(dataDir: string): RunningServer | undefined {
  const server = readRunningServer(dataDir);
  return server && isAlive(server.pid) ? server : undefined;
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The address to reach a server on this machine, given the interface it listens on. */
export function localUrl(host: string, port: number): string {
  const wildcard = host === '0.0.0.0' || host === '';
  if (host === '::') return `http://[::1]:${port}`;
  const name = wildcard ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  return `http://${name}:${port}`;
}

/** The header that carries the token. */
export const BACKUP_TOKEN_HEADER = 'x-driehoek-backup-token';
