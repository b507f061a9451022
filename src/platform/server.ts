// `bottega start`: opens the database, migrates, loads demo data on a first embedded start, and
// serves HTTP (the web role). Shuts down cleanly on SIGTERM/SIGINT.
import { Server as HttpServer } from "node:http";
import * as nodeModule from "node:module";
import { serve } from "@hono/node-server";
import type { Config } from "./config.ts";
import { demoBanner, isEmpty, seedDemo } from "./demo.ts";
import type { Logger } from "./logger.ts";
import { openRuntime } from "./runtime.ts";

export const ROLES = ["web", "live", "worker"] as const;
export type Role = (typeof ROLES)[number];

/** How long an idle HTTP connection is kept open (see startServer). */
export const KEEP_ALIVE_MS = 65_000;

export async function startServer(config: Config, log: Logger, roles: Role[] = [...ROLES]) {
  const started = performance.now();
  // V8's code cache for the modules loaded from here on (most of the application), kept under the
  // OS temp directory (or NODE_COMPILE_CACHE) and keyed by content: ≈ 10–15 % off loading them on
  // the next start. Nothing depends on it; Node ignores it if the directory is unusable.
  // Node 22.1+; on an older Node (someone running `node` outside npm) start without the cache.
  nodeModule.enableCompileCache?.();
  // The application's modules (every route, view, catalogue and job definition) load while the
  // database opens: on a cold start the two take about as long as each other. Every role loads them,
  // so a worker knows every job.
  const modules = import("./http/app.tsx");
  const liveModule =
    roles.includes("web") && roles.includes("live") ? import("./realtime/live.ts") : undefined;
  // A failure to open the database is reported as such, not as an unhandled rejection of these.
  modules.catch(() => {});
  liveModule?.catch(() => {});
  // The job queue (pg-boss: its modules, its schema check, a queue per job) starts once the server
  // serves; a job sent before then waits for it. Loading demo data starts it earlier: seeding may
  // send jobs (a confirmation mail, a reminder) and must not wait for a queue that waits for it.
  let serving: () => void = () => {};
  const servingNow = new Promise<void>((resolve) => {
    serving = resolve;
  });
  const runtime = await openRuntime(config, log, {
    work: roles.includes("worker"),
    startJobsAfter: servingNow,
    deferJobs: true,
  });
  // A queue that cannot start stops the server, as it did when it started before serving.
  runtime.jobsReady.catch(async (err: unknown) => {
    log.fatal({ err }, "the job queue could not start");
    await runtime.close().catch(() => {});
    process.exit(1);
  });
  const { deps } = runtime;
  // Demo data: by default only on an empty embedded database; BOTTEGA_DEMO overrides either way.
  const wantDemo = config.demo ?? !config.databaseUrl;
  if (wantDemo && (await isEmpty(deps))) {
    await modules; // every job declared before the queue starts
    serving();
    const summary = await seedDemo(deps);
    process.stdout.write(demoBanner(summary, config.baseUrl));
  }
  const app = roles.includes("web") ? (await modules).createApp(deps) : undefined;
  const server = app ? serve({ fetch: app.fetch, port: config.port, hostname: config.host }) : undefined;
  if (server instanceof HttpServer) {
    // In production Bottega sits behind a reverse proxy (TLS ends there: docs/operations.md) that keeps
    // its connections to Bottega open between requests. Node closes an idle connection after 5 s by
    // default; a proxy that sends a request on it at that moment gets a reset and answers 502. Idle
    // connections are kept longer than common proxies keep theirs (nginx 60 s, AWS ALB 60 s).
    server.keepAliveTimeout = KEEP_ALIVE_MS;
    server.headersTimeout = KEEP_ALIVE_MS + 1_000;
  }
  await new Promise<void>((resolve, reject) => {
    if (!server) return resolve();
    server.once("listening", () => resolve());
    server.once("error", reject);
  });
  // /live shares the web server's port: WebSocket upgrades on the same HTTP server.
  const live = server && liveModule ? await (await liveModule).attachLive(server, deps) : undefined;
  // The board's message types on /live, and its hub for commands posted as forms.
  if (live) (await import("../modules/boards/live.ts")).attachBoards(live, deps);
  await modules; // a worker alone: every job is declared before the queue starts
  serving();
  log.info(
    {
      url: config.baseUrl,
      roles,
      database: config.databaseUrl ? "postgresql" : `embedded (${config.dataDir})`,
      startupMs: Math.round(performance.now() - started),
    },
    "Bottega is running",
  );
  process.stdout.write(`\nBottega is running at ${config.baseUrl}\n`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "shutting down");
    await live?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await runtime.close();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
  return { app, runtime, stop };
}
