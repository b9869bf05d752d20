import { request } from 'node:http';
import { connect } from 'node:net';

export type HeldRequest = {
  /**
   * Resolves when the server has taken the request: it answered `100 Continue`, which Node's HTTP server writes
   * just as it hands the request to the app. From then on the request is the server's to finish.
   */
  taken: Promise<void>;
  /** Sends the body the server is waiting for and resolves the response. */
  release(): Promise<{ status: number; body: string }>;
};

/**
 * A PUT sent as headers only, with `Expect: 100-continue`: the server takes it and then waits for the body for as
 * long as the test wants, so a signal can be sent while the request is certainly in flight, without timing.
 * One connection per request, closed after it, so no idle keep-alive connection outlives the test.
 */
export function holdRequest(url: string, body: string): HeldRequest {
  const req = request(url, {
    method: 'PUT',
    agent: false,
    headers: {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
      expect: '100-continue',
      connection: 'close',
    },
  });
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.once('error', reject);
    req.once('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
      });
      res.once('error', reject);
      res.once('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
  });
  const taken = new Promise<void>((resolve, reject) => {
    req.once('continue', () => resolve());
    response.then(
      (r) => reject(new Error(`answered ${r.status} before the body was sent: ${r.body}`)),
      (err: unknown) => reject(err),
    );
  });
  // Without this Node holds the headers back until the first write of the body.
  req.flushHeaders();
  return {
    taken,
    release() {
      req.end(body);
      return response;
    },
  };
}

/** Whether a new TCP connection to the port is refused: the server stopped listening. */
export function connectionRefused(port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'ECONNREFUSED') resolve(true);
      else reject(err);
    });
  });
}

/** Polls until the port refuses connections; the timeout is a failure bound. */
export async function untilConnectionRefused(port: number, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await connectionRefused(port))) {
    if (Date.now() > deadline) throw new Error(`port ${port} still accepted connections after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
