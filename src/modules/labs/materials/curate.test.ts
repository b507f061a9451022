// Curating and deleting a lab's materials: curators' tags, featuring and hiding; deleting (curators
// any material, authors their own) after a confirmation page, audited. Set-up shared through
// materials/materials.test-kit.ts.
import { beforeAll, describe, expect, it } from "vitest";
import type { TestRuntime } from "../../../../test/helpers/runtime.ts";
import type { Lab } from "../labs.types.ts";
import { file, PDF, PNG, useMaterialsLab, VTT, WEBM } from "./materials.test-kit.ts";

const kit = useMaterialsLab();
const { who, upload, storedFiles } = kit;
let t: TestRuntime;
let lab: Lab;
beforeAll(() => {
  ({ t, lab } = kit);
});

describe("curating", () => {
  it("lets coordinators tag, feature and hide; hidden materials vanish for others", async () => {
    const res = await upload(who.contributor!, "document", {
      title: "Bozza da nascondere",
      file: file(PNG, "a.png"),
    });
    const page = res.headers.get("location")!;
    expect((await who.contributor!.submit(page, `${page}/curate`, { tags: "x" })).status).toBe(403);
    const ok = await who.coordinator!.submit(page, `${page}/curate`, {
      tags: "Finanziamento, comunicazione",
      featured: "on",
      hidden: "on",
    });
    expect(ok.status).toBe(303);
    expect((await who.member!.get(page)).status).toBe(404);
    expect((await who.member!.get(`${page}/file`)).status).toBe(404);
    const list = await (await who.coordinator!.get(`/labs/${lab.slug}/materials?tag=finanziamento`)).text();
    expect(list).toContain("Bozza da nascondere");
    expect(await (await who.member!.get(`/labs/${lab.slug}/materials`)).text()).not.toContain(
      "Bozza da nascondere",
    );
  });
});

describe("deleting", () => {
  const audited = async (materialId: string) =>
    (
      await t.deps.pool.query(
        "select action, actor_id, details from audit_log where details->>'materialId' = $1",
        [materialId],
      )
    ).rows as { action: string; actor_id: string; details: Record<string, unknown> }[];

  it("lets the author delete their own material after a confirmation page; the file goes too", async () => {
    const res = await upload(who.contributor!, "document", {
      title: "Verbale da togliere",
      file: file(PDF, "verbale.pdf"),
    });
    const page = res.headers.get("location")!;
    const id = page.split("/").pop()!;
    const before = storedFiles();
    // Another member sees no delete button and may not delete it.
    expect(await (await who.member!.get(page)).text()).not.toContain(`${page}/delete`);
    expect((await who.member!.get(`${page}/delete`)).status).toBe(403);
    expect((await who.member!.submit(page, `${page}/delete`, {})).status).toBe(403);
    expect((await who.anonymous!.get(`${page}/delete`)).status).toBe(303);
    // The author gets the link, then a page that asks first (a form, no JavaScript needed).
    expect(await (await who.contributor!.get(page)).text()).toContain(`href="${page}/delete"`);
    const confirm = await who.contributor!.get(`${page}/delete`);
    expect(confirm.status).toBe(200);
    const html = await confirm.text();
    expect(html).toContain("Eliminare il materiale «Verbale da togliere»?");
    expect(html).toContain("insieme al file caricato");
    expect(html).toContain(`action="${page}/delete"`);
    expect(html).toContain(`href="${page}"`);
    expect(await audited(id)).toEqual([]);
    const done = await who.contributor!.submit(`${page}/delete`, `${page}/delete`, {});
    expect(done.status).toBe(303);
    expect(done.headers.get("location")).toBe(`/labs/${lab.slug}/materials`);
    const list = await (await who.contributor!.get(`/labs/${lab.slug}/materials`)).text();
    expect(list).toContain("Materiale eliminato.");
    expect(list).not.toContain("Verbale da togliere");
    expect((await who.contributor!.get(page)).status).toBe(404);
    expect((await who.contributor!.get(`${page}/file`)).status).toBe(404);
    // The file and the record of its type beside it.
    expect(storedFiles()).toBe(before - 2);
    // A second post (another tab) finds nothing: a 404, not an error.
    expect(
      (await who.contributor!.post(`${page}/delete`, { _csrf: await who.contributor!.csrf() })).status,
    ).toBe(404);
    const [entry, ...more] = await audited(id);
    expect(more).toEqual([]);
    expect(entry).toMatchObject({
      action: "lab.material-deleted",
      details: { title: "Verbale da togliere", lab: lab.title, kind: "document" },
    });
  });

  it("lets a coordinator delete someone else's video with its captions, in English too", async () => {
    const res = await upload(who.contributor!, "video", {
      title: "Intervista alla sindaca",
      file: file(WEBM, "intervista.webm"),
      captions: file(VTT, "intervista.vtt"),
      transcript: "Buongiorno a tutti.",
      consent: "on",
      consentBy: "La sindaca, intervistata",
    });
    expect(res.status).toBe(303);
    const page = res.headers.get("location")!;
    const before = storedFiles();
    const c = who.coordinator!;
    const en = await (await c.get(`${page}/delete?lang=en`)).text();
    expect(en).toContain("Delete the material “Intervista alla sindaca”?");
    expect(en).toContain("with its captions, transcript and record of consent");
    await c.get("/?lang=it");
    expect((await c.submit(`${page}/delete`, `${page}/delete`, {})).status).toBe(303);
    // The video and its captions, each with the record of its type.
    expect(storedFiles()).toBe(before - 4);
    expect((await audited(page.split("/").pop()!))[0]!.action).toBe("lab.material-deleted");
  });
});
