import { execFile, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

/** One closed-loop load run: `connections` clients each sending the next request as soon as the last is answered. */
export type LoadRun = {
  baseUrl: string;
  connections: number;
  seconds: number;
  /** Every request is `PUT <pathPrefix><fresh UUID>` with this JSON body: a new response each time. */
  pathPrefix: string;
  body: string;
};

/** `rps` counts answered requests with a 2xx status only; `failed` the rest (errors, timeouts, non-2xx). */
export type LoadResult = { rps: number; p50: number; p99: number; failed: number };

export type LoadGenerator = { name: string; run: (load: LoadRun) => Promise<LoadResult> };

/**
 * wrk when the machine has it, else autocannon. The load generator runs on the machine it measures; autocannon
 * (Node) spent a sixth of this two-core machine's CPU to drive the server, wrk (C) a fourteenth, like pgbench's own
 * client beside the baseline. The table names the generator used.
 */
export function pickLoadGenerator(): LoadGenerator {
  const probe = spawnSync('wrk', ['--version'], { encoding: 'utf8' });
  if (probe.error) return { name: 'autocannon', run: runAutocannon };
  const version = /(\d+\.\d+\.\d+)/.exec(`${probe.stdout}${probe.stderr}`)?.[1];
  return { name: `wrk ${version ?? ''}`.trim(), run: runWrk };
}

async function runAutocannon(load: LoadRun): Promise<LoadResult> {
  const result = await autocannon({
    url: load.baseUrl,
    connections: load.connections,
    duration: load.seconds,
    requests: [
      {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: load.body,
        setupRequest: (req) => ({ ...req, path: `${load.pathPrefix}${randomUUID()}` }),
      },
    ],
  });
  const failed = result.errors + result.non2xx;
  return {
    rps: (result.requests.total - failed) / load.seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed,
  };
}

// Random version-4 UUIDs in Lua (the server refuses anything else as a response id); one JSON line at the end.
const wrkScript = (bodyFile: string, prefix: string) => `
local body = io.open(${JSON.stringify(bodyFile)}):read("*a")
local prefix = ${JSON.stringify(prefix)}
local hex = "0123456789abcdef"
local function uuid()
  local t = {}
  for i = 1, 32 do local r = math.random(1, 16); t[i] = hex:sub(r, r) end
  t[13] = "4"
  local v = math.random(9, 12); t[17] = hex:sub(v, v)
  local s = table.concat(t)
  return s:sub(1, 8) .. "-" .. s:sub(9, 12) .. "-" .. s:sub(13, 16) .. "-" .. s:sub(17, 20) .. "-" .. s:sub(21, 32)
end
local threads = 0
function setup(thread) threads = threads + 1; thread:set("seed", threads) end
function init(args) math.randomseed(os.time() * 1000 + seed) end
function request()
  return wrk.format("PUT", prefix .. uuid(), { ["content-type"] = "application/json" }, body)
end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('RESULT {"requests":%d,"us":%d,"p50":%f,"p99":%f,"failed":%d}\\n',
    summary.requests, summary.duration, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.status + e.connect + e.read + e.write + e.timeout))
end
`;

async function runWrk(load: LoadRun): Promise<LoadResult> {
  const dir = mkdtempSync(join(tmpdir(), 'driehoek-wrk-'));
  try {
    const script = join(dir, 'put.lua');
    const bodyFile = join(dir, 'body.json');
    writeFileSync(script, wrkScript(bodyFile, load.pathPrefix));
    writeFileSync(bodyFile, load.body);
    const args = ['-t2', `-c${load.connections}`, `-d${load.seconds}s`, '--timeout', '10s', '-s', script, load.baseUrl];
    const out = await new Promise<string>((resolve, reject) =>
      execFile('wrk', args, (err, stdout) => (err ? reject(err) : resolve(stdout))),
    );
    const line = /RESULT (\{.*\})/.exec(out)?.[1];
    if (!line) throw new Error(`wrk printed no result:\n${out}`);
    const r = JSON.parse(line) as { requests: number; us: number; p50: number; p99: number; failed: number };
    return { rps: (r.requests - r.failed) / (r.us / 1e6), p50: r.p50, p99: r.p99, failed: r.failed };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
