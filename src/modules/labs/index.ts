// Labs, their programme of meetings and registrations, and their members, materials and action
// plans: what other modules, tests and admin tools may call. Tables stay private to this module.

import "./messages.ts";

export {
  type ActionPlan,
  addAction,
  addGoal,
  createPlan,
  getPlan,
  listPlans,
  type PlanSummary,
} from "./action-plans/service.ts";
export { type Cover, coverOf, updateCover } from "./cover.service.ts";
export { addMember, addOrganisation, createLab, getLab, listLabs } from "./labs.service.ts";
export type { AgendaItem, Lab, Meeting } from "./labs.types.ts";
export { addMaterial, type Material, type MaterialInput } from "./materials/service.ts";
export { checkInCode, closeMeeting, presenceOf } from "./meetings/attendance.service.ts";
export { resetFeedToken } from "./meetings/calendar.service.ts";
export { calendarOf, meetingUrl } from "./meetings/ical.ts";
export { createMeeting, getMeeting, listMeetings, programmeOf } from "./meetings/service.ts";
export { inviteToLab } from "./members/service.ts";
export { canEditPlan } from "./policy.ts";
export {
  cancelRegistration,
  myRegistration,
  RegistrationError,
  register,
  registerAccount,
} from "./registrations/service.ts";
export type { MeetingDraft } from "./schema.ts";
