import type { ApiError, ErrorCode } from '@driehoek/shared';
import { HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';

/** One msw server for a test file; handlers are added per test with `api.use(...)`. */
export function mockApi() {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}

/** Our API's error body, typed by the shared contract. */
export function apiError(status: number, code: ErrorCode, message: string, field?: string) {
  const body: ApiError = { error: { code, message, ...(field ? { field } : {}) } };
  return HttpResponse.json(body, { status });
}
