// Adding materials to a lab: uploads checked on their content (bad files refused with a clear message
// on the same form, nothing stored), files served with their type to those who may see the lab
// only, links attached to a meeting. Set-up shared through materials/materials.test-kit.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { buildMeeting } from "../../../../test/helpers/labs.ts";
import type { TestRuntime } from "../../../../test/helpers/runtime.ts";
import type { Lab } from "../labs.types.ts";
import { DOCX, file, ODT, PDF, storedZip, useMaterialsLab } from "./materials.test-kit.ts";

const kit = useMaterialsLab();
const { who, newPage, upload, storedFiles } = kit;
let t: TestRuntime;
let lab: Lab;
beforeAll(() => {
  ({ t, lab } = kit);
});

describe("adding materials", () => {
  it("refuses a file whose content is not an accepted type, whatever its name, and stores nothing", async () => {
    const before = storedFiles();
    const res = await upload(who.contributor!, "document", {
      title: "Relazione finale",
      file: file("MZ\x90\x00 not really a pdf", "relazione.pdf", "application/pdf"),
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("Questo file non è un PDF, ODT, DOCX o un&#39;immagine");
    expect(html).toContain('value="Relazione finale"');
    expect(storedFiles()).toBe(before);
  });

  it("refuses a file over the limit with a clear message", async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024 + 1)]);
    const res = await upload(who.contributor!, "document", {
      title: "Troppo grande",
      file: file(big, "a.pdf"),
    });
    expect(res.status).toBe(413);
    expect(await res.text()).toContain("Il file supera il limite di 10 MB.");
  });

  it("accepts a PDF and serves it with its type to members of the network only", async () => {
    const res = await upload(who.contributor!, "document", {
      title: "Scenario normativo",
      description: "Le slide dell'incontro",
      file: file(PDF, "scenario normativo.pdf"),
    });
    expect(res.status).toBe(303);
    const page = res.headers.get("location")!;
    const html = await (await who.member!.get(page)).text();
    expect(html).toContain("Scenario normativo");
    const got = await who.member!.get(`${page}/file`);
    expect(got.status).toBe(200);
    expect(got.headers.get("content-type")).toBe("application/pdf");
    expect(got.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await got.arrayBuffer()).equals(PDF)).toBe(true);
    expect((await who.anonymous!.get(`${page}/file`)).status).toBe(404);
    expect((await who["other-coordinator"]!.get(`${page}/file`)).status).toBe(404);
    expect((await who.anonymous!.get(page)).status).toBe(404);
  });

  it("accepts ODT and DOCX by their content and serves them as downloads; a plain ZIP named .docx is refused", async () => {
    for (const [bytes, name, type] of [
      [ODT, "verbale.odt", "application/vnd.oasis.opendocument.text"],
      [DOCX, "verbale.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    ] as const) {
      const res = await upload(who.contributor!, "document", {
        title: `Verbale ${name}`,
        file: file(bytes, name),
      });
      expect(res.status).toBe(303);
      const got = await who.member!.get(`${res.headers.get("location")}/file`);
      expect(got.headers.get("content-type")).toBe(type);
      expect(got.headers.get("content-disposition")).toBe(`attachment; filename*=UTF-8''${name}`);
    }
    const zip = storedZip([["leggimi.txt", "ciao"]]);
    const bad = await upload(who.contributor!, "document", {
      title: "Archivio",
      file: file(zip, "finto.docx"),
    });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain("Questo file non è un PDF, ODT, DOCX");
  });

  it("drops NUL characters from what people type instead of failing", async () => {
    const res = await upload(who.contributor!, "link", {
      title: "Link\u0000 nullo",
      url: "https://example.org",
    });
    expect(res.status).toBe(303);
  });

  it("lets only the lab's members contribute (a network member who is not in the lab gets 403)", async () => {
    expect((await who.member!.get(newPage())).status).toBe(403);
    expect((await who.anonymous!.get(newPage())).status).toBe(303);
    expect((await who.contributor!.get(newPage())).status).toBe(200);
  });

  it("accepts a link and attaches it to a visible meeting", async () => {
    const meeting = await buildMeeting(t, lab, { visibility: "network" });
    const c = who.contributor!;
    const res = await c.submit(newPage("link"), `/labs/${lab.slug}/materials`, {
      kind: "link",
      title: "Linee guida #PASocial",
      url: "https://www.pasocial.info",
      meetingId: meeting.id,
    });
    expect(res.status).toBe(303);
    const html = await (await c.get(res.headers.get("location")!)).text();
    expect(html).toContain("https://www.pasocial.info");
    expect(html).toContain(meeting.title);
    const only = await (await c.get(`/labs/${lab.slug}/materials?meeting=${meeting.slug}`)).text();
    expect(only).toContain("Linee guida #PASocial");
    expect(only).not.toContain("Scenario normativo");
  });
});
