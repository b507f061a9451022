// The dependency rules of ARCHITECTURE.md ("Layout"), checked in CI by scripts/check-deps.mjs:
// the platform imports no module, modules meet each other only through their index.ts, only the
// composition root (src/app, and src/cli.ts beside it) reaches into a module, and nothing in src
// imports in a circle. Why swc and the module floor: docs/decisions/0019-dependency-rules.md.
//
// A "module" is the FIRST folder under src/modules: src/modules/practices/views/list.tsx belongs to
// practices, and a future src/modules/publications/news/ or src/modules/communication/channels/ is
// part of publications or communication, so it may import anything of its own module and only the
// index.ts of another. Tests follow the same rules as the code: src/**/*.test.ts by where they sit,
// test/** as code outside every module. bench/ is cruised (it counts towards the floor) but no rule
// looks at what it imports.

// Code that may import anything in src: the composition root and the command line beside it.
const compositionRoot = ["^src/app/", "^src/cli\\.ts$"];
// Tests, and the set-up a feature's split test files share beside them (foo.test-kit.ts).
const tests = "\\.test(-kit)?\\.tsx?$";

/** @type {import("dependency-cruiser").IConfiguration} */
export default {
  forbidden: [
    {
      name: "platform-imports-no-module",
      comment:
        "src/platform is what every module stands on: it may not import a module, nor the composition " +
        "root that names them (src/app, src/cli.ts). A hook the platform needs is a type in src/platform " +
        "that src/app fills in.",
      severity: "error",
      from: { path: "^src/platform/" },
      to: { path: ["^src/modules/", ...compositionRoot] },
    },
    {
      name: "modules-meet-through-index",
      comment:
        "Module A may import module B only through src/modules/B/index.ts (its manifest and the verbs it " +
        "offers), never B's repos, services or views. $1 is A, the first folder under src/modules.",
      severity: "error",
      from: { path: "^src/modules/([^/]+)/" },
      to: { path: "^src/modules/", pathNot: ["^src/modules/$1/", "^src/modules/[^/]+/index\\.ts$"] },
    },
    {
      name: "outside-code-uses-module-index",
      comment:
        "Outside src/modules, only the composition root (src/app, src/cli.ts) may import a module's files " +
        "other than its index.ts: test/** and anything else goes through index.ts. src/platform is left " +
        "to platform-imports-no-module (it may not import a module at all), client/ to its own rule; " +
        "bench/ is outside the rules.",
      severity: "error",
      from: { pathNot: ["^src/modules/", "^src/platform/", ...compositionRoot, "^bench/", "^client/"] },
      to: { path: "^src/modules/[^/]+/", pathNot: "^src/modules/[^/]+/index\\.ts$" },
    },
    {
      name: "modules-do-not-import-the-composition-root",
      comment:
        "src/app names every module, so a module's code importing it would depend on all the others " +
        "(and make a circle). A module's tests may build the whole app from src/app.",
      severity: "error",
      from: { path: "^src/modules/", pathNot: tests },
      to: { path: compositionRoot },
    },
    {
      name: "client-board-imports-only-views-and-protocol",
      comment:
        "The board's browser script (client/board, bundled for the browser) may import its own files, " +
        "boards' shared views and the protocol's types (rules.model.ts), and hono's browser JSX; never " +
        "the database, the platform's server code or node:* (it would not run, or would bundle the server).",
      severity: "error",
      from: { path: "^client/board/" },
      to: {
        pathNot: [
          "^client/board/",
          "^src/modules/boards/views/shared/",
          "^src/modules/boards/rules\\.model\\.ts$",
          "^node_modules/hono/",
        ],
      },
    },
    {
      name: "test-code-stays-in-tests",
      comment:
        "Code under src may not import from test/; tests beside the code may import test/helpers/** " +
        "only (not test/e2e, fixtures or other tests).",
      severity: "error",
      from: { path: "^src/" },
      to: { path: "^test/", pathNot: "^test/helpers/" },
    },
    {
      name: "test-helpers-only-from-tests",
      comment: "test/helpers/** are for tests: application code under src may not import them.",
      severity: "error",
      from: { path: "^src/", pathNot: tests },
      to: { path: "^test/helpers/" },
    },
    {
      name: "conformance-client-reads-only-the-documents",
      comment:
        "test/conformance is a client written from docs/api-clients.md, live-protocol.md and " +
        "board-protocol.md alone (decision 0044): it reaches Bottega over HTTP and WebSocket, so it may " +
        "import neither src nor the test helpers (which import src).",
      severity: "error",
      from: { path: "^test/conformance/" },
      to: { path: ["^src/", "^test/helpers/", "^client/"] },
    },
    {
      name: "no-circular",
      comment:
        "No import circles anywhere in src, counting type-only imports (tsPreCompilationDeps): a circle " +
        "of types today is a circle of values tomorrow, and it blurs which side owns the contract. " +
        "Dynamic imports count too (a manifest's loaders): only src/app imports a manifest.",
      severity: "error",
      from: { path: "^src/" },
      to: { circular: true },
    },
    {
      name: "not-to-unresolvable",
      comment:
        "An import that cannot be resolved escapes every rule above (and fails at run time): it is an " +
        "error too, so a resolver that loses its way cannot make the check pass.",
      severity: "error",
      from: { path: "^(src|test|bench)/" },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // TypeScript 7.0 ships no compiler API, so without swc dependency-cruiser parses nothing of a .ts
    // file and reports success; scripts/check-deps.mjs also refuses a cruise of fewer than 400 modules.
    parser: "swc",
    // Keep imports that vanish when compiling (import type, type-only re-exports): they are
    // dependencies too, and they count for every rule above, circles included.
    tsPreCompilationDeps: true,
    // Read for resolution settings (paths, baseUrl: none today). Imports carry explicit .ts/.tsx
    // extensions, so the resolver needs nothing more from it.
    tsConfig: { fileName: "tsconfig.json" },
    doNotFollow: { path: "node_modules" },
    exclude: { path: ["(^|/)node_modules/", "^bench/results/", "^\\.tmp/"] },
    moduleSystems: ["es6", "cjs"],
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      mainFields: ["module", "main", "types", "typings"],
      extensions: [".ts", ".tsx", ".d.ts", ".js", ".mjs", ".cjs", ".json"],
    },
    skipAnalysisNotInRules: true,
  },
};
