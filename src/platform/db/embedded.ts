// The embedded database: PGlite in DATA_DIR/pg, served over a private Unix socket so the app,
// pg-boss and CLI commands all use the one `pg` driver, exactly as on PostgreSQL.
// PGlite belongs to one process: a lock file in DATA_DIR says which, and where its socket is.
import { createHash } from "node:crypto";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { DataDirLockedError, type LockInfo } from "./data-dir-lock.ts";
import { keepSequencesTogether } from "./pglite-socket-fix.ts";

export { DataDirLockedError, type LockInfo } from "./data-dir-lock.ts";

const lockFile = (dataDir: string) => path.join(dataDir, "bottega.lock");

/** A short socket directory: Unix socket paths longer than ~107 bytes fail with EINVAL. */
export function socketDirFor(dataDir: string): string {
  const hash = createHash("sha256").update(path.resolve(dataDir)).digest("hex").slice(0, 12);
  return path.join(os.tmpdir(), `bottega-${hash}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Who holds the data directory now, if anyone alive does. */
export function readLock(dataDir: string): LockInfo | undefined {
  try {
    const info = JSON.parse(readFileSync(lockFile(dataDir), "utf8")) as LockInfo;
    return isAlive(info.pid) ? info : undefined;
  } catch {
    return undefined;
  }
}

function acquireLock(dataDir: string, socketDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = lockFile(dataDir);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, "wx");
      const info: LockInfo = { pid: process.pid, socketDir, startedAt: new Date().toISOString() };
      writeSync(fd, JSON.stringify(info));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const owner = readLock(dataDir);
      if (owner) throw new DataDirLockedError(dataDir, owner);
      // The owner died (kill -9): its lock and socket file are stale.
      rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not lock ${dataDir}`);
}

export type Embedded = {
  /** Directory holding the socket; give it to `pg` as `host`. */
  socketDir: string;
  pglite: PGlite;
  close(): Promise<void>;
};

export async function openEmbedded(dataDir: string, maxConnections = 24): Promise<Embedded> {
  const socketDir = socketDirFor(dataDir);
  const release = acquireLock(dataDir, socketDir);
  try {
    mkdirSync(socketDir, { recursive: true, mode: 0o700 });
    const socketPath = path.join(socketDir, ".s.PGSQL.5432");
    // We hold the lock, so a socket file left here belongs to a dead process.
    if (existsSync(socketPath)) rmSync(socketPath, { force: true });
    const pglite = await PGlite.create({
      dataDir: path.join(dataDir, "pg"),
      extensions: { pg_trgm, unaccent },
    });
    const server = new PGLiteSocketServer({ db: pglite, path: socketPath, maxConnections });
    keepSequencesTogether(server);
    await server.start();
    return {
      socketDir,
      pglite,
      async close() {
        await server.stop();
        await pglite.close();
        rmSync(socketPath, { force: true });
        release();
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}
