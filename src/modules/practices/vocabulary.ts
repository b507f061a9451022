// The controlled vocabulary of themes (decision 0031): per theme and language a label and synonyms,
// in a versioned file that migration 202612061700 loads into `practice_theme_vocabulary` for the
// search. The interface's theme labels (`practices.themes.<code>`) come from the same file.
// Read as a file, not imported: the TypeScript loader (bin/ts-loader.mjs) does not pass import
// attributes on, and a JSON module needs one.
import { readFileSync } from "node:fs";

export type VocabularyTerm = { theme: string; language: string; label: string; synonyms: string[] };

export const VOCABULARY: { version: number; terms: VocabularyTerm[] } = JSON.parse(
  readFileSync(new URL("./vocabulary/themes.v1.json", import.meta.url), "utf8"),
);

/** The theme labels of one language, as message catalogue entries. */
export function themeLabels(language: string): Record<string, string> {
  return Object.fromEntries(
    VOCABULARY.terms
      .filter((t) => t.language === language)
      .map((t) => [`practices.themes.${t.theme}`, t.label]),
  );
}
