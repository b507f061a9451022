// The participatory board: what other modules may use. Tables stay private to this module.
import "./messages.ts";

export { canCreateSession, sessionsForLab } from "./boards.service.ts";
export { streamOf } from "./command-runner.ts";
export { attachBoards } from "./live.ts";
export { originsOfPractice, type PracticeOrigin } from "./origins.ts";
export { TEMPLATE_CODES, type TemplateCode } from "./templates.ts";
