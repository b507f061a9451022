// What sending jobs looks like to the rest of Bottega (Deps.jobs), apart from the queue itself (jobs.ts),
// so the dependencies' type does not import the job machinery that takes them.
import type { Db } from "../db/database.ts";

export type JobRef<T> = { readonly name: string; readonly __data?: T };

export type SendOptions = {
  startAfter?: Date;
  singletonKey?: string;
  /** This job's own retries, instead of its queue's (the shared event queue carries each handler's). */
  retryLimit?: number;
  retryDelaySeconds?: number;
};

/** What a batch of jobs may carry: the same for every job of the batch. */
export type BatchOptions = Pick<SendOptions, "retryLimit" | "retryDelaySeconds">;

export type Jobs = {
  /** Queues a job on its own: only for jobs that follow from no database change (else sendInTransaction). */
  send<T>(job: JobRef<T>, data: T, options?: SendOptions): Promise<string | null>;
  /** Queues many jobs of one kind in one statement, on their own (see `send`). */
  sendMany<T>(job: JobRef<T>, data: T[], options?: BatchOptions): Promise<void>;
  /** Queues a job inside `trx`, the transaction of the change it follows from: both commit, or neither. */
  sendInTransaction<T>(trx: Db, job: JobRef<T>, data: T, options?: SendOptions): Promise<string | null>;
  /** Many jobs of one kind in one statement inside `trx` (e.g. the mails of a batch of registrations). */
  sendManyInTransaction<T>(trx: Db, job: JobRef<T>, data: T[], options?: BatchOptions): Promise<void>;
  cancel(job: JobRef<unknown>, id: string): Promise<void>;
  stop(): Promise<void>;
};
