// Static assets: Bootstrap Italia's CSS, fonts, sprite and ES-module plugins from the package itself
// (no CDN), and our own files from public/. Read once, then served from memory with long caching.
//
// Only the files listed when the application is built can be served: a request is looked up by its
// exact path in that list, so a path trick (`..`, an encoded slash, a NUL) simply names no file, and
// a miss reads nothing and remembers nothing. The memory kept is bounded by the listed files' size
// (a few megabytes), whatever strangers ask for.
import { readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { MiddlewareHandler } from "hono";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const MOUNTS: Record<string, string> = {
  "/static/bi/": path.join(ROOT, "node_modules/bootstrap-italia/dist/"),
  "/static/app/": path.join(ROOT, "public/"),
};

const TYPES: Record<string, string> = {
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".json": "application/json",
};

type Asset = { file: string; type: string; bytes?: Uint8Array };

/** Every servable file under the mounts, keyed by its URL path ("/static/app/app.css"). */
function listAssets(): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  for (const [mount, dir] of Object.entries(MOUNTS)) {
    let names: string[];
    try {
      names = readdirSync(dir, { recursive: true, encoding: "utf8" });
    } catch {
      continue; // a missing directory serves nothing rather than stopping the server
    }
    for (const name of names) {
      const type = TYPES[path.extname(name)];
      if (!type) continue;
      const rel = name.split(path.sep).join("/");
      assets.set(mount + rel, { file: path.join(dir, name), type });
    }
  }
  return assets;
}

/** The URL path decoded, or undefined when its escapes are malformed (`%E0%A4%A`): a 404, not a 500. */
function decodePath(p: string): string | undefined {
  try {
    return decodeURIComponent(p);
  } catch {
    return undefined;
  }
}

export function staticFiles(): MiddlewareHandler {
  const assets = listAssets();
  const mounts = Object.keys(MOUNTS);
  return async (c, next) => {
    const p = c.req.path;
    if (!mounts.some((m) => p.startsWith(m))) return next();
    const key = decodePath(p);
    const asset = key === undefined ? undefined : assets.get(key);
    if (!asset) return c.notFound();
    if (!asset.bytes) {
      // A listed file that has since disappeared is a 404 and stays unread until asked again.
      const bytes = await readFile(asset.file).catch(() => undefined);
      if (!bytes) return c.notFound();
      asset.bytes = bytes;
    }
    c.header("Content-Type", asset.type);
    c.header("Cache-Control", "public, max-age=86400");
    return c.body(asset.bytes as Uint8Array<ArrayBuffer>);
  };
}
