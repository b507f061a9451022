// Image pipeline benchmark (issue 13, "One image pipeline"). See README.md.
//   npm run bench:images -- [--photos 200] [--json out.json]
// 200 phone-like 12-megapixel JPEGs (made once by generate.ts, cached under .tmp/bench-images) go
// through platform/images `processImage` one at a time (concurrency 1), as uploads do: type check,
// auto-orient, metadata stripped, sRGB, ≤ 2048 px, progressive JPEG q82, 640 px thumbnail. Prints
// p50/p95/max milliseconds per photo and the process's peak RSS; the target is p95 ≤ 600 ms.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { processImage } from "../../src/platform/images/pipeline.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const { values: args } = parseArgs({
  options: { photos: { type: "string", default: "200" }, json: { type: "string" } },
});
const count = Number(args.photos);
const dir = path.join(ROOT, ".tmp", "bench-images");

process.stdout.write(`Making ${count} 4000×3000 phone photos in ${dir} (once; kept for later runs)…\n`);
execFileSync(
  process.execPath,
  ["--import", "./bin/ts-loader.mjs", "bench/images/generate.ts", dir, String(count)],
  {
    cwd: ROOT,
    stdio: "inherit",
  },
);
const files = readdirSync(dir)
  .filter((f) => /^photo-\d+\.jpg$/.test(f))
  .sort()
  .slice(0, count);

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
const rssBefore = process.memoryUsage().rss;
// One warm-up photo, not counted: loading sharp and libvips.
await processImage(readFileSync(path.join(dir, files[0]!)));
const ms: number[] = [];
let inBytes = 0;
let outBytes = 0;
for (const f of files) {
  const bytes = readFileSync(path.join(dir, f));
  const started = performance.now();
  const out = await processImage(bytes);
  ms.push(performance.now() - started);
  inBytes += bytes.byteLength;
  outBytes += out.bytes.byteLength + out.thumbnail.byteLength;
}
const sorted = [...ms].sort((a, b) => a - b);
const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
const result = {
  photos: ms.length,
  cpus: os.cpus().length,
  p50Ms: Math.round(at(0.5)),
  p95Ms: Math.round(at(0.95)),
  maxMs: Math.round(sorted.at(-1)!),
  meanInputMb: +(inBytes / ms.length / 1024 / 1024).toFixed(2),
  meanOutputKb: Math.round(outBytes / ms.length / 1024),
  rssBeforeMb: mb(rssBefore),
  // maxRSS is in kilobytes: the whole process's peak, the warm-up and sharp's native memory included.
  peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  target: "p95 ≤ 600 ms",
};
process.stdout.write(
  `\n${result.photos} photos of 12 MP, concurrency 1 (${result.cpus} CPUs):\n` +
    `  per photo  p50 ${result.p50Ms} ms   p95 ${result.p95Ms} ms   max ${result.maxMs} ms   (target p95 ≤ 600 ms: ${result.p95Ms <= 600 ? "met" : "NOT met"})\n` +
    `  in ${result.meanInputMb} MB per photo → out ${result.meanOutputKb} KB (JPEG + thumbnail)\n` +
    `  RSS before ${result.rssBeforeMb} MB, peak ${result.peakRssMb} MB\n`,
);
if (args.json) writeFileSync(args.json, JSON.stringify(result, null, 2));
