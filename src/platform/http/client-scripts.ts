// Browser scripts written in TypeScript: each `client/<name>/main.ts` is bundled by esbuild (one
// file, minified, no source map) when the web app is made, and served from memory under a name
// that carries its content hash (`/static/client/<name>.<hash>.js`, cached for a year) — inside the
// CSP's `script-src 'self'`, and a new version is never mixed with an old page's cached script.
// The bundle is kept on disk by content, as bin/ts-loader.mjs keeps its output: a start whose inputs
// have not changed reads it back and does not load esbuild at all. Nothing is committed.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { MiddlewareHandler } from "hono";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const CLIENT = path.join(ROOT, "client");
const CACHE = path.join(ROOT, "node_modules", ".cache", "bottega-client");
const PREFIX = "/static/client/";
const SELF = "src/platform/http/client-scripts.ts";

type Bundle = { url: string; bytes: Uint8Array };
/** What the cache keeps beside a bundle: every input's content hash, to tell whether it is current. */
type CacheRecord = { inputs: Record<string, string>; hash: string };

const bundles = new Map<string, Bundle>();
/** The same bundles by the URL they are served at: a request is one lookup. */
const byUrl = new Map<string, Bundle>();
let building: Promise<void> | undefined;

const sha = (bytes: Uint8Array | string) => createHash("sha256").update(bytes).digest("hex");

function esbuildVersion(): string {
  try {
    return JSON.parse(readFileSync(path.join(ROOT, "node_modules/esbuild/package.json"), "utf8")).version;
  } catch {
    return "";
  }
}

/** The cached bundle of `name`, if every file it was built from is unchanged. */
function cached(name: string, version: string): Bundle | undefined {
  try {
    const rec = JSON.parse(readFileSync(path.join(CACHE, `${name}.json`), "utf8")) as CacheRecord;
    if (rec.inputs["esbuild@"] !== version) return undefined;
    for (const [file, hash] of Object.entries(rec.inputs)) {
      if (file !== "esbuild@" && sha(readFileSync(path.join(ROOT, file))) !== hash) return undefined;
    }
    const bytes = readFileSync(path.join(CACHE, `${name}.${rec.hash}.js`));
    return { url: `${PREFIX}${name}.${rec.hash}.js`, bytes };
  } catch {
    return undefined;
  }
}

/**
 * Components shared with the server (boards/views/shared) import `hono/jsx` (`memo`, types): in the
 * browser that is `hono/jsx/dom`, which has the same API, so the server's string renderer (≈ 13 KB)
 * is not bundled beside it.
 */
const browserJsx = {
  name: "hono-jsx-dom",
  setup(build: import("esbuild").PluginBuild) {
    build.onResolve({ filter: /^hono\/jsx$/ }, (args) =>
      build.resolve("hono/jsx/dom", { kind: args.kind, resolveDir: args.resolveDir }),
    );
  },
};

async function bundle(name: string, version: string): Promise<Bundle> {
  const esbuild = await import("esbuild");
  const result = await esbuild.build({
    entryPoints: [path.join(CLIENT, name, "main.ts")],
    absWorkingDir: ROOT,
    bundle: true,
    format: "iife",
    target: "es2022",
    minify: true,
    legalComments: "none",
    write: false,
    metafile: true,
    jsx: "automatic",
    jsxImportSource: "hono/jsx/dom",
    plugins: [browserJsx],
    logLevel: "silent",
  });
  const bytes = result.outputFiles[0]?.contents;
  if (!bytes) throw new Error(`client/${name}: esbuild produced no output`);
  const hash = sha(bytes).slice(0, 16);
  // This file too: how the bundle is made (esbuild's options, the plugin) is one of its inputs.
  const inputs: Record<string, string> = {
    "esbuild@": version,
    [SELF]: sha(readFileSync(path.join(ROOT, SELF))),
  };
  for (const file of Object.keys(result.metafile.inputs))
    inputs[file] = sha(readFileSync(path.join(ROOT, file)));
  try {
    mkdirSync(CACHE, { recursive: true });
    // Written aside and renamed: another process reading the cache never sees half a file.
    const tmp = path.join(CACHE, `${name}.${process.pid}.tmp`);
    writeFileSync(tmp, bytes);
    renameSync(tmp, path.join(CACHE, `${name}.${hash}.js`));
    writeFileSync(tmp, JSON.stringify({ inputs, hash } satisfies CacheRecord));
    renameSync(tmp, path.join(CACHE, `${name}.json`));
  } catch {
    // a read-only checkout still runs: it bundles at every start
  }
  return { url: `${PREFIX}${name}.${hash}.js`, bytes };
}

/** Bundles every `client/<name>/main.ts` (or reads it from the cache), once per process. */
export function buildClientScripts(): Promise<void> {
  building ??= (async () => {
    let names: string[] = [];
    try {
      names = readdirSync(CLIENT).filter((n) =>
        statSync(path.join(CLIENT, n, "main.ts"), { throwIfNoEntry: false }),
      );
    } catch {
      return; // no client/ folder: no scripts
    }
    const version = esbuildVersion();
    await Promise.all(
      names.map(async (name) => {
        const b = cached(name, version) ?? (await bundle(name, version));
        bundles.set(name, b);
        byUrl.set(b.url, b);
      }),
    );
  })();
  return building;
}

/** The URL of client script `name` (`client/<name>/main.ts`); the scripts must have been built. */
export function clientScript(name: string): string {
  const b = bundles.get(name);
  if (!b) throw new Error(`client script "${name}" is not built (buildClientScripts)`);
  return b.url;
}

/** Serves the bundles under their hashed names; anything else under the prefix is a 404. */
export function clientScriptFiles(): MiddlewareHandler {
  return async (c, next) => {
    const p = c.req.path;
    if (!p.startsWith(PREFIX)) return next();
    const b = byUrl.get(p);
    if (!b) return c.notFound();
    c.header("Content-Type", "text/javascript; charset=utf-8");
    c.header("Cache-Control", "public, max-age=31536000, immutable");
    return c.body(b.bytes as Uint8Array<ArrayBuffer>);
  };
}
