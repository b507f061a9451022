// Grading and completion rules, without a database: short answers without case or accents, choice
// questions all-or-nothing, refusals of answers that name nothing in the quiz, the score rounded
// down, what stays hidden while attempts remain; when courses and curricula complete; prerequisites.
import { describe, expect, it } from "vitest";
import { courseComplete, curriculumComplete, missingPrerequisites, nextLesson } from "./completion.ts";
import { answerErrors, grade, type KeyQuestion, normaliseAnswer, redact } from "./grading.ts";

const single: KeyQuestion = {
  id: "q1",
  kind: "single",
  prompt: "?",
  feedbackRight: "yes",
  feedbackWrong: "no",
  acceptedAnswers: [],
  options: [
    { id: "a", label: "A", correct: true, feedback: "fa" },
    { id: "b", label: "B", correct: false, feedback: "fb" },
  ],
};
const multiple: KeyQuestion = {
  ...single,
  id: "q2",
  kind: "multiple",
  options: [
    { id: "c", label: "C", correct: true, feedback: "" },
    { id: "d", label: "D", correct: true, feedback: "" },
    { id: "e", label: "E", correct: false, feedback: "" },
  ],
};
const short: KeyQuestion = {
  ...single,
  id: "q3",
  kind: "short",
  options: [],
  acceptedAnswers: ["Città Aperta", "open data"],
};

describe("grading", () => {
  it("compares short answers without case, accents or extra spaces", () => {
    expect(normaliseAnswer("  CITTA   aperta ")).toBe("citta aperta");
    const g = grade([short], { q3: "citta APERTA" }, 100);
    expect(g.feedback[0]!.correct).toBe(true);
    expect(grade([short], { q3: "Open Data" }, 100).passed).toBe(true);
    expect(grade([short], { q3: "città chiusa" }, 100).passed).toBe(false);
  });

  it("counts a choice question right only when exactly the right options are chosen", () => {
    expect(grade([multiple], { q2: ["c", "d"] }, 100).score).toBe(100);
    expect(grade([multiple], { q2: ["c"] }, 100).score).toBe(0);
    expect(grade([multiple], { q2: ["c", "d", "e"] }, 100).score).toBe(0);
    expect(grade([single], { q1: ["b"] }, 50).feedback[0]).toMatchObject({ correct: false, feedback: "no" });
  });

  it("rounds the score down, so 2 of 3 does not pass a 67% mark", () => {
    const g = grade([single, multiple, short], { q1: ["a"], q2: ["c", "d"], q3: "wrong" }, 67);
    expect(g.score).toBe(66);
    expect(g.passed).toBe(false);
  });

  it("refuses answers to unknown questions or options, missing ones, and two options for one", () => {
    const fields = (a: Record<string, string[] | string>) =>
      answerErrors([single, short], a).map((e) => `${e.field} ${e.message}`);
    expect(fields({ q1: ["a"], q3: "x" })).toEqual([]);
    expect(fields({ q1: ["zz"], q3: "x" })).toEqual(["answers.q1 learning.errors.unknownOption"]);
    expect(fields({ q1: ["a", "b"], q3: "x" })).toEqual(["answers.q1 learning.errors.oneOption"]);
    expect(fields({ q1: [], q3: " " })).toEqual([
      "answers.q1 learning.errors.answerMissing",
      "answers.q3 learning.errors.answerMissing",
    ]);
    expect(fields({ q1: ["a"], q3: "x", other: "y" })).toEqual([
      "answers.other learning.errors.unknownQuestion",
    ]);
  });

  it("hides the unchosen options' key while attempts remain", () => {
    const g = grade([single], { q1: ["b"] }, 100);
    const hidden = redact(g.feedback, false)[0]!.options;
    expect(hidden.find((o) => o.optionId === "a")).toEqual({
      optionId: "a",
      chosen: false,
      correct: null,
      feedback: "",
    });
    expect(hidden.find((o) => o.optionId === "b")).toMatchObject({
      chosen: true,
      correct: false,
      feedback: "fb",
    });
    expect(redact(g.feedback, true)[0]!.options.find((o) => o.optionId === "a")).toMatchObject({
      correct: true,
    });
  });
});

describe("completion", () => {
  const lessons = [
    { id: "t1", kind: "text", required: true },
    { id: "t2", kind: "reading", required: false },
    { id: "z1", kind: "quiz", required: true },
  ];
  it("completes a course when the required lessons are done and its quizzes passed", () => {
    expect(courseComplete(lessons, new Set(["t1"]), new Set())).toBe(false);
    expect(courseComplete(lessons, new Set(["t1", "z1"]), new Set())).toBe(false); // a quiz "done" is not passed
    expect(courseComplete(lessons, new Set(["t1"]), new Set(["z1"]))).toBe(true);
    expect(courseComplete([], new Set(), new Set())).toBe(false);
  });
  it("completes a curriculum when all its courses are", () => {
    expect(curriculumComplete(["a", "b"], new Set(["a"]))).toBe(false);
    expect(curriculumComplete(["a", "b"], new Set(["a", "b"]))).toBe(true);
    expect(curriculumComplete([], new Set())).toBe(false);
  });
  it("continues at the first lesson not done", () => {
    expect(nextLesson(lessons, new Set(["t1"]), new Set(), null)).toBe("t2");
    expect(nextLesson(lessons, new Set(["t1", "t2"]), new Set(["z1"]), "t2")).toBe("t2");
  });
  it("names the prerequisites not completed", () => {
    const req = [
      { id: "a", title: "A" },
      { id: "b", title: "B" },
    ];
    expect(missingPrerequisites(req, new Set(["a"]))).toEqual([{ id: "b", title: "B" }]);
  });
});
