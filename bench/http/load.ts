// One autocannon run with our own latency record: autocannon reports p50/p97.5/p99 but no p95, so
// every response time is kept and the percentiles are computed from all of them.
import { readFileSync } from "node:fs";
import autocannon from "autocannon";

export type LoadResult = {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
  /** Server CPU time (user + system) per request: stable even when other work shares the machine. */
  cpuMsPerReq: number;
};

/** CPU time a process has used so far, in ms (Linux /proc; clock ticks are 10 ms here). */
export function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function percentile(sorted: Float64Array, p: number): number {
  if (!sorted.length) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)] ?? Number.NaN;
}

export async function load(
  url: string,
  opts: { connections: number; duration: number; headers?: Record<string, string>; pid?: number },
): Promise<LoadResult> {
  let times = new Float64Array(1 << 16);
  let n = 0;
  const instance = autocannon({
    url,
    connections: opts.connections,
    duration: opts.duration,
    headers: opts.headers ?? {},
  });
  instance.on("response", (_client, _status, _bytes, ms) => {
    if (n === times.length) {
      const bigger = new Float64Array(times.length * 2);
      bigger.set(times);
      times = bigger;
    }
    times[n++] = ms;
  });
  const cpuBefore = opts.pid ? cpuMs(opts.pid) : Number.NaN;
  const result = await instance;
  const cpuAfter = opts.pid ? cpuMs(opts.pid) : Number.NaN;
  const sorted = times.slice(0, n).sort();
  return {
    rps: result.requests.average,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    cpuMsPerReq: (cpuAfter - cpuBefore) / result.requests.total,
  };
}
