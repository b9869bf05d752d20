import { api, ReviewOpenAnswerSchema } from '@driehoek/shared';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { apiError, mockApi } from '../test-support/msw';
import { round } from '../test-support/staff-data';
import { ApiError, call, href } from './client';

const server = mockApi();

const caught = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('the call should have failed');
    },
    (error: unknown) => error,
  );

describe('api client', () => {
  it('fills the path, sends the JSON body with the CSRF header, and answers the parsed contract', async () => {
    const seen: Array<{ id: unknown; csrf: string | null; type: string | null; body: unknown }> = [];
    server.use(
      http.post(api.rounds.transition.path, async ({ request, params }) => {
        seen.push({
          id: params.id,
          csrf: request.headers.get('x-driehoek-csrf'),
          type: request.headers.get('content-type'),
          body: await request.json(),
        });
        return HttpResponse.json(round({ status: 'closed' }));
      }),
    );

    const answer = await call(api.rounds.transition, { params: { id: 'r 1' }, body: { to: 'closed' } });

    expect(answer.status).toBe('closed');
    expect(seen).toEqual([{ id: 'r 1', csrf: '1', type: 'application/json', body: { to: 'closed' } }]);
  });

  it('reads without the CSRF header, leaving empty values out of the query', async () => {
    const seen: Array<{ csrf: string | null; query: Record<string, string> }> = [];
    server.use(
      http.get(api.rounds.list.path, ({ request }) => {
        seen.push({
          csrf: request.headers.get('x-driehoek-csrf'),
          query: Object.fromEntries(new URL(request.url).searchParams),
        });
        return HttpResponse.json({ items: [], total: 0, page: 2, pageSize: 25 });
      }),
    );

    await call(api.rounds.list, { query: { q: '', page: 2, pageSize: 25, status: undefined } });

    expect(seen).toEqual([{ csrf: null, query: { page: '2', pageSize: '25' } }]);
  });

  it('answers nothing for a 204', async () => {
    server.use(http.put(api['open-answers'].review.path, () => new HttpResponse(null, { status: 204 })));
    const body = ReviewOpenAnswerSchema.parse({ responseId: round().id, question: 'q', decision: 'hidden' });
    await expect(call(api['open-answers'].review, { params: { roundId: 'r1' }, body })).resolves.toBeUndefined();
  });

  it("throws one ApiError with the server's status, code, message and field", async () => {
    server.use(
      http.post(api.rounds.transition.path, () => apiError(409, 'conflict', 'to: de ronde is al gesloten', 'to')),
    );
    const error = await caught(call(api.rounds.transition, { params: { id: 'r1' }, body: { to: 'closed' } }));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, code: 'conflict', message: 'to: de ronde is al gesloten', field: 'to' });
  });

  it('reads an error without our body as a general failure with its status', async () => {
    server.use(http.get(api.monitor.all.path, () => new HttpResponse('Bad gateway', { status: 502 })));
    const error = await caught(call(api.monitor.all, {}));
    expect(error).toMatchObject({ status: 502, code: 'internal' });
  });

  it('says in Dutch that there is no connection when no answer comes', async () => {
    server.use(http.get(api.monitor.all.path, () => HttpResponse.error()));
    const error = await caught(call(api.monitor.all, {}));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 0,
      code: 'network',
      message: 'Geen verbinding met de server. Probeer het opnieuw.',
    });
  });

  it('refuses an answer that breaks the contract', async () => {
    server.use(http.get(api.monitor.all.path, () => HttpResponse.json({ rows: 'geen lijst' })));
    const error = await caught(call(api.monitor.all, {}));
    expect(error).toMatchObject({ status: 502, code: 'unreadable_answer' });
  });

  it('builds the address of a download for a link', () => {
    expect(href(api.codes.csv, { params: { roundId: 'r1' }, query: { batch: 3 } })).toBe(
      `${api.codes.csv.path.replace(':roundId', 'r1')}?batch=3`,
    );
  });
});
