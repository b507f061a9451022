// The event of a certificate given (certificates.jobs.ts), added to the platform's event map. Ids
// only, personal: the "course completed" notice rides on it, so the notice carries the certificate's
// link (decision 0055); the Open Badges issue may hang on it too.

declare module "../../platform/events.ts" {
  interface EventMap {
    /** The job that follows a completion gave its certificate (once per completion). */
    "learning.certificate.issued": {
      learnerId: string;
      certificateId: string;
      /** One of the two: the course or the curriculum completed. */
      courseId: string | null;
      curriculumId: string | null;
    };
  }
}

export {};
