// DATA_DIR holds the embedded database, mails with live sign-in and reset links, private uploads and
// the generated secret: nobody but the account running Bottega may read any of it. New files are kept
// private by the process's umask (set at start, src/cli.ts); this closes what an earlier version, or a
// copy made with another umask, left readable or writable by the group or by everyone (PGlite wrote its
// files 0666 under a umask of 0).
import { chmodSync, lstatSync, readdirSync } from "node:fs";
import path from "node:path";

/** The process-wide file creation mask: new files 0600, new directories 0700. */
export const PRIVATE_UMASK = 0o077;

const gone = (err: unknown) => (err as NodeJS.ErrnoException).code === "ENOENT";

/**
 * Makes DATA_DIR 0700 and takes every group and other permission off what is under it. Symbolic links
 * are not followed (their own mode means nothing, and their target may be outside DATA_DIR). A file that
 * disappears meanwhile (a running server's PGlite) is skipped. Returns how many entries were changed.
 */
export function restrictDataDir(dataDir: string): number {
  const root = path.resolve(dataDir);
  let changed = 0;
  const visit = (p: string) => {
    let st: ReturnType<typeof lstatSync>;
    try {
      st = lstatSync(p);
    } catch (err) {
      if (gone(err)) return;
      throw err;
    }
    if (st.isSymbolicLink()) return;
    const mode = st.mode & 0o7777;
    // Owner bits stay as they are; group and other bits, and set-id bits, go.
    const wanted = p === root ? 0o700 : mode & 0o700;
    if (mode !== wanted) {
      try {
        chmodSync(p, wanted);
        changed++;
      } catch (err) {
        if (!gone(err)) throw err;
      }
    }
    if (!st.isDirectory()) return;
    let names: string[];
    try {
      names = readdirSync(p);
    } catch (err) {
      if (gone(err)) return;
      throw err;
    }
    for (const name of names) visit(path.join(p, name));
  };
  visit(root);
  return changed;
}
