// The domain events learning emits, added to the platform's event map (platform/events.ts). Ids and
// facts only, personal: no public form of them leaves the instance.

declare module "../../platform/events.ts" {
  interface EventMap {
    /** The transaction that recorded a learner's last required step completed the course. */
    "learning.course.completed": {
      learnerId: string;
      courseId: string;
      networkId: string;
      /** The course's content language. */
      language: string;
      /** ISO 8601. */
      completedAt: string;
    };
    /** A learner took a place in a cohort (bootcamp) of a course: by joining, or promoted from its waiting list. */
    "learning.cohort.joined": {
      learnerId: string;
      cohortId: string;
      courseId: string;
      networkId: string;
    };
    /**
     * A facilitator or author reset a learner's attempts at a quiz they had not passed: the attempts
     * stay on record, and the limit counts again from zero (decision 0060).
     */
    "learning.attempts.reset": {
      learnerId: string;
      /** The quiz's lesson id. */
      quizId: string;
      courseId: string;
      networkId: string;
      resetId: string;
      /** The account that reset them. */
      resetBy: string;
    };
    /**
     * A learner asked to join a full cohort and was put on its waiting list, at `position` (1 = next).
     * Promoted later, they get `learning.cohort.joined` like anyone taking a place.
     */
    "learning.cohort.waitlisted": {
      learnerId: string;
      cohortId: string;
      courseId: string;
      networkId: string;
      position: number;
    };
    /** … and with it every course of the curriculum. */
    "learning.curriculum.completed": {
      learnerId: string;
      curriculumId: string;
      networkId: string;
      language: string;
      completedAt: string;
    };
  }
}

export {};
