// Demo data across modules: each manifest's seed, in the order of app/modules.ts, on an empty
// database (by default only the embedded one: server.ts).
import { hasAccounts } from "../modules/identity/index.ts";
import type { Deps } from "../platform/deps.ts";
import type { DemoAccounts } from "../platform/module.ts";
import { loadModules } from "./catalogues.ts";
import { MODULES } from "./modules.ts";

export async function isEmpty(deps: Deps): Promise<boolean> {
  return !(await hasAccounts(deps));
}

export async function seedDemo(deps: Deps): Promise<DemoAccounts> {
  await loadModules();
  const seeds = await Promise.all(MODULES.map((m) => m.demo?.()));
  const summary: DemoAccounts = { password: "", accounts: [] };
  for (const seed of seeds) {
    const accounts = await seed?.(deps);
    if (accounts) {
      summary.password = accounts.password;
      summary.accounts.push(...accounts.accounts);
    }
  }
  return summary;
}

export function demoBanner(summary: DemoAccounts, baseUrl: string): string {
  const width = Math.max(...summary.accounts.map((a) => a.email.length));
  const lines = summary.accounts.map((a) => `  ${a.email.padEnd(width)}  ${a.roles}`);
  return [
    "",
    `Demo data loaded. Sign in at ${baseUrl}/sign-in with any of these accounts,`,
    `all with the password: ${summary.password}`,
    ...lines,
    "",
  ].join("\n");
}
