// Mail queued inside a transaction and sent by the worker: `queueMails(deps, trx, mails)`. An event
// handler composes its mails from what it reads, then queues them in the transaction that records
// its receipt (events.ts), so the mails are queued once however often the event is delivered, and
// each mail is its own job: the mail server refusing one retries that one, not its batch-mates.
// A queued mail holds an address and often a one-time link, and waits in the job table until it is
// sent (and for pg-boss's retention after): it is stored sealed (crypto/sealed.ts, purpose "mail"),
// never readable there.
import { type SealKeys, seal, unseal } from "../crypto/sealed.ts";
import type { Db } from "../db/database.ts";
import type { Deps } from "../deps.ts";
import { defineJob } from "../jobs/jobs.ts";
import type { Mail } from "./mailer.ts";

type Stored = Omit<Mail, "attachments"> & {
  attachments?: { filename: string; content: string; base64?: true; contentType?: string }[];
};

function sealMail(keys: SealKeys, mail: Mail): { sealed: string } {
  const stored: Stored = {
    ...mail,
    attachments: mail.attachments?.map((a) =>
      typeof a.content === "string"
        ? { ...a, content: a.content }
        : { ...a, content: a.content.toString("base64"), base64: true },
    ),
  };
  if (!stored.attachments) delete stored.attachments;
  return { sealed: seal(keys, "mail", JSON.stringify(stored)) };
}

export function unsealMail(keys: SealKeys, data: { sealed: string }): Mail {
  const stored = JSON.parse(unseal(keys, "mail", data.sealed)) as Stored;
  return {
    ...stored,
    attachments: stored.attachments?.map(({ base64, ...a }) =>
      base64 ? { ...a, content: Buffer.from(a.content, "base64") } : a,
    ),
  };
}

/** One mail; a failure to send throws, so pg-boss retries it with backoff. */
export const mailJob = defineJob<{ sealed: string }>(
  "mail.send",
  async (deps, data) => {
    const mail = unsealMail(deps.config, data);
    if (!mail.attachments) delete mail.attachments;
    await deps.mailer.send(mail);
  },
  { retryLimit: 5, retryDelaySeconds: 30 },
);

/** Queues `mails` inside `trx` (the receipt's transaction): sent once it commits, by the worker. */
export async function queueMails(deps: Pick<Deps, "jobs" | "config">, trx: Db, mails: Mail[]): Promise<void> {
  await deps.jobs.sendManyInTransaction(
    trx,
    mailJob,
    mails.map((m) => sealMail(deps.config, m)),
  );
}
