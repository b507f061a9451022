// Conferences: what other modules may call. Tables stay private to this module.

import "./catalogue.ts";

export {
  conferencesOfLab,
  createConference,
  listConferences,
  loadConference,
  programmeOf,
  saveSession,
  saveSpeaker,
  saveTrack,
  updateConference,
} from "./conferences.service.ts";
export { checkIn, confirmRegistration, register, verifyCertificate } from "./registrations.service.ts";
export type { Conference, Programme, Registration, Session, Speaker, Track } from "./types.ts";
