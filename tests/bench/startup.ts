import { performance } from 'node:perf_hooks';
import type { DatabaseTarget } from '../support/server-process';
import { startServer } from '../support/server-process';
import type { Row } from './measure';

/** Time from spawning the built server to its welcome message, on a new and on an existing data folder. */
export async function benchStartup(db: DatabaseTarget): Promise<Row[]> {
  const rows: Row[] = [];
  for (const label of ['first start (migrations, demo seed)', 'second start (existing data)']) {
    const t0 = performance.now();
    const server = await startServer(db, { LOG_LEVEL: 'error' });
    rows.push({
      section: 'startup',
      name: `${label}, ${db.dataDir ? 'embedded' : 'PostgreSQL'}`,
      value: Math.round(performance.now() - t0),
      unit: 'ms',
    });
    await server.stop();
  }
  return rows;
}
