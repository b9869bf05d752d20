import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { listQuestions } from '@driehoek/shared';
import { loadInstruments } from '@driehoek/surveys';
import autocannon from 'autocannon';
import type { DatabaseTarget, ServerProcess } from '../support/server-process';
import { startServer } from '../support/server-process';
import { benchEnv } from './bench-env';
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
export async function benchSubmissions(label: string, db: DatabaseTarget): Promise<Row[]> {
  // The per-link rate limit guards against ballot stuffing; a load test is exactly that, so lift it here.
  const server: ServerProcess = await startServer(db, { DRIEHOEK_LINK_RATE_PER_MINUTE: '10000', LOG_LEVEL: 'error' });
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
      const result = await autocannon({
        url: server.baseUrl,
        connections,
        duration: benchEnv.seconds,
        requests: [
          {
            method: 'PUT',
            headers: { 'content-type': 'application/json' },
            body,
            setupRequest: (req) => ({ ...req, path: `/api/responses/${randomUUID()}` }),
          },
        ],
      });
      clearInterval(sampler);
      const errors = result.errors + result.non2xx;
      rows.push(
        {
          section: 'submissions',
          name: `${label}, ${connections} clients: throughput`,
          value: Math.round(result.requests.average),
          unit: 'req/s',
          note: errors ? `${errors} errors or non-2xx` : undefined,
        },
        {
          section: 'submissions',
          name: `${label}, ${connections} clients: latency p50`,
          value: result.latency.p50,
          unit: 'ms',
        },
        {
          section: 'submissions',
          name: `${label}, ${connections} clients: latency p99`,
          value: result.latency.p99,
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
