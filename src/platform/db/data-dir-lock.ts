// The embedded database's directory lock: which process owns DATA_DIR, and where its socket is. Kept
// apart from embedded.ts so that the CLI can recognise the error (and tests can take the lock) without
// loading PGlite (on PostgreSQL it is never needed).
//
// A lock names a process by its pid AND its start time (and the boot it was started in): a pid alone is
// reused. A container restarted after `kill -9` runs its server as PID 1 again, so a lock naming PID 1
// (or this very process's pid) says nothing about whether its writer still lives; only a process with
// that pid that started at the recorded moment is the writer. No native addon is needed: Linux tells a
// process's start time in /proc/<pid>/stat. Without /proc (macOS, Windows) we fall back to pid liveness.
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import path from "node:path";

export type LockInfo = {
  pid: number;
  socketDir: string;
  startedAt: string;
  /** The owner's start time in clock ticks since boot (field 22 of /proc/<pid>/stat), on Linux. */
  procStart?: string;
  /** The kernel's boot id when the lock was written, on Linux: after a reboot every pid is new. */
  bootId?: string;
};

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

const lockFile = (dataDir: string) => path.join(dataDir, "bottega.lock");

/** Data directories this process holds: the only way our own pid can name a live owner. */
const heldHere = new Set<string>();

/** A process's start time (ticks since boot) from /proc, or undefined where there is no /proc. */
export function processStartTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) is in parentheses and may itself hold spaces and parentheses: the
    // fields after the last ")" start at field 3, so field 22 is the 20th of them.
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
  } catch {
    return undefined;
  }
}

function bootId(): string | undefined {
  try {
    return readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim() || undefined;
  } catch {
    return undefined;
  }
}

function pidExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Whether the process that wrote `info` is still running (see the comment at the top). */
export function isLive(dataDir: string, info: LockInfo): boolean {
  if (!Number.isInteger(info.pid) || info.pid <= 0) return false;
  // Our own pid: only this process can be that owner, and it knows whether it took the lock. A lock
  // naming our pid that we did not take was left by an earlier process (a restarted container).
  if (info.pid === process.pid) return heldHere.has(path.resolve(dataDir));
  const boot = bootId();
  if (info.bootId && boot && info.bootId !== boot) return false;
  if (!pidExists(info.pid)) return false;
  const now = processStartTime(info.pid);
  // The pid exists: it is the owner only if it started when the owner did. Without the start time on
  // either side (no /proc, or a lock from an older version) the pid's existence is all we know.
  if (info.procStart && now) return info.procStart === now;
  return true;
}

/** Who holds the data directory now, if anyone alive does. */
export function readLock(dataDir: string): LockInfo | undefined {
  try {
    const info = JSON.parse(readFileSync(lockFile(dataDir), "utf8")) as LockInfo;
    return isLive(dataDir, info) ? info : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes the data directory for this process, or throws DataDirLockedError naming its live owner. A
 * lock whose owner is gone (kill -9, a restarted container) is replaced. Returns the release function.
 */
export function acquireLock(dataDir: string, socketDir: string): () => void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = lockFile(dataDir);
  const key = path.resolve(dataDir);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, "wx", 0o600);
      const info: LockInfo = {
        pid: process.pid,
        socketDir,
        startedAt: new Date().toISOString(),
        procStart: processStartTime(process.pid),
        bootId: bootId(),
      };
      writeSync(fd, JSON.stringify(info));
      closeSync(fd);
      heldHere.add(key);
      return () => {
        heldHere.delete(key);
        rmSync(file, { force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const owner = readLock(dataDir);
      if (owner) throw new DataDirLockedError(dataDir, owner);
      // The owner is gone: its lock (and its socket file, removed by the caller) are stale.
      rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not lock ${dataDir}`);
}
