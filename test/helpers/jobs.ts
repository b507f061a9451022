// Waiting for the job queue to be idle: mail leaves from event handlers and the jobs they queue, after
// the answer, so a test that reads the mail a request caused first waits until no job that is due
// is still waiting or running (jobs scheduled for later, such as reminders, do not count).
import type { Deps } from "../../src/platform/deps.ts";

export async function jobsSettled(t: { deps: Deps }, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    const { rows } = await t.deps.pool.query<{ n: number }>(
      `select count(*)::int as n from pgboss.job
        where state in ('created', 'retry', 'active') and start_after <= now()`,
    );
    if (rows[0]!.n === 0) return;
    if (Date.now() > end) throw new Error(`${rows[0]!.n} jobs still due after ${ms} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
