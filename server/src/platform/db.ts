import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import postgres from 'postgres';

/** What query functions take: the root client or a transaction alike. */
// biome-ignore lint/complexity/noBannedTypes: postgres.js's own default type parameter
export type Sql = postgres.ISql<{}>;
/** The root client: can begin transactions and be closed. */
export type RootSql = postgres.Sql;

export type Database = {
  sql: RootSql;
  kind: 'embedded' | 'server';
  /** Closes the client and, for the embedded database, the socket server and PGlite itself. */
  close(): Promise<void>;
};

export type OpenDatabaseOptions =
  | { databaseUrl: string; poolSize?: number }
  | { dataDir: string }
  /** In memory, for tests: nothing touches the disk. */
  | { memory: true };

// Keep dates as 'YYYY-MM-DD' strings: a response's date must never gain a time of day or a timezone shift.
const DATE_OID = 1082;
const clientOptions: postgres.Options<Record<string, postgres.PostgresType>> = {
  onnotice: () => {},
  types: {
    date: {
      to: DATE_OID,
      from: [DATE_OID],
      serialize: (x: string) => x,
      parse: (x: string) => x,
    },
  },
  transform: { undefined: null },
  // postgres.js waits up to 20 s between reconnection attempts, growing with every failure and shared by the whole
  // pool: after a short database outage under load the server then held every request for 10–20 s although the
  // database was back (tests/fault). A second at most between attempts; queued queries go as soon as it answers.
  backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 1),
};

/**
 * Opens the database: a PostgreSQL server when a URL is given, else an embedded PGlite served on a loopback socket,
 * so the rest of the code speaks one protocol through one client either way.
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  if ('databaseUrl' in options) {
    const sql = postgres(options.databaseUrl, { ...clientOptions, max: options.poolSize ?? 10 });
    return { sql, kind: 'server', close: () => sql.end({ timeout: 5 }) };
  }
  const dataDir = 'dataDir' in options ? options.dataDir : undefined;
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir ?? 'memory://');
  const socket = new PGLiteSocketServer({ db: pglite, host: '127.0.0.1', port: 0 });
  await socket.start();
  const [host, port] = socket.getServerConn().split(':');
  // The socket server takes one connection; a pool of one queues queries in the client instead.
  const sql = postgres({
    ...clientOptions,
    host,
    port: Number(port),
    user: 'postgres',
    database: 'postgres',
    max: 1,
    idle_timeout: 0,
  });
  return {
    sql,
    kind: 'embedded',
    async close() {
      await sql.end({ timeout: 5 });
      await socket.stop();
      await pglite.close();
    },
  };
}

/** A value for a jsonb column; answers are checked JSON by the time they get here. */
export const asJson = (sql: Sql, value: unknown) => sql.json(value as postgres.JSONValue);
