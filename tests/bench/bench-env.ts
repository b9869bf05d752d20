import { execFileSync } from 'node:child_process';

/** The one place the bench reads the environment. */
export const benchEnv = {
  /** A PostgreSQL server to measure against; defaults to the machine's. */
  databaseUrl: process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres',
  /** Seconds per load run; short runs are noisier. */
  seconds: Number(process.env.BENCH_SECONDS || 8),
  only: process.env.BENCH_ONLY?.split(',').filter(Boolean),
};

export function machineDescription(): string {
  const cpu = execFileSync('sh', ['-c', "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"]).toString().trim();
  const cores = execFileSync('nproc').toString().trim();
  const mem = execFileSync('sh', ['-c', "free -g | awk '/Mem:/ {print $2}'"]).toString().trim();
  return `${cpu || 'unknown CPU'}, ${cores} cores, ${mem} GiB, Node ${process.version}`;
}
