// Funding opportunities: what other modules may call. Tables stay private to this module.

import "./messages.ts";

export { CALL_KEYS, callRecords, callsJsonLd } from "./export.ts";
export {
  createCall,
  type FundingCall,
  fundingCallsForPractice,
  getCall,
  listCalls,
  publicCallsOfNetwork,
  updateCall,
} from "./funding.service.ts";
export { callUrl, deadlinesCalendar } from "./ical.ts";
export type { CallInput } from "./schema.ts";
export { PROGRAMMES, type Programme } from "./tables.ts";
