// What the embedded database's directory lock tells other processes. Kept apart from embedded.ts so
// that the CLI can recognise the error without loading PGlite (on PostgreSQL it is never needed).

export type LockInfo = { pid: number; socketDir: string; startedAt: string };

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: LockInfo,
  ) {
    super(
      `The data directory ${dataDir} is in use by another Bottega process (pid ${owner.pid}, since ${owner.startedAt}). ` +
        "Stop that server first, or point DATA_DIR somewhere else. CLI commands (npx bottega …) work while it runs.",
    );
  }
}
