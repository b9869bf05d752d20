import { randomUUID } from 'node:crypto';

export type RespondentRun = {
  acknowledged: string[];
  /** Every 5xx with the time it came, to check it fell inside a restart window. */
  serverErrors: { at: number; status: number }[];
  failed: number;
};

export type RespondentOptions = {
  /** The base URL to use for each request; may change when a server restarts on another port. */
  base: () => string;
  linkId: string;
  respondents: number;
  /** Give up on one respondent after this long. */
  patienceMs: number;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Simulated respondents: each saves a partial response and then completes it, retrying with backoff on network
 * errors and 5xx like the real client, until the server acknowledges. Bounded in count and time; loopback only.
 */
export async function runRespondents(o: RespondentOptions): Promise<RespondentRun> {
  const run: RespondentRun = { acknowledged: [], serverErrors: [], failed: 0 };
  const send = async (id: string, complete: boolean): Promise<boolean> => {
    const deadline = Date.now() + o.patienceMs;
    for (let attempt = 0; Date.now() < deadline; attempt++) {
      try {
        const res = await fetch(`${o.base()}/api/responses/${id}`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ linkId: o.linkId, locale: 'nl', answers: {}, complete }),
          signal: AbortSignal.timeout(5000),
        });
        if (res.status === 200) return true;
        if (res.status >= 500) run.serverErrors.push({ at: Date.now(), status: res.status });
        else if (res.status !== 429) throw new Error(`unexpected ${res.status}: ${await res.text()}`);
      } catch (err) {
        if (err instanceof Error && err.message.startsWith('unexpected')) throw err;
      }
      await sleep(Math.min(1000, 50 * 2 ** attempt) * (0.5 + Math.random()));
    }
    return false;
  };
  await Promise.all(
    Array.from({ length: o.respondents }, async (_, i) => {
      await sleep(i * 10);
      const id = randomUUID();
      if ((await send(id, false)) && (await send(id, true))) run.acknowledged.push(id);
      else run.failed++;
    }),
  );
  return run;
}
