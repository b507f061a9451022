// The embedded database: PGlite in DATA_DIR/pg, served over a private Unix socket so the app,
// pg-boss and CLI commands all use the one `pg` driver, exactly as on PostgreSQL.
// PGlite belongs to one process: a lock file in DATA_DIR says which, and where its socket is
// (data-dir-lock.ts).
import { createHash } from "node:crypto";
import { chmodSync, existsSync, lstatSync, mkdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { acquireLock } from "./data-dir-lock.ts";
import { keepFilesPrivate } from "./pglite-file-modes.ts";
import { keepSequencesTogether } from "./pglite-socket-fix.ts";

export { DataDirLockedError, type LockInfo, readLock } from "./data-dir-lock.ts";

/** A short socket directory: Unix socket paths longer than ~107 bytes fail with EINVAL. */
export function socketDirFor(dataDir: string): string {
  const hash = createHash("sha256").update(path.resolve(dataDir)).digest("hex").slice(0, 12);
  return path.join(os.tmpdir(), `bottega-${hash}`);
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
    // The socket directory is in the shared temp directory: another user may have made it first, to
    // listen in our place or to read what goes through it. It must be ours and closed to others.
    const st = lstatSync(socketDir);
    if (!st.isDirectory() || (process.getuid && st.uid !== process.getuid()))
      throw new Error(`${socketDir} is not a directory of this user: remove it and start again.`);
    chmodSync(socketDir, 0o700);
    const socketPath = path.join(socketDir, ".s.PGSQL.5432");
    // We hold the lock, so a socket file left here belongs to a dead process.
    if (existsSync(socketPath)) rmSync(socketPath, { force: true });
    keepFilesPrivate(path.join(dataDir, "pg"));
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
