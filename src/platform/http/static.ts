// Static assets: Bootstrap Italia's CSS, fonts, sprite and ES-module plugins from the package itself
// (no CDN), and our own files from public/. Read once, then served from memory with long caching.
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

const cache = new Map<string, Uint8Array | null>();

export function staticFiles(): MiddlewareHandler {
  return async (c, next) => {
    const p = c.req.path;
    const mount = Object.keys(MOUNTS).find((m) => p.startsWith(m));
    if (!mount) return next();
    const rel = decodeURIComponent(p.slice(mount.length));
    const type = TYPES[path.extname(rel)];
    if (!type || rel.includes("..") || rel.includes("\0")) return c.notFound();
    const file = path.join(MOUNTS[mount]!, rel);
    let bytes = cache.get(file);
    if (bytes === undefined) {
      bytes = await readFile(file).catch(() => null);
      cache.set(file, bytes);
    }
    if (!bytes) return c.notFound();
    c.header("Content-Type", type);
    c.header("Cache-Control", "public, max-age=86400");
    return c.body(bytes as Uint8Array<ArrayBuffer>);
  };
}
