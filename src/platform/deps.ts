// The application's dependencies, opened once by runtime.ts and handed to every service, job and
// route. A type of its own, below HTTP: jobs, the live server and the CLI use it with no HTTP at all.
import type pg from "pg";
import type { Clock } from "./clock.ts";
import type { Config } from "./config.ts";
import type { Db } from "./db/database.ts";
import type { FileStore } from "./files/store.ts";
import type { Jobs } from "./jobs/types.ts";
import type { Logger } from "./logger.ts";
import type { Mailer } from "./mail/mailer.ts";
import type { RateLimits } from "./rate-limit.ts";

export type Deps = {
  config: Config;
  /** Every read and every write that can change what a page shows: each write empties the render
   * cache and the memos kept until the next write (db/write-version.ts). */
  db: Db;
  /**
   * The same pool without the write-version plugin, for writes no anonymous page shows and no memo
   * depends on: rate-limit and sign-in counters, ticket redemptions, session and token touches,
   * delivery leases (and, as they come, key-value stores, view counters, playback positions). They
   * leave the render cache full. Never inside a transaction opened on `db`: it is another connection,
   * so the write would not belong to the transaction, and on the embedded database it would wait for
   * that transaction to end. Quiet writes take `deps` (never a `trx`) and are made before or after a
   * service's transaction, not in its callback.
   */
  dbQuiet: Db;
  pool: pg.Pool;
  log: Logger;
  clock: Clock;
  mailer: Mailer;
  files: FileStore;
  limits: RateLimits;
  jobs: Jobs;
};
