// Runs Bottega's TypeScript (.ts and .tsx) in Node without a build step: `node --import ./bin/ts-loader.mjs`.
// Why not tsx (decision 0003): tsx's hooks run on a separate loader thread, and every one of the
// ≈ 900 modules the server loads (most of them plain JavaScript in node_modules) pays a round trip
// to it: about half of the CPU of a cold start. These hooks run in the main thread
// (module.registerHooks, Node ≥ 22.15) and touch only our own files: esbuild turns each into
// JavaScript (JSX for hono/jsx, as tsconfig.json says), and the result is kept on disk by content
// hash so the next start does not transform again. Everything in node_modules loads untouched.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
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
  // Stack traces need only the mappings; the original text in every map doubled what V8 keeps of
  // each module (≈ 12 MB of idle memory). Debuggers read the .ts file itself.
  sourcesContent: false,
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

const packages = new Map();

registerHooks({
  // A relative import of one of our .ts/.tsx files from another is the file next to it: resolved
  // here, without Node's general resolver, which for every (specifier, importer) pair resolves the
  // real path and reads the nearest package.json again (≈ 25 MB of garbage over a start-up's ≈ 6,000
  // imports, and a larger young generation that V8 keeps while idle). Anything else — packages,
  // files that are not there (so the error is Node's own) — goes to Node.
  resolve(specifier, context, nextResolve) {
    const parent = context.parentURL;
    const ourParent = parent?.startsWith("file:") && ours.test(parent) && !parent.includes("/node_modules/");
    if (ourParent && (specifier.startsWith("./") || specifier.startsWith("../")) && ours.test(specifier)) {
      const url = new URL(specifier, parent);
      if (statSync(url, { throwIfNoEntry: false })?.isFile())
        return { url: url.href, format: "module", shortCircuit: true };
    }
    // A package imported from our files resolves the same from all of them (one node_modules):
    // resolved once per specifier, not once per importing file.
    if (ourParent && !specifier.startsWith(".") && !specifier.includes(":")) {
      const key = `${specifier}\0${context.conditions}\0${JSON.stringify(context.importAttributes)}`;
      const hit = packages.get(key) ?? { ...nextResolve(specifier, context), shortCircuit: true };
      packages.set(key, hit);
      return hit;
    }
    return nextResolve(specifier, context);
  },
  load(url, context, nextLoad) {
    if (url.startsWith("file:") && ours.test(url) && !url.includes("/node_modules/")) {
      const file = fileURLToPath(url);
      return { format: "module", source: transform(file, readFileSync(file, "utf8")), shortCircuit: true };
    }
    return nextLoad(url, context);
  },
});
