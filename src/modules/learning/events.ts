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
    /** A learner took a place in a cohort (bootcamp) of a course. */
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
