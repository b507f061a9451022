// The domain events conferences emit, added to the platform's event map (platform/events.ts). Ids and
// facts only: the handlers read the registration (name, address, language) when they run.

declare module "../../platform/events.ts" {
  interface EventMap {
    /**
     * Someone asked to register (a new pending registration, or a fresh link for a pending one).
     * `token`: the confirmation link's secret, sealed (platform/crypto/sealed.ts): only its hash is stored.
     */
    "conferences.registration.requested": { conferenceId: string; registrationId: string; token: string };
    /** Someone asked to register an address whose registration is already confirmed: nothing changed. */
    "conferences.registration.repeated": { conferenceId: string; registrationId: string };
    "conferences.registration.confirmed": { conferenceId: string; registrationId: string };
    "conferences.registration.checked-in": { conferenceId: string; registrationId: string };
    /** The person asked for their certificate by mail again (from their registration page). */
    "conferences.certificate.requested": { conferenceId: string; registrationId: string };
    /** A place in a session freed up and went to the first person on its waiting list. */
    "conferences.place.promoted": { conferenceId: string; sessionId: string; registrationId: string };
    /** The conference and all its sessions moved (shifted by days): its registrants are told. */
    "conferences.conference.changed": { conferenceId: string };
    /** The person cancelled their whole registration from its link; their places were freed. */
    "conferences.registration.cancelled": { conferenceId: string; registrationId: string };
  }
}

export {};
