// The demo's video lesson: "People first", the first lesson of Smart-city basics, captioned in the
// partnership's five languages (en, it, de, sv, fi). The video (video.demo.webm, 12 s, VP8, 31 KB) is
// four title cards recorded from a canvas with Chromium's MediaRecorder, as labs' demo video is: a
// stand-in that plays with captions in step, not a real recording. Written through the same service
// as the authors' form, as SYSTEM.
import { readFileSync } from "node:fs";
import { SYSTEM } from "../../platform/auth/index.ts";
import type { Deps } from "../../platform/deps.ts";
import { newId } from "../../platform/ids.ts";
import type { Course, Lesson } from "./types.ts";
import { addCaptions, setVideo } from "./video.service.ts";

const cues = (lines: [string, string, string, string]) =>
  `WEBVTT\n\n${lines
    .map(
      (text, i) =>
        `00:${String(i * 3).padStart(2, "0")}.000 --> 00:${String(i * 3 + 3).padStart(2, "0")}.000\n${text}`,
    )
    .join("\n\n")}\n`;

/** What the narrator says over each card, in each language of the partnership. */
export const DEMO_CAPTIONS: Record<string, string> = {
  en: cues([
    "A smart city starts with the people who live in it.",
    "First, ask which service residents find hardest to use.",
    "Then look at the data your municipality already holds.",
    "Finally, find who in your team could lead a first project.",
  ]),
  it: cues([
    "Una smart city comincia dalle persone che la abitano.",
    "Prima chiedi quale servizio è più difficile da usare per i cittadini.",
    "Poi guarda quali dati il tuo Comune possiede già.",
    "Infine trova chi nel gruppo di lavoro può guidare un primo progetto.",
  ]),
  de: cues([
    "Eine Smart City beginnt mit den Menschen, die in ihr leben.",
    "Fragen Sie zuerst, welcher Dienst für die Bürger am schwierigsten ist.",
    "Sehen Sie dann, welche Daten Ihre Gemeinde schon hat.",
    "Finden Sie schließlich, wer im Team ein erstes Projekt leiten kann.",
  ]),
  sv: cues([
    "En smart stad börjar med människorna som bor i den.",
    "Fråga först vilken tjänst invånarna har svårast att använda.",
    "Titta sedan på vilka data kommunen redan har.",
    "Hitta till sist vem i teamet som kan leda ett första projekt.",
  ]),
  fi: cues([
    "Älykäs kaupunki alkaa ihmisistä, jotka asuvat siinä.",
    "Kysy ensin, mikä palvelu on asukkaille vaikein käyttää.",
    "Katso sitten, mitä tietoja kunnallasi jo on.",
    "Etsi lopuksi, kuka tiimistä voisi johtaa ensimmäistä hanketta.",
  ]),
};

export async function seedDemoVideo(deps: Deps, course: Course, lesson: Lesson): Promise<void> {
  const bytes = readFileSync(new URL("./video.demo.webm", import.meta.url));
  const key = `learning/${newId()}.webm`;
  await deps.files.put(key, bytes, "video/webm");
  await setVideo(deps, SYSTEM, course, lesson, {
    file: { key, contentType: "video/webm", size: bytes.byteLength, name: "people-first.webm" },
    url: "",
    consent: true,
    consentBy: "the Digital City Experts partnership (title cards only: no one is filmed)",
  });
  for (const [language, vtt] of Object.entries(DEMO_CAPTIONS))
    await addCaptions(deps, SYSTEM, course, lesson, {
      language,
      file: { bytes: new TextEncoder().encode(vtt), name: `people-first.${language}.vtt` },
    });
}
