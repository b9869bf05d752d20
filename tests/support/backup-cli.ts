import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { harnessEnv } from './env';

const serverDir = fileURLToPath(new URL('../../server/', import.meta.url));
const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

export type CliRun = { code: number | null; stdout: string; stderr: string };

/**
 * Runs the backup command line as `pnpm backup` / `pnpm restore` do (tsx, in server/), with only the database
 * settings given here: the harness's own DATABASE_URL or data folder never leak into it.
 */
export function runBackupCli(args: string[], env: Record<string, string>): Promise<CliRun> {
  const childEnv: Record<string, string | undefined> = { ...harnessEnv.processEnv };
  delete childEnv.DATABASE_URL;
  delete childEnv.DRIEHOEK_DATA_DIR;
  delete childEnv.DRIEHOEK_BACKUP_DIR;
  Object.assign(childEnv, env);
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, ['src/platform/backup/cli.ts', ...args], { cwd: serverDir, env: childEnv });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 240_000);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** The path a run printed after "Backup written: ". */
export const writtenFile = (run: CliRun): string => /Backup written: (\S+)/.exec(run.stdout)?.[1] ?? '';

export type BackupContent = { manifest: Record<string, unknown>; rows: Map<string, Record<string, unknown>[]> };

/** A backup file read whole, the way a reader without Driehoek would: gunzip, one JSON document per line. */
export function readBackupFile(file: string): BackupContent {
  const [manifest, ...lines] = gunzipSync(readFileSync(file)).toString('utf8').split('\n');
  const rows = new Map<string, Record<string, unknown>[]>();
  let table: Record<string, unknown>[] = [];
  for (const line of lines) {
    if (line === '') continue;
    const json = JSON.parse(line) as Record<string, unknown>;
    if (typeof json['@table'] === 'string') {
      table = [];
      rows.set(json['@table'], table);
    } else table.push(json);
  }
  return { manifest: JSON.parse(manifest ?? '{}') as Record<string, unknown>, rows };
}
