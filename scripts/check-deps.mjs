// Checks the dependency rules of .dependency-cruiser.mjs over src, client, test and bench, prints every
// broken rule with its import edges, and exits 1 on any violation. `npm run deps:check`; CI runs it
// after tsc. Why a floor of 400 modules: docs/decisions/0019-dependency-rules.md.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { cruise } from "dependency-cruiser";
import extractDepcruiseOptions from "dependency-cruiser/config-utl/extract-depcruise-options";

// dependency-cruiser silently skips every .ts file when it has no parser for them (no @swc/core,
// an unsupported TypeScript) and then reports success: a cruise this small means it saw nothing.
const MIN_MODULES = 400;
const ROOTS = ["src", "client", "test", "bench"];

process.chdir(join(dirname(fileURLToPath(import.meta.url)), ".."));
const options = await extractDepcruiseOptions("./.dependency-cruiser.mjs");
const { output: result } = await cruise(ROOTS, options);

// Our own files only: node built-ins show up as modules too.
const ours = result.modules.filter((m) => ROOTS.some((root) => m.source.startsWith(`${root}/`)));
const perRoot = ROOTS.map((root) => `${root} ${ours.filter((m) => m.source.startsWith(`${root}/`)).length}`);
const imports = ours.reduce((n, m) => n + m.dependencies.length, 0);
console.log(`dependency rules: ${ours.length} modules cruised (${perRoot.join(", ")}), ${imports} imports`);

// "(type-only)" on an edge tells the reader the fix may be moving a type, not code.
const typesOf = new Map();
for (const m of ours) {
  for (const d of m.dependencies) typesOf.set(`${m.source}\0${d.resolved}`, d.dependencyTypes);
}
const mark = (from, to, types = typesOf.get(`${from}\0${to}`)) =>
  types?.includes("type-only") ? `${to} (type-only)` : to;

const edge = (v) => {
  if (!v.cycle) return `${v.from} → ${mark(v.from, v.to)}`;
  return [v.from, ...v.cycle.map((step) => mark("", step.name, step.dependencyTypes))].join(" → ");
};

const violations = result.summary.violations;
for (const rule of options.ruleSet.forbidden) {
  const broken = violations.filter((v) => v.rule.name === rule.name);
  console.log(`\n${broken.length === 0 ? "✓" : "✗"} ${rule.name}: ${broken.length}`);
  if (broken.length === 0) continue;
  console.log(`  ${rule.comment}`);
  for (const line of broken.map(edge).sort()) console.log(`    ${line}`);
}

let failed = false;
if (violations.length > 0) {
  console.log(`\n${violations.length} dependency rule violations (rules in .dependency-cruiser.mjs).`);
  failed = true;
}
if (ours.length < MIN_MODULES) {
  console.log(
    `\nOnly ${ours.length} modules cruised (at least ${MIN_MODULES} expected): dependency-cruiser is ` +
      "probably not reading TypeScript. Check `npx depcruise --info` shows @swc/core under swc.",
  );
  failed = true;
}
if (!failed) console.log("\nNo dependency rule broken.");
process.exit(failed ? 1 : 0);
