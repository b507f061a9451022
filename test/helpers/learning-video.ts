// Factory for video lessons: a video lesson in a course's module with a small WebM in the store and
// an English caption track, written through the service as SYSTEM. Returns the lesson's id.
import {
  addCaptions,
  type Course,
  lessonOfCourse,
  saveLesson,
  setVideo,
} from "../../src/modules/learning/index.ts";
import { SYSTEM } from "../../src/platform/auth/index.ts";
import type { TestRuntime } from "./runtime.ts";

const WEBM = Buffer.from("1a45dfa39f4286810142f7810142f2810442f381084282847765626d4287810442858102", "hex");

export async function buildVideoLesson(t: TestRuntime, course: Course, moduleId: string): Promise<string> {
  const id = await saveLesson(t.deps, SYSTEM, course, {
    moduleId,
    kind: "video",
    title: "Una lezione video",
    body: "",
    position: 9,
  });
  const lesson = await lessonOfCourse(t.deps, course, id);
  const key = `learning/${id}.webm`;
  await t.deps.files.put(key, WEBM, "video/webm");
  await setVideo(t.deps, SYSTEM, course, lesson, {
    file: { key, contentType: "video/webm", size: WEBM.byteLength, name: "lezione.webm" },
    url: "",
    consent: true,
    consentBy: "Nessuna persona ripresa",
  });
  await addCaptions(t.deps, SYSTEM, course, lesson, {
    language: "en",
    file: { bytes: new TextEncoder().encode("WEBVTT\n\n00:00.000 --> 00:02.000\nHello.\n"), name: "en.vtt" },
  });
  return id;
}
