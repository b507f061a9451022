// PGlite (PostgreSQL compiled to WebAssembly, its files through Emscripten's NODEFS) creates each file
// and then sets its mode with `fs.chmodSync(path, 0o666)`: a chmod is not subject to the umask, so the
// process's umask 077 (src/cli.ts) leaves the database world-writable. The security audit found 968 of
// 1,365 files 0666. PGlite offers no option for the mode, so the Node `fs.chmodSync` it calls (looked
// up on the `node:fs` module object at each call) takes group and other bits off any mode set inside an
// embedded data directory. Real PostgreSQL creates its files 0600 itself.
import fs from "node:fs";
import path from "node:path";

const PRIVATE = ~0o077;
const dirs = new Set<string>();
let installed = false;

const inside = (p: unknown) => {
  if (typeof p !== "string" && !(p instanceof URL) && !Buffer.isBuffer(p)) return false;
  const file = path.resolve(p instanceof URL ? p.pathname : p.toString());
  for (const d of dirs) if (file === d || file.startsWith(d + path.sep)) return true;
  return false;
};

/** From now on, modes PGlite sets on files under `dataDir` keep to the owner. */
export function keepFilesPrivate(dataDir: string): void {
  dirs.add(path.resolve(dataDir));
  if (installed) return;
  installed = true;
  const chmodSync = fs.chmodSync;
  fs.chmodSync = ((p: fs.PathLike, mode: fs.Mode) =>
    chmodSync(p, inside(p) && typeof mode === "number" ? mode & PRIVATE : mode)) as typeof fs.chmodSync;
}
