// `bottega start`: opens the database, migrates, loads demo data on a first embedded start, and
// serves HTTP (the web role). Shuts down cleanly on SIGTERM/SIGINT.
import { serve } from "@hono/node-server";
import type { Config } from "./config.ts";
import { demoBanner, isEmpty, seedDemo } from "./demo.ts";
import { createApp } from "./http/app.tsx";
import type { Logger } from "./logger.ts";
import { attachLive } from "./realtime/live.ts";
import { openRuntime } from "./runtime.ts";

export const ROLES = ["web", "live", "worker"] as const;
export type Role = (typeof ROLES)[number];

export async function startServer(config: Config, log: Logger, roles: Role[] = [...ROLES]) {
  const started = performance.now();
  const runtime = await openRuntime(config, log, { work: roles.includes("worker") });
  const { deps } = runtime;
  // Demo data: by default only on an empty embedded database; BOTTEGA_DEMO overrides either way.
  const wantDemo = config.demo ?? !config.databaseUrl;
  if (wantDemo && (await isEmpty(deps))) {
    const summary = await seedDemo(deps);
    process.stdout.write(demoBanner(summary, config.baseUrl));
  }
  const app = createApp(deps);
  const server = roles.includes("web")
    ? serve({ fetch: app.fetch, port: config.port, hostname: config.host })
    : undefined;
  await new Promise<void>((resolve, reject) => {
    if (!server) return resolve();
    server.once("listening", () => resolve());
    server.once("error", reject);
  });
  // /live shares the web server's port: WebSocket upgrades on the same HTTP server.
  const live = server && roles.includes("live") ? await attachLive(server, deps) : undefined;
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
