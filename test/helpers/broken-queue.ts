// Dependencies whose job queue refuses every job, however it is sent: for tests that a change and
// the jobs it queues commit together or not at all (jobs.sendInTransaction).
import type { Deps } from "../../src/platform/deps.ts";

export function withRefusingQueue(deps: Deps): Deps {
  const refuse = async () => {
    throw new Error("the queue refused the job");
  };
  return {
    ...deps,
    jobs: {
      ...deps.jobs,
      send: refuse,
      sendMany: refuse,
      sendInTransaction: refuse,
      sendManyInTransaction: refuse,
    },
  };
}
