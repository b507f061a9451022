// What changed between two versions of a practice's texts, field by field, word by word (the `diff`
// package's word diff: whitespace is kept in the pieces, so a Markdown text keeps its line breaks).
import { diffWords } from "diff";

/** One piece of a field's difference: kept, added or removed text. */
export type DiffPart = { kind: "same" | "added" | "removed"; text: string };

export type FieldChange = { field: string; before: string; after: string; parts: DiffPart[] };

export type Texts = Record<string, string | number | null>;

const asText = (v: string | number | null | undefined) => (v == null ? "" : String(v));

/** The word difference between two texts. */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((c) => ({
    kind: c.added ? "added" : c.removed ? "removed" : "same",
    text: c.value,
  }));
}

/** The fields of `fields` whose text differs between `before` and `after`, in that order. */
export function changesBetween(fields: readonly string[], before: Texts, after: Texts): FieldChange[] {
  return fields.flatMap((field) => {
    const b = asText(before[field]);
    const a = asText(after[field]);
    return b === a ? [] : [{ field, before: b, after: a, parts: wordDiff(b, a) }];
  });
}
