// The participatory board: what other modules may use. Tables stay private to this module.

import "./messages.ts";

export {
  type Access,
  accessSession,
  createSession,
  join,
  sessionsForLab,
  type Visitor,
} from "./boards.service.ts";
export { streamOf } from "./command-runner.ts";
export { attachBoards } from "./live.ts";
export { canCreateSession } from "./policy.ts";
export type { SessionInput } from "./schema.ts";
export { saveTemplate } from "./templates.service.ts";
export { TEMPLATE_CODES, type TemplateCode } from "./templates.ts";
