// The part of autocannon's programmatic API the benchmark uses (the package ships no types).
declare module "autocannon" {
  type Options = {
    url: string;
    connections?: number;
    duration?: number;
    headers?: Record<string, string>;
    pipelining?: number;
  };
  type Histogram = { average: number; mean: number; total: number; p50: number; p99: number };
  export type Result = {
    requests: Histogram;
    latency: Histogram & { p97_5: number };
    throughput: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
    "2xx": number;
    duration: number;
  };
  type Instance = PromiseLike<Result> & {
    on(event: "response", fn: (client: unknown, status: number, bytes: number, ms: number) => void): void;
  };
  function autocannon(opts: Options): Instance;
  export default autocannon;
}
