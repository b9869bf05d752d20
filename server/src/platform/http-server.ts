import type { Server } from 'node:http';
import { serve } from '@hono/node-server';

export type HttpServerOptions = {
  port: number;
  hostname: string;
  /** The whole request, body included, must arrive within this; a client that trickles is answered 408. */
  requestTimeoutMs?: number;
  /** The request line and headers must arrive within this. */
  headersTimeoutMs?: number;
};

/** Node's own limits are five minutes for a request and one for its headers: long enough to tie up a server. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
export const DEFAULT_HEADERS_TIMEOUT_MS = 10_000;

/**
 * Serves `fetch` over HTTP with limits that keep a slow or hostile client from holding connections open: a
 * request and its body must arrive within `requestTimeoutMs`, its headers within `headersTimeoutMs`. Resolves once
 * the server listens.
 */
export async function startHttpServer(
  fetch: (request: Request, bindings: unknown) => Response | Promise<Response>,
  options: HttpServerOptions,
): Promise<Server> {
  const requestTimeout = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const server = serve({
    fetch,
    port: options.port,
    hostname: options.hostname,
    serverOptions: {
      requestTimeout,
      headersTimeout: Math.min(options.headersTimeoutMs ?? DEFAULT_HEADERS_TIMEOUT_MS, requestTimeout),
      // Node checks the timeouts this often; the default (30 s) would let a trickle run a whole extra half minute.
      connectionsCheckingInterval: Math.max(100, Math.min(requestTimeout / 4, 5_000)),
    },
  }) as Server;
  await new Promise<void>((resolve) => server.once('listening', resolve));
  return server;
}
