// The columns a new session starts with (boards.service.ts createSession): a saved template's, a
// built-in template's in the creator's language, or the blank template's own lines. On its own so
// that sessions need not import the templates' service, which itself works on sessions.

import type { Deps } from "../../platform/deps.ts";
import { invalid } from "../../platform/errors.ts";
import type { Lang } from "../../platform/i18n/index.ts";
import type { SessionInput } from "./schema.ts";
import { type ColumnText, templateById } from "./templates.repo.ts";
import { columnsOf, type TemplateCode } from "./templates.ts";

/**
 * The columns and the template code stored with the session. A saved template is stored as
 * "blank", since the session owns a copy of its columns (deleting the template changes nothing).
 */
export async function startingColumns(
  deps: Deps,
  networkId: string,
  input: Pick<SessionInput, "template" | "columns"> & { columnList?: ColumnText[] | undefined },
  lang: Lang,
): Promise<{ template: TemplateCode; columns: ColumnText[] }> {
  if (input.template.startsWith("saved:")) {
    const tpl = await templateById(deps.db, input.template.slice("saved:".length));
    if (!tpl || tpl.networkId !== networkId)
      throw invalid([{ field: "template", message: "boards.templates.gone" }]);
    return { template: "blank", columns: tpl.columns };
  }
  const code = input.template as TemplateCode;
  // The API gives a blank session's columns as a list (title and prompt each), the form as lines.
  if (code === "blank" && input.columnList) return { template: code, columns: input.columnList };
  return { template: code, columns: columnsOf(code, lang, input.columns) };
}
