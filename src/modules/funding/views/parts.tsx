// Small pieces shared by the funding pages: the deadline and budget as a reader reads them.
import type { Ctx } from "../../../platform/http/context.ts";
import { formatDate, numberFormat } from "../../../platform/i18n/index.ts";
import type { FundingCall } from "../funding.service.ts";

export const deadlineText = (c: Ctx, call: FundingCall) =>
  formatDate(c.get("lang"), call.deadline, call.timeZone, true);

export function budgetText(c: Ctx, call: FundingCall): string {
  if (call.budgetEur === null) return c.get("t")("funding.budgetUnknown");
  return numberFormat(c.get("lang") === "it" ? "it-IT" : "en-GB", {
    style: "currency",
    currency: "EUR",
    maximumFractionDigits: 0,
  }).format(call.budgetEur);
}
