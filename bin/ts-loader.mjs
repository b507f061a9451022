// Runs Bottega's TypeScript (.ts and .tsx) in Node without a build step: `node --import ./bin/ts-loader.mjs`.
// Why not tsx (decision 0003): tsx's hooks run on a separate loader thread, and every one of the
// ≈ 900 modules the server loads (most of them plain JavaScript in node_modules) pays a round trip
// to it: about half of the CPU of a cold start. These hooks run in the main thread
// (module.registerHooks, Node ≥ 22.15) and touch only our own files: esbuild turns each into
// JavaScript (JSX for hono/jsx, as tsconfig.json says), and the result is kept on disk by content
// hash so the next start does not transform again. Everything in node_modules loads untouched.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { enableCompileCache, registerHooks, setSourceMapsSupport } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(import.meta.dirname, "..");
const cacheDir = path.join(root, "node_modules", ".cache", "bottega-ts");
const ours = /\.(ts|tsx|mts)$/;

let esbuild; // loaded on the first cache miss only
let esbuildVersion = "";
try {
  esbuildVersion = JSON.parse(
    readFileSync(path.join(root, "node_modules/esbuild/package.json"), "utf8"),
  ).version;
} catch {
  // no esbuild on disk: the first miss will say so when it imports it
}

const OPTIONS = {
  format: "esm",
  target: "es2024",
  jsx: "automatic",
  jsxImportSource: "hono/jsx",
  sourcemap: "inline",
};

function transform(file, source) {
  const key = createHash("sha256")
    .update(`${esbuildVersion}\0${JSON.stringify(OPTIONS)}\0${file}\0`)
    .update(source)
    .digest("hex");
  const cached = path.join(cacheDir, `${key}.js`);
  try {
    return readFileSync(cached, "utf8");
  } catch {
    // not transformed yet
  }
  esbuild ??= createRequireEsbuild();
  const { code } = esbuild.transformSync(source, {
    ...OPTIONS,
    loader: file.endsWith("x") ? "tsx" : "ts",
    sourcefile: file,
  });
  try {
    mkdirSync(cacheDir, { recursive: true });
    // Written aside and renamed: a process reading the cache never sees half a file.
    const tmp = `${cached}.${process.pid}.tmp`;
    writeFileSync(tmp, code);
    renameSync(tmp, cached);
  } catch {
    // a read-only checkout still runs, it just transforms every time
  }
  return code;
}

function createRequireEsbuild() {
  // esbuild is CommonJS; its synchronous API is what a synchronous hook needs.
  return process.getBuiltinModule("node:module").createRequire(import.meta.url)("esbuild");
}

// Error stack traces point at the .ts/.tsx lines, not at the transformed code. Only our own files'
// maps: parsing every package's source map on load (what process.setSourceMapsEnabled does) costs
// ≈ 0.1 s of start-up.
setSourceMapsSupport(true, { nodeModules: false, generatedCode: false });

// V8's code cache on disk for every module from here on (ours and node_modules), keyed by content:
// a later start skips most of the compiling. Under the OS temp directory unless NODE_COMPILE_CACHE
// says otherwise; Node ignores it if the directory is unusable.
enableCompileCache?.();

registerHooks({
  load(url, context, nextLoad) {
    if (url.startsWith("file:") && ours.test(url) && !url.includes("/node_modules/")) {
      const file = fileURLToPath(url);
      return { format: "module", source: transform(file, readFileSync(file, "utf8")), shortCircuit: true };
    }
    return nextLoad(url, context);
  },
});
