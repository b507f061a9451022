// The platform's runtime (database, mail, files, job queue) with every module's jobs declared before
// the queue starts: pg-boss creates a queue per declared job at start, and a job sent to a queue that
// was never created is refused. Every command, test and benchmark opens Bottega through here.
import type { Config } from "../platform/config.ts";
import type { Logger } from "../platform/logger.ts";
import { openRuntime, type Runtime, type RuntimeOptions } from "../platform/runtime.ts";
import { loadModules } from "./catalogues.ts";

export type { Runtime, RuntimeOptions };

export function openAppRuntime(config: Config, log: Logger, opts: RuntimeOptions = {}): Promise<Runtime> {
  return openRuntime(config, log, {
    ...opts,
    startJobsAfter: Promise.all([loadModules(), opts.startJobsAfter]),
  });
}
