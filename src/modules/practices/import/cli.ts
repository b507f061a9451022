// `npx bottega import practices FILE --network SLUG [--draft]`: the import for people at a terminal.
// The summary goes to stdout, each refused record to stderr (number, CSV/JSON Lines line, reason);
// exit 0 when every record was imported, 1 when some (or the file) failed, 2 for bad usage.
import { readFileSync } from "node:fs";
import type { Deps } from "../../../platform/deps.ts";
import { translator } from "../../../platform/i18n/index.ts";
import { networkBySlug } from "../../identity/index.ts";
import { describeFailure, importPractices } from "./service.ts";
import "../../../platform/i18n/platform.messages.ts";
import "../messages.ts";

export async function importPracticesCommand(
  deps: Deps,
  o: { file: string; network: string; draft: boolean },
): Promise<number> {
  const t = translator("en");
  const network = await networkBySlug(deps, o.network).catch(() => null);
  if (!network) {
    process.stderr.write(`No network with the address "${o.network}".\n`);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(o.file);
  } catch (err) {
    process.stderr.write(`Cannot read ${o.file}: ${(err as Error).message}\n`);
    return 2;
  }
  const started = performance.now();
  const report = await importPractices(deps, { networkId: network.id, bytes, draft: o.draft });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (report.fatal) {
    process.stderr.write(`${o.file}: ${t(report.fatal.key, report.fatal.params)}\n`);
    return 1;
  }
  for (const f of report.failures) process.stderr.write(`${o.file}: ${describeFailure(t, f)}\n`);
  const summary = o.draft ? "import.summaryDraft" : "import.summary";
  process.stdout.write(
    [
      `${t(summary, { imported: report.imported, records: report.records })} (${network.name}, ${seconds} s)`,
      t("import.detected", {
        format: report.format + (report.delimiter ? ` "${report.delimiter}"` : ""),
        encoding: report.encoding,
      }),
      ...(report.failures.length ? [t("import.failedCount", { n: report.failures.length })] : []),
      ...(report.newOrganisations.length
        ? [t("import.newOrganisations", { names: report.newOrganisations.join(", ") })]
        : []),
      "",
    ].join("\n"),
  );
  return report.failures.length ? 1 : 0;
}
