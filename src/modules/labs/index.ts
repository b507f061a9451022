// Labs, their programme of meetings and registrations: what other modules may call. Tables stay
// private to this module.
import "./messages.ts";

export { calendarOf, meetingUrl } from "./ical.ts";
export { createLab, getLab, listLabs } from "./labs.service.ts";
export type { AgendaItem, Lab, Meeting } from "./labs.types.ts";
export { createMeeting, getMeeting, listMeetings, programmeOf } from "./meetings.service.ts";
export { SYSTEM } from "./policy.ts";
export { cancelRegistration, myRegistration, RegistrationError, register } from "./registrations.service.ts";
