// A person's data across every module, through the hooks their manifests declare
// (platform/module.ts `personalData`): the one place "download my data" and "delete my account"
// reach. The account pages that call these are the operations work; until then tests and the
// command line do.
import type { Deps } from "../platform/deps.ts";
import type { ModuleManifest } from "../platform/module.ts";
import { MODULES } from "./modules.ts";

async function hooksOf(modules: readonly ModuleManifest[]) {
  const out = [];
  for (const m of modules) if (m.personalData) out.push({ name: m.name, hooks: await m.personalData() });
  return out;
}

/** What every module keeps about the person, keyed by module name. */
export async function exportPersonalData(
  deps: Deps,
  accountId: string,
  modules: readonly ModuleManifest[] = MODULES,
): Promise<Record<string, Record<string, unknown>>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const { name, hooks } of await hooksOf(modules)) out[name] = await hooks.export(deps, accountId);
  return out;
}

/** Erases the person's data in every module, in one transaction: all of it or none. */
export async function erasePersonalData(
  deps: Deps,
  accountId: string,
  modules: readonly ModuleManifest[] = MODULES,
): Promise<void> {
  const all = await hooksOf(modules);
  await deps.db.transaction().execute(async (trx) => {
    for (const { hooks } of all) await hooks.erase(deps, trx, accountId);
  });
}
