// `bottega start`: opens the database, migrates, loads demo data on a first embedded start, and
// runs the roles asked for (web, live, worker). Shuts down cleanly on SIGTERM/SIGINT.
import { Server as HttpServer } from "node:http";
import * as nodeModule from "node:module";
import { serve } from "@hono/node-server";
import type { Config } from "../platform/config.ts";
import type { Logger } from "../platform/logger.ts";
import { serveMetrics } from "../platform/metrics.ts";
import { loadModules } from "./catalogues.ts";
import { demoBanner, isEmpty, seedDemo } from "./demo.ts";
import { openAppRuntime } from "./runtime.ts";

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
  // The application's modules load while the database opens: on a cold start the two take about as
  // long as each other. Every role loads their catalogues and job definitions (a worker knows every
  // job); only the web role loads pages and the API, only the live role the live handlers.
  // The web role's code is imported first as one graph (app/preload.ts says why: ≈ 20 MB of idle
  // memory); the loaders below then find their modules loaded.
  const preloaded = roles.includes("web") ? import("./preload.ts") : Promise.resolve();
  const modules = loadModules(preloaded);
  const webModule = roles.includes("web") ? preloaded.then(() => import("./http.tsx")) : undefined;
  const liveModule =
    roles.includes("web") && roles.includes("live") ? preloaded.then(() => import("./live.ts")) : undefined;
  // A failure to open the database is reported as such, not as an unhandled rejection of these.
  modules.catch(() => {});
  webModule?.catch(() => {});
  liveModule?.catch(() => {});
  // The job queue (pg-boss: its modules, its schema check, a queue per job) starts once the server
  // serves; a job sent before then waits for it. Loading demo data starts it earlier: seeding may
  // send jobs (a confirmation mail, a reminder) and must not wait for a queue that waits for it.
  let serving: () => void = () => {};
  const servingNow = new Promise<void>((resolve) => {
    serving = resolve;
  });
  const runtime = await openAppRuntime(config, log, {
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
    // Demo data queues its jobs inside its transactions, which cannot wait for the queue to start.
    await runtime.jobsReady;
    const summary = await seedDemo(deps);
    process.stdout.write(demoBanner(summary, config.baseUrl));
  }
  const app = webModule ? await (await webModule).createApp(deps) : undefined;
  // Pages are served at once, but a request that may change something waits (well under a second) for
  // the job queue: it queues its jobs inside its transaction (jobs.ts sendInTransaction), and on the
  // embedded database a transaction waiting for the queue's start-up would wait for ever.
  let jobsStarted = false;
  runtime.jobsReady.then(
    () => (jobsStarted = true),
    () => {},
  );
  const fetch: NonNullable<typeof app>["fetch"] = (req, ...rest) =>
    jobsStarted || req.method === "GET" || req.method === "HEAD"
      ? app!.fetch(req, ...rest)
      : runtime.jobsReady.then(() => app!.fetch(req, ...rest));
  const server = app ? serve({ fetch, port: config.port, hostname: config.host }) : undefined;
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
  // Metrics for a Prometheus on this host, on a port of their own bound to 127.0.0.1 (metrics.ts).
  const metricsServer =
    app && config.metricsPort ? await serveMetrics(app.metrics.registry, config.metricsPort) : undefined;
  // /live shares the web server's port: WebSocket upgrades on the same HTTP server; each module adds
  // its message types (the board's, and its hub for commands posted as forms).
  const live = server && liveModule ? await (await liveModule).attachModulesLive(server, deps) : undefined;
  await modules; // a worker alone: every job is declared before the queue starts
  serving();
  log.info(
    {
      url: config.baseUrl,
      roles,
      metricsPort: metricsServer?.port,
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
    await metricsServer?.close();
    await runtime.close();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
  return { app, runtime, stop };
}
