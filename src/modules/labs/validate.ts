// Runs a zod schema and turns failures into a 422 with one entry per field (messages are catalogue
// keys, translated by the page; the API passes them through as stable codes).
import type { z } from "zod";
import { invalid } from "../../platform/errors.ts";

export function parseOr422<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  throw invalid(
    r.error.issues.map((i) => ({ field: i.path.map(String).join(".") || "body", message: i.message })),
  );
}
