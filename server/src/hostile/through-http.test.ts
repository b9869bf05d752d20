import type { Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer } from '../platform/http-server';
import { buildHostileWorld, fingerprintTables, type HostileWorld } from '../test-support/hostile-world';

/**
 * The slice of hostile input that only a real socket can send: bodies whose declared length lies, chunked bodies
 * past the limit, a body trickled in byte by byte, and a 100 MB login. In-process requests never exercise Node's
 * parser and timeouts.
 */
let w: HostileWorld;
let server: Server;
let port: number;
let before: Record<string, string>;

beforeAll(async () => {
  w = await buildHostileWorld();
  server = await startHttpServer(w.app.fetch, { port: 0, hostname: '127.0.0.1', requestTimeoutMs: 1500 });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
  before = await fingerprintTables(w.db.sql);
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  server?.closeAllConnections();
  await w?.db.close();
});

type Exchange = { status: number; head: string; body: string; sentBytes: number };

/** Opens a socket, lets `write` send whatever it likes, and reads until the server answers and closes or ends. */
function exchange(write: (socket: Socket) => Promise<void> | void): Promise<Exchange> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    let sentBytes = 0;
    const originalWrite = socket.write.bind(socket);
    socket.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
      sentBytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
      return originalWrite(chunk, ...rest);
    }) as typeof socket.write;
    const done = () => {
      const [head = '', body = ''] = received.split('\r\n\r\n');
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0), head, body, sentBytes });
    };
    socket.on('data', (d) => {
      received += d.toString('latin1');
      // One answer is all we wait for: a keep-alive connection would otherwise stay open.
      const [head, body] = received.split('\r\n\r\n');
      const length = Number(/content-length: (\d+)/i.exec(head ?? '')?.[1] ?? Number.NaN);
      if (body !== undefined && body.length >= length) {
        socket.destroy();
        done();
      }
    });
    socket.on('close', done);
    socket.on('error', (e) => (received ? done() : reject(e)));
    socket.on('connect', () => {
      Promise.resolve(write(socket)).catch(() => {});
    });
  });
}

const request = (method: string, path: string, headers: Record<string, string | number>) =>
  `${method} ${path} HTTP/1.1\r\nhost: 127.0.0.1\r\n${Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('')}\r\n`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('hostile requests over a real socket', { timeout: 60_000 }, () => {
  it('refuses a 100 MB login by its declared length without reading it', async () => {
    const res = await exchange(async (socket) => {
      socket.write(
        request('POST', '/api/session/login', {
          'content-type': 'application/json',
          'x-driehoek-csrf': '1',
          'content-length': 100 * 1024 * 1024,
        }),
      );
      // Keep sending until the server answers: it must answer long before the body is through.
      const chunk = Buffer.alloc(64 * 1024, 'a');
      for (let i = 0; i < 1600 && !socket.destroyed; i++) {
        if (!socket.write(chunk)) await new Promise((r) => socket.once('drain', r).once('close', r));
      }
    });
    expect(res.status).toBe(413);
    expect(res.body).toContain('payload_too_large');
    // What was sent before the answer came: socket buffers, not the body (measured about 4 MB of 100).
    expect(res.sentBytes).toBeLessThan(20 * 1024 * 1024);
  });

  it('refuses a chunked body past the limit, without a declared length to check', async () => {
    for (const [path, size] of [
      ['/api/session/login', 8 * 1024],
      ['/api/responses/00000000-0000-4000-8000-000000000001', 300 * 1024],
    ] as const) {
      const res = await exchange((socket) => {
        socket.write(
          request('PUT', path, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }).replace(
            'PUT /api/session',
            'POST /api/session',
          ),
        );
        const chunk = `{"padding":"${'x'.repeat(size)}"}`;
        socket.write(`${Buffer.byteLength(chunk).toString(16)}\r\n${chunk}\r\n0\r\n\r\n`);
      });
      expect(res.status, path).toBe(413);
    }
  });

  it('answers a body shorter than its declared length as bad JSON, and one longer than it without a 5xx', async () => {
    const longer = await exchange((socket) => {
      socket.write(request('POST', '/api/organisations', { 'content-type': 'application/json', 'content-length': 10 }));
      socket.write('{"name":"Gemeente X","kind":"municipality"}GARBAGE / HTTP/1.1\r\n\r\n');
    });
    expect(longer.status).toBeGreaterThanOrEqual(400);
    expect(longer.status).toBeLessThan(500);
    // Declared 1,000 bytes, sent 12, then gone: the server must simply survive.
    await exchange((socket) => {
      socket.write(
        request('PUT', `/api/responses/${crypto.randomUUID()}`, {
          'content-type': 'application/json',
          'content-length': 1000,
        }),
      );
      socket.end('{"linkId":"x');
    });
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
  });

  it('refuses bodies not declared as JSON before reading them', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const body = '{"email":"a@b.nl","password":"x"}';
      const res = await exchange((socket) => {
        socket.write(
          request('POST', '/api/session/login', {
            'content-type': type,
            'x-driehoek-csrf': '1',
            'content-length': body.length,
          }) + body,
        );
      });
      expect(res.status, type).toBe(415);
    }
  });

  it('times out a body trickled byte by byte, and serves other clients meanwhile', async () => {
    const events: string[] = [];
    const slow = exchange(async (socket) => {
      socket.write(
        request('PUT', `/api/responses/${crypto.randomUUID()}`, {
          'content-type': 'application/json',
          'content-length': 4000,
        }),
      );
      for (let i = 0; i < 400 && !socket.destroyed; i++) {
        socket.write('{');
        await sleep(50);
      }
    }).then((res) => {
      events.push('slow answered');
      return res;
    });
    const fast = await fetch(`http://127.0.0.1:${port}/api/links/${w.ids.link}`);
    events.push('fast answered');
    expect(fast.status).toBe(200);
    const res = await slow;
    expect(events).toEqual(['fast answered', 'slow answered']);
    expect(res.status).toBe(408);
    expect(res.sentBytes).toBeLessThan(4000);
  });

  it('stored nothing from any of it', async () => {
    await w.traffic.flush();
    expect(await fingerprintTables(w.db.sql)).toEqual(before);
  });
});
