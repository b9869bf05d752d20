import { readFileSync } from 'node:fs';
import { listQuestions } from '@driehoek/shared';
import { loadInstruments } from '@driehoek/surveys';
import type { DatabaseTarget, ServerProcess } from '../support/server-process';
import { startServer } from '../support/server-process';
import { benchEnv } from './bench-env';
import type { LoadGenerator } from './load-generator';
import type { Row } from './measure';

/** A complete parents' response with one answer per choice question, like a real submission. */
function responseBody(linkId: string): string {
  const parents = loadInstruments().latest('parents');
  const answers: Record<string, unknown> = {};
  for (const q of parents ? listQuestions(parents.survey) : []) {
    const [first] = q.values ?? [];
    if (first !== undefined) answers[q.name] = q.multiple ? [first] : first;
  }
  return JSON.stringify({ linkId, locale: 'nl', answers, complete: true });
}

function rssMb(pid: number | undefined): number {
  if (!pid) return 0;
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

/** Submissions through the full HTTP stack (server process, validation, transaction) at a number of clients. */
export async function benchSubmissions(label: string, db: DatabaseTarget, load: LoadGenerator): Promise<Row[]> {
  // The per-link rate limit guards against ballot stuffing; a load test is exactly that, so lift it far above what
  // one link can take here (a refused save would be a fast non-2xx answer and flatter the figure).
  const server: ServerProcess = await startServer(db, {
    DRIEHOEK_LINK_RATE_PER_MINUTE: '1000000',
    LOG_LEVEL: 'error',
  });
  const rows: Row[] = [];
  try {
    const link = server.links.find((l) => l.audience === 'parents');
    if (!link) throw new Error('no parents link');
    const body = responseBody(link.linkId);
    rows.push({
      section: 'memory',
      name: `server RSS idle (${label})`,
      value: Math.round(rssMb(server.child.pid)),
      unit: 'MB',
    });
    for (const connections of [50, 200]) {
      let peak = 0;
      const sampler = setInterval(() => {
        peak = Math.max(peak, rssMb(server.child.pid));
      }, 250);
      const result = await load.run({
        baseUrl: server.baseUrl,
        connections,
        seconds: benchEnv.seconds,
        pathPrefix: '/api/responses/',
        body,
      });
      clearInterval(sampler);
      rows.push(
        {
          section: 'submissions',
          name: `${label}, ${connections} clients: throughput`,
          value: Math.round(result.rps),
          unit: 'req/s',
          note: [load.name, result.failed ? `${result.failed} errors or non-2xx` : ''].filter(Boolean).join('; '),
        },
        {
          section: 'submissions',
          name: `${label}, ${connections} clients: latency p50`,
          value: Math.round(result.p50 * 10) / 10,
          unit: 'ms',
        },
        {
          section: 'submissions',
          name: `${label}, ${connections} clients: latency p99`,
          value: Math.round(result.p99 * 10) / 10,
          unit: 'ms',
          goal: connections === 200 ? '< 50 ms' : undefined,
        },
        {
          section: 'memory',
          name: `server RSS peak, ${connections} clients (${label})`,
          value: Math.round(peak),
          unit: 'MB',
        },
      );
    }
  } finally {
    await server.stop();
  }
  return rows;
}
