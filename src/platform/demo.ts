// Demo data across modules. Each module adds its own seeder here as it lands.

import { seedBoardsDemo } from "../modules/boards/demo.ts";
import { seedOutcomesDemo } from "../modules/boards/outcomes.demo.ts";
import { seedTemplatesDemo } from "../modules/boards/templates.demo.ts";
import { seedConferencesDemo } from "../modules/conferences/demo.ts";
import { seedFundingDemo } from "../modules/funding/demo.ts";
import { countAccounts } from "../modules/identity/accounts.repo.ts";
import { type DemoSummary, seedIdentityDemo } from "../modules/identity/demo.ts";
import { seedLabsDemo } from "../modules/labs/demo.ts";
import { seedLabMaterialsDemo } from "../modules/labs/materials.demo.ts";
import { seedPracticesDemo } from "../modules/practices/demo.ts";
import { seedWorkflowDemo } from "../modules/practices/submissions.demo.ts";
import type { Deps } from "./http/context.ts";

export async function isEmpty(deps: Deps): Promise<boolean> {
  return (await countAccounts(deps.db)) === 0;
}

export async function seedDemo(deps: Deps): Promise<DemoSummary> {
  const summary = await seedIdentityDemo(deps);
  await seedLabsDemo(deps);
  await seedLabMaterialsDemo(deps);
  await seedPracticesDemo(deps);
  await seedWorkflowDemo(deps);
  // After the catalogue's demo (the calls link to its practices).
  await seedFundingDemo(deps);
  await seedBoardsDemo(deps);
  await seedOutcomesDemo(deps);
  await seedTemplatesDemo(deps);
  // After the labs (the AnciLab final conference links Lab II).
  await seedConferencesDemo(deps);
  return summary;
}

export function demoBanner(summary: DemoSummary, baseUrl: string): string {
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
