// The theme vocabulary: the file the migration loads is the one the interface reads, every theme has
// an Italian and an English row, and the labels on pages come from it.
import { readFileSync } from "node:fs";
import { sql } from "kysely";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { translator } from "../../platform/i18n/index.ts";
import { THEMES, themeLabelKey } from "./themes.ts";
import { VOCABULARY } from "./vocabulary.ts";

let t: TestRuntime;
beforeAll(async () => {
  t = await createTestRuntime();
});
afterAll(() => t.close());

it("is loaded by its migration verbatim, one row per theme and language", async () => {
  const migration = readFileSync(
    new URL("../../../migrations/202612061700_practice_theme_vocabulary.sql", import.meta.url),
    "utf8",
  );
  const embedded = migration.split("$vocabulary$")[1] ?? "";
  expect(JSON.parse(embedded)).toEqual(VOCABULARY);
  const rows = await sql<{
    theme: string;
    language: string;
    label: string;
    synonyms: string[];
    version: number;
  }>`
    select theme, language, label, synonyms, version from practice_theme_vocabulary order by theme, language`.execute(
    t.deps.db,
  );
  expect(rows.rows).toHaveLength(THEMES.length * 2);
  for (const theme of THEMES)
    for (const language of ["it", "en"]) {
      const term = VOCABULARY.terms.find((x) => x.theme === theme && x.language === language);
      expect(rows.rows.find((r) => r.theme === theme && r.language === language)).toEqual({
        ...term,
        version: VOCABULARY.version,
      });
    }
});

const translate = (lang: "it" | "en", key: string) => translator(lang)(key);

it("gives the interface its theme labels", () => {
  expect(translate("it", themeLabelKey("accessibility"))).toBe("Accessibilità");
  expect(translate("en", themeLabelKey("heritage"))).toBe("Heritage valorisation");
  for (const term of VOCABULARY.terms)
    expect(translate(term.language as "it" | "en", themeLabelKey(term.theme as never))).toBe(term.label);
});

it("rewrites a theme word in any language into its theme, and a family word into its family", async () => {
  const rewrite = async (cfg: string, text: string, scope = "all") =>
    (
      await sql<{ q: string }>`select ts_rewrite(ts_rewrite(websearch_to_tsquery(${cfg}::regconfig, ${text}),
        ${`select target, mark from practice_search_rules where scope = '${scope}' order by position`}),
        ${`select mark, substitute from practice_search_rules where scope = '${scope}' order by position`})::text as q`.execute(
        t.deps.db,
      )
    ).rows[0]!.q;
  expect(await rewrite("bottega_it", "accessibilità")).toContain("'t:accessibility'");
  expect(await rewrite("bottega_en", "accessibility")).toContain("'accessibil'");
  expect(await rewrite("bottega_it", "dati aperti")).toContain("'t:open-data'");
  expect(await rewrite("bottega_it", "alzheimer")).toContain("'demenz'");
  expect(await rewrite("bottega_it", "museali")).toContain("'muse'");
  // With a language filter, only that stemmer's lexemes: English "museo" does not widen to 'muse'.
  expect(await rewrite("bottega_en", "museo", "en")).toContain("'museum'");
  expect(await rewrite("bottega_en", "museo", "en")).not.toContain("'muse'");
  // An ambiguous stem is left as it is: 'comun' is "comune" as much as "comunicazione".
  expect(await rewrite("bottega_it", "comune")).toBe("'comun'");
});
