import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { harnessEnv } from './env';

const serverEntry = fileURLToPath(new URL('../../server/dist/main.js', import.meta.url));

/** Node's flags from the server's start script (`node <flags> dist/main.js`): tests run the server as users do. */
function startFlags(): string[] {
  const pkg = JSON.parse(readFileSync(new URL('../../server/package.json', import.meta.url), 'utf8')) as {
    scripts: { start: string };
  };
  const words = pkg.scripts.start.split(/\s+/);
  if (words[0] !== 'node' || words.at(-1) !== 'dist/main.js')
    throw new Error(`unexpected start script: ${pkg.scripts.start}`);
  return words.slice(1, -1);
}

export type DemoLink = { location: string; audience: string; url: string; linkId: string };

export type ServerProcess = {
  baseUrl: string;
  links: DemoLink[];
  login: { email: string; password: string };
  child: ChildProcess;
  output: () => string;
  /** SIGTERM and wait for exit; resolves the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
};

export type DatabaseTarget = {
  /** For the server: DATABASE_URL, or a data folder for the embedded database. */
  env: Record<string, string>;
  dataDir?: string;
  databaseUrl?: string;
  dispose(): Promise<void>;
};

/** A fresh database for one test file: a new database on TEST_DATABASE_URL's server, else a temp data folder. */
export async function freshDatabase(url: string | null = harnessEnv.testDatabaseUrl ?? null): Promise<DatabaseTarget> {
  if (url) {
    const name = `driehoek_e2e_${randomBytes(4).toString('hex')}`;
    const admin = postgres(url, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    const target = new URL(url);
    target.pathname = `/${name}`;
    return {
      env: { DATABASE_URL: target.toString() },
      databaseUrl: target.toString(),
      async dispose() {
        await admin.unsafe(`drop database if exists ${name} with (force)`);
        await admin.end();
      },
    };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'driehoek-e2e-'));
  return {
    env: { DRIEHOEK_DATA_DIR: dataDir },
    dataDir,
    async dispose() {
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Starts the built server (`pnpm build` first) on a free port and waits for its welcome message. */
export async function startServer(db: DatabaseTarget, extraEnv: Record<string, string> = {}): Promise<ServerProcess> {
  if (!existsSync(serverEntry)) throw new Error(`${serverEntry} is missing: run pnpm build first`);
  const env: Record<string, string | undefined> = { ...harnessEnv.processEnv };
  delete env.DATABASE_URL;
  delete env.DRIEHOEK_DATA_DIR;
  Object.assign(env, { PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', DRIEHOEK_PUBLIC_URL: '' }, db.env, extraEnv);
  const child = spawn(process.execPath, [...startFlags(), serverEntry], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 60 s:\n${out}`)), 60_000);
    const check = () => {
      if (/demo-login: .+ \/ .+\n/.test(out) || /Medewerkers: \S+\n\n/.test(out)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before it started:\n${out}`));
    });
  });
  const baseUrl = /Driehoek draait op (\S+)/.exec(out)?.[1] ?? '';
  const audienceOf: Record<string, string> = {
    ouders: 'parents',
    professionals: 'professionals',
    kinderen: 'children',
  };
  const links = [...out.matchAll(/^ {2}(.+) — (\S+): (\S+\/s\/(\S+))$/gm)].map((m) => ({
    location: m[1] ?? '',
    audience: audienceOf[m[2] ?? ''] ?? m[2] ?? '',
    url: m[3] ?? '',
    linkId: m[4] ?? '',
  }));
  const loginMatch = /demo-login: (\S+) \/ (\S+)/.exec(out);
  return {
    baseUrl,
    links,
    login: { email: loginMatch?.[1] ?? '', password: loginMatch?.[2] ?? '' },
    child,
    output: () => out,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode !== null) return child.exitCode;
      child.kill(signal);
      return exited;
    },
  };
}
