// What every request handler can reach: the application's dependencies and the request's own state.
import type { Context } from "hono";
import type pg from "pg";
import type { Actor } from "../../modules/identity/policy.ts";
import type { Clock } from "../clock.ts";
import type { Config } from "../config.ts";
import type { Db } from "../db/database.ts";
import type { FileStore } from "../files/store.ts";
import type { Lang, T } from "../i18n/index.ts";
import type { Jobs } from "../jobs/jobs.ts";
import type { Logger } from "../logger.ts";
import type { Mailer } from "../mail/mailer.ts";
import type { RateLimits } from "../rate-limit.ts";

export type Deps = {
  config: Config;
  db: Db;
  pool: pg.Pool;
  log: Logger;
  clock: Clock;
  mailer: Mailer;
  files: FileStore;
  limits: RateLimits;
  jobs: Jobs;
};

export type Flash = { kind: "success" | "info" | "danger"; key: string };

export type AppEnv = {
  Variables: {
    deps: Deps;
    requestId: string;
    log: Logger;
    lang: Lang;
    t: T;
    actor: Actor | null;
    /** Hash of the session token, or null when signed out. */
    sessionId: string | null;
    /** The CSRF token for forms on this page (sets the anonymous cookie on first use). */
    csrfToken: () => string;
    flash: Flash | null;
    /** The network a page belongs to, shown in the header. */
    networkContext: { slug: string; name: string } | null;
  };
};

export type Ctx = Context<AppEnv>;
