import { api, type SaveVisit, SaveVisitSchema } from '@driehoek/shared';
import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { createSaveQueue, type SaveStatus } from '../../lib/offline/save-queue';
import { apiError, mockApi } from '../../test-support/msw';
import { ids } from '../../test-support/staff-data';
import { sendVisit } from './visit-sender';

const server = mockApi();

const visitId = '6f1d2c3b-4a59-4e6f-8a7b-9c0d1e2f3a4b';
const body: SaveVisit = {
  roundId: ids.round,
  instrument: { key: 'mg-phone', version: 1 },
  visitedOn: '2026-11-20',
  answers: { mg_scenario: 'standard' },
};

const storedVisit = (b: SaveVisit) => ({ ...b, id: visitId, recordedBy: 'Ria', updatedAt: '2026-11-20T10:00:00Z' });

const clock = {
  setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
  clearTimeout: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** The visit form's sender: the offline save queue with `sendVisit`, retrying after 10 ms instead of a second. */
const visitQueue = (onStatus: (status: SaveStatus) => void) =>
  createSaveQueue({ send: (b: SaveVisit) => sendVisit(visitId, b), clock, onStatus, initialDelayMs: 10 });

describe('visit sender', () => {
  it('sends the same visit id again after a network failure, and then says it is saved', async () => {
    const calls: Array<{ id: string; body: SaveVisit }> = [];
    server.use(
      http.put(api.visits.save.path, async ({ params, request }) => {
        calls.push({ id: String(params.id), body: SaveVisitSchema.parse(await request.json()) });
        if (calls.length === 1) return HttpResponse.error();
        return HttpResponse.json(storedVisit(body), { status: 201 });
      }),
    );
    const statuses: SaveStatus['state'][] = [];
    const queue = visitQueue((s) => statuses.push(s.state));

    queue.enqueue(body);

    await vi.waitFor(() => expect(statuses.at(-1)).toBe('saved'));
    expect(calls.map((c) => c.id)).toEqual([visitId, visitId]);
    expect(calls[1]?.body).toEqual(body);
    expect(statuses).toEqual(['saving', 'offline', 'saving', 'saved']);
  });

  it('retries a server error but stops at a refusal, with its reason', async () => {
    let calls = 0;
    server.use(
      http.put(api.visits.save.path, () => {
        calls += 1;
        if (calls === 1) return apiError(503, 'internal', 'Even niet beschikbaar.');
        return apiError(409, 'conflict', 'roundId: de ronde is gesloten; bezoeken liggen vast', 'roundId');
      }),
    );
    const last: SaveStatus[] = [];
    const queue = visitQueue((s) => last.push(s));

    queue.enqueue(body);

    await vi.waitFor(() => expect(last.at(-1)?.state).toBe('rejected'));
    expect(last.at(-1)).toEqual({
      state: 'rejected',
      code: 'conflict',
      message: 'roundId: de ronde is gesloten; bezoeken liggen vast',
      field: 'roundId',
    });
    expect(calls).toBe(2);
  });

  it('sends the newest answers when the visit is saved again while a save is on its way', async () => {
    const sent: SaveVisit[] = [];
    server.use(
      http.put(api.visits.save.path, async ({ request }) => {
        const b = SaveVisitSchema.parse(await request.json());
        sent.push(b);
        return HttpResponse.json(storedVisit(b));
      }),
    );
    const states: string[] = [];
    const queue = visitQueue((s) => states.push(s.state));

    queue.enqueue(body);
    queue.enqueue({ ...body, answers: { mg_scenario: 'little-dutch' } });

    await vi.waitFor(() => expect(states.at(-1)).toBe('saved'));
    expect(sent.at(-1)?.answers).toEqual({ mg_scenario: 'little-dutch' });
  });
});
