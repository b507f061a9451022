// Factory for reading lessons with a document: a reading lesson in a course's module with a small
// PDF in the store, written through the service as SYSTEM. Returns the lesson's id.
import { type Course, lessonOfCourse, saveLesson, setReadingFile } from "../../src/modules/learning/index.ts";
import { SYSTEM } from "../../src/platform/auth/index.ts";
import type { TestRuntime } from "./runtime.ts";

const PDF = Buffer.from(
  "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
);

export async function buildReadingLesson(t: TestRuntime, course: Course, moduleId: string): Promise<string> {
  const id = await saveLesson(t.deps, SYSTEM, course, {
    moduleId,
    kind: "reading",
    title: "Una lettura con documento",
    body: "",
    position: 10,
  });
  const lesson = await lessonOfCourse(t.deps, course, id);
  const key = `learning/${id}.pdf`;
  await t.deps.files.put(key, PDF, "application/pdf");
  await setReadingFile(t.deps, SYSTEM, course, lesson, {
    key,
    contentType: "application/pdf",
    size: PDF.byteLength,
    name: "dispensa.pdf",
  });
  return id;
}
