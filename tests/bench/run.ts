// `pnpm bench`: every measurable figure in one run, each beside a baseline measured in the same run, written as a
// Markdown and a JSON table to bench-results/. Needs `pnpm build` first (done by the root script) and, for the
// PostgreSQL figures, a server at BENCH_DATABASE_URL (default: the machine's on 127.0.0.1:5432).
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { freshDatabase, startServer } from '../support/server-process';
import { benchBackup } from './backup';
import { benchEnv, machineDescription } from './bench-env';
import { benchBundle } from './bundle';
import { benchExports } from './exports';
import { benchLighthouse } from './lighthouse';
import { pickLoadGenerator } from './load-generator';
import { type Row, round } from './measure';
import { benchMeetings } from './meetings';
import { benchOverview } from './overview';
import { pgbenchInsertRate } from './pgbench';
import { benchReports } from './reports';
import { benchScale } from './scale';
import { benchStartup } from './startup';
import { benchSubmissions } from './submissions';
import { benchSummaries } from './summaries';

const wanted = (section: string) => !benchEnv.only || benchEnv.only.includes(section);

async function main() {
  const rows: Row[] = [];
  const log = (r: Row[]) => {
    for (const x of r)
      console.log(
        `${x.section.padEnd(12)} ${x.name}: ${x.value} ${x.unit}${x.ratio ? ` (${round(x.ratio)}× baseline ${x.baseline})` : ''}`,
      );
    rows.push(...r);
  };

  if (wanted('submissions')) {
    // PostgreSQL's max_connections (100 here) rules out 200 pgbench clients; the server itself holds a pool of 10.
    // The baseline is the better of pgbench at the pool's size and at 50 connections: what the database can insert.
    let best = 0;
    for (const clients of [10, 50]) {
      const tps = await pgbenchInsertRate(clients);
      best = Math.max(best, tps);
      log([
        {
          section: 'baseline',
          name: `pgbench single-row insert, ${clients} connections (PostgreSQL)`,
          value: Math.round(tps),
          unit: 'tx/s',
        },
      ]);
    }
    const load = pickLoadGenerator();
    const pg = await freshDatabase(benchEnv.databaseUrl);
    try {
      const r = await benchSubmissions('PostgreSQL', pg, load);
      for (const x of r) {
        if (/PostgreSQL, \d+ clients: throughput/.test(x.name)) {
          Object.assign(x, { baseline: Math.round(best), ratio: x.value / best, goal: '≥ 0.5× pgbench' });
        }
      }
      log(r);
    } finally {
      await pg.dispose();
    }
    const embedded = await freshDatabase(null);
    try {
      log(await benchSubmissions('embedded', embedded, load));
    } finally {
      await embedded.dispose();
    }
  }
  if (wanted('reports')) log(await benchReports());
  if (wanted('overview')) log(await benchOverview());
  if (wanted('scale')) log(await benchScale());
  if (wanted('summaries')) log(await benchSummaries());
  if (wanted('exports')) log(await benchExports());
  if (wanted('meetings')) log(await benchMeetings());
  if (wanted('bundle')) {
    const db = await freshDatabase(null);
    const server = await startServer(db, { LOG_LEVEL: 'error' });
    try {
      log(await benchBundle(server));
    } finally {
      await server.stop();
      await db.dispose();
    }
  }
  if (wanted('lighthouse')) {
    const db = await freshDatabase(null);
    const server = await startServer(db, { LOG_LEVEL: 'error' });
    try {
      log(await benchLighthouse(server));
    } finally {
      await server.stop();
      await db.dispose();
    }
  }
  if (wanted('backup')) log(await benchBackup());
  if (wanted('startup')) {
    const db = await freshDatabase(null);
    try {
      log(await benchStartup(db));
    } finally {
      await db.dispose();
    }
  }

  const machine = machineDescription();
  const out = fileURLToPath(new URL('../../bench-results/', import.meta.url));
  mkdirSync(out, { recursive: true });
  const md = [
    `# Driehoek benchmark`,
    '',
    `Machine: ${machine}. Date: ${new Date().toISOString().slice(0, 10)}. Load runs of ${benchEnv.seconds} s.`,
    '',
    '| section | measure | value | baseline (same run) | ratio | goal | note |',
    '|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.section} | ${r.name} | ${r.value} ${r.unit} | ${r.baseline ?? ''} | ${r.ratio ? `${round(r.ratio)}×` : ''} | ${r.goal ?? ''} | ${r.note ?? ''} |`,
    ),
    '',
  ].join('\n');
  writeFileSync(`${out}/bench.md`, md);
  writeFileSync(`${out}/bench.json`, `${JSON.stringify({ machine, date: new Date().toISOString(), rows }, null, 2)}\n`);
  console.log(`\n${md}\nWritten to bench-results/bench.md and bench.json`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
