// The Italian interface speaks to people without assuming their gender: "La tua iscrizione è
// confermata", not "Sei iscritto". Every Italian message of every catalogue is scanned for a pinned
// list of forms that give a person a gender (the masculine used as generic, and "/a" patches);
// nouns of things keep their own agreement ("Iscrizione confermata", "Presenza registrata").
import { beforeAll, expect, it } from "vitest";
import { loadModules } from "../src/app/catalogues.ts";
import "../src/app/http.tsx";
import { allKeys, translator } from "../src/platform/i18n/index.ts";

beforeAll(() => loadModules());

/**
 * Forms that give a person a gender: "/a" patches ("iscritto/a", "stato/a"), a masculine participle
 * said of the reader or of a named person ("sei iscritto", "è iscritto", "era già stato
 * registrato", "ti sei registrato"), a label about a person ("Iscritto da …"), and "benvenuto".
 * Participles with "avere" ("Ha invitato …"), imperatives ("Registrati") and nouns of things
 * ("Iscrizione confermata") are not about anyone's gender and stay.
 */
const PINNED = [
  /\b[a-zà-ù]+[oi]\/[ae]\b/i,
  /\b(sei|eri|è|era|risulti|resti|sia|fossi)\s+(già\s+|ancora\s+|stato\s+)*(iscritt|registrat|invitat|confermat|uscit|entrat|arrivat)o\b/i,
  /\b(ti|si)\s+(sei|è)\s+(già\s+|ancora\s+)?(iscritt|registrat)o\b/i,
  /\besserti\s+(iscritt|registrat)o\b/i,
  /\bessere\s+(avvisat|informat|iscritt|registrat)o\b/i,
  /^(iscritto|registrato|invitato)\b/i,
  // "Ti diamo il benvenuto" is about nobody's gender; "Benvenuto!" is.
  /(?<!\bil\s)\bbenvenut[oa]\b/i,
];

it("has no Italian message that gives the reader or another person a gender", () => {
  const t = translator("it");
  const found = allKeys("it")
    .map((k) => [k, t(k)] as const)
    .filter(([, text]) => PINNED.some((re) => re.test(text)))
    .map(([k, text]) => `${k}: ${text}`);
  expect(found).toEqual([]);
});
