import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanupSteps } from '../support/cleanup';
import { EventLog } from '../support/event-log';
import { openFreshLink } from '../support/fresh-link';
import { holdRequest, untilConnectionRefused } from '../support/held-requests';
import { answersOf, type SentResponse } from '../support/respondents';
import { type DatabaseTarget, freshDatabase, type ServerProcess, startServer } from '../support/server-process';
import { readLinkResponses, storedProblems } from '../support/stored-responses';

/** Requests in flight when the signal comes; each on its own connection. */
const IN_FLIGHT = 20;

type ShutdownEvent =
  | { kind: 'taken'; responseId: string }
  | { kind: 'new connection refused' }
  | { kind: 'answered'; responseId: string; status: number; body: string };

let db: DatabaseTarget;
let server: ServerProcess;

beforeAll(async () => {
  db = await freshDatabase();
  server = await startServer(db);
});
afterAll(() => {
  const cleanup = cleanupSteps();
  cleanup.add(async () => db?.dispose());
  cleanup.add(async () => server?.stop());
  return cleanup.run();
});

describe('a SIGTERM while submissions are in flight', () => {
  it('answers every request the server had taken before the signal with a 200 and stores it, refuses new connections, exits 0, and starts again on the same database', async () => {
    const linkId = await openFreshLink(server);
    const port = Number(new URL(server.baseUrl).port);
    // The address the server listens on, as the probe for refused connections uses it too.
    const base = `http://127.0.0.1:${port}`;
    const log = new EventLog<ShutdownEvent>();
    const sent = new Map<string, SentResponse>();
    const held = Array.from({ length: IN_FLIGHT }, (_, respondent) => {
      const responseId = randomUUID();
      const answers = answersOf(respondent, true);
      sent.set(responseId, { respondent, finalAnswers: answers });
      const body = JSON.stringify({ linkId, locale: 'nl', answers, complete: true });
      return { responseId, request: holdRequest(`${base}/api/responses/${responseId}`, body) };
    });
    await Promise.all(
      held.map(async ({ responseId, request }) => {
        await request.taken;
        log.add({ kind: 'taken', responseId });
      }),
    );

    const signalled = log.mark('SIGTERM sent');
    const exited = server.stop('SIGTERM');
    // Only once the server has stopped listening do the bodies go out, so every request finishes during shutdown.
    await untilConnectionRefused(port);
    const refused = log.add({ kind: 'new connection refused' });
    const released = log.mark('bodies sent');
    await Promise.all(
      held.map(async ({ responseId, request }) => {
        const { status, body } = await request.release();
        log.add({ kind: 'answered', responseId, status, body });
      }),
    );
    const exitCode = await exited;

    const events = log.events;
    const taken = events.filter((e) => e.kind === 'taken');
    const answered = events.flatMap((e) => (e.kind === 'answered' ? [e] : []));
    expect(taken).toHaveLength(IN_FLIGHT);
    expect(taken.every((e) => e.seq < signalled)).toBe(true);
    expect(signalled < refused && refused < released).toBe(true);
    expect(answered.filter((e) => e.status !== 200)).toEqual([]);
    expect(new Set(answered.map((e) => e.responseId))).toEqual(new Set(sent.keys()));
    expect(exitCode).toBe(0);

    const stored = await readLinkResponses(db, linkId, [...sent.keys()]);
    expect(stored.count).toBe(IN_FLIGHT);
    expect(storedProblems(stored, { linkId, sent, acknowledged: [...sent.keys()] })).toEqual([]);

    server = await startServer(db);
    const health = await fetch(`${server.baseUrl}/healthz`);
    expect(health.status).toBe(200);
    expect(server.links.length).toBeGreaterThan(0);
  });
});
