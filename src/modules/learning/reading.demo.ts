// The demo's reading with a document: "From pilot to lasting service", in Leading digital projects,
// a one-page checklist rendered as a tagged PDF when the demo loads (platform/pdf, as certificates
// are; nothing binary is kept in the repository) and stored through the same service as the
// authors' form, as SYSTEM.
import { SYSTEM } from "../../platform/auth/index.ts";
import type { Deps } from "../../platform/deps.ts";
import { newId } from "../../platform/ids.ts";
import { renderPdf } from "../../platform/pdf/pool.ts";
import { setReadingFile } from "./reading.service.ts";
import type { Course, Lesson } from "./types.ts";

const DEMO_READING_FILE = "pilot-to-service-checklist.pdf";

export async function seedDemoReading(deps: Deps, course: Course, lesson: Lesson): Promise<void> {
  const bytes = await renderPdf({
    title: "From pilot to lasting service: a checklist",
    lang: "en-GB",
    author: "Digital City Experts partnership",
    subject: "Leading digital projects",
    blocks: [
      { kind: "h1", text: "From pilot to lasting service" },
      {
        kind: "p",
        text: "A checklist for the end of a municipal pilot: go through it with the team and the political leadership before deciding whether the service stays.",
      },
      { kind: "h2", text: "Results" },
      {
        kind: "list",
        items: [
          "Compare the figures of the pilot with the baseline written down before it started.",
          "Ask the residents and staff who used the service what worked and what did not.",
          "Write down what the pilot cost, including staff time.",
        ],
      },
      { kind: "h2", text: "Ownership" },
      {
        kind: "list",
        items: [
          "Name the office that owns the service from now on, and one person in it.",
          "Put the running costs in next year's budget.",
          "Agree who answers residents' questions and how fast.",
        ],
      },
      { kind: "h2", text: "Data and standards" },
      {
        kind: "list",
        items: [
          "Check that the data can be exported in an open format.",
          "Publish the datasets that are not personal, with an open licence.",
          "Keep the specification so that another supplier could take over.",
        ],
      },
      { kind: "h2", text: "Sharing" },
      {
        kind: "list",
        items: [
          "Tell partner municipalities what you learnt, failures included.",
          "Offer the specification and the code to towns of your size.",
        ],
      },
    ],
  });
  const key = `learning/${newId()}.pdf`;
  await deps.files.put(key, bytes, "application/pdf");
  await setReadingFile(deps, SYSTEM, course, lesson, {
    key,
    contentType: "application/pdf",
    size: bytes.byteLength,
    name: DEMO_READING_FILE,
  });
}
