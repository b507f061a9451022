// The coordinators' uploads on a practice: type checked on the bytes, alt text required, photos
// stripped of their metadata, CSV figures drawn as charts, files no more visible than their practice.
// Set-up shared through catalogue/pages.test-kit.ts.
import exifr from "exifr";
import { sql } from "kysely";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import type { Client } from "../../../../test/helpers/client.ts";
import { heicLike, PHONE_GPS, phonePhoto } from "../../../../test/helpers/images.ts";
import type { TestRuntime } from "../../../../test/helpers/runtime.ts";
import { thumbnailKey } from "../../../platform/images/store.ts";
import { barChartPng } from "../open-data/bar-chart.ts";
import { html, usePracticePages } from "./pages.test-kit.ts";

const world = usePracticePages();
const { who, slugs } = world;
let t: TestRuntime;
beforeAll(() => {
  ({ t } = world);
});

describe("images and attachments", () => {
  const upload = async (
    c: Client,
    slug: string,
    fields: Record<string, string>,
    file?: [Uint8Array, string],
  ) => {
    const token = await c.csrf(`/practices/${slug}`);
    const form = new FormData();
    form.set("_csrf", token);
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    if (file) form.set("file", new File([file[0] as Uint8Array<ArrayBuffer>], file[1]));
    return c.post(`/practices/${slug}/media`, form);
  };

  it("lets a coordinator add an image with alt text and an attachment, checked on their content", async () => {
    const c = who.coordinator!;
    const png = barChartPng([1, 2, 3]);
    const noAlt = await upload(c, slugs.hidden!, { kind: "image" }, [png, "grafico.png"]);
    expect(noAlt.status).toBe(422);
    expect(await noAlt.text()).toContain("Scrivi il testo alternativo dell&#39;immagine.");
    const liar = await upload(c, slugs.hidden!, { kind: "image", alt: "Un grafico" }, [
      new TextEncoder().encode("<html>not an image</html>"),
      "finto.png",
    ]);
    expect(liar.status).toBe(422);
    const liarPage = await liar.text();
    expect(liarPage).toContain("non è un&#39;immagine che possiamo leggere");
    expect(liarPage).toContain('value="Un grafico"'); // input kept
    const ok = await upload(
      c,
      slugs.hidden!,
      { kind: "image", alt: "Prestiti per anno: 1, 2, 3", title: "Prestiti" },
      [png, "grafico.png"],
    );
    expect(ok.status).toBe(303);
    const pdf = new TextEncoder().encode("%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");
    expect(
      (await upload(c, slugs.hidden!, { kind: "attachment", title: "Rapporto" }, [pdf, "rapporto.pdf"]))
        .status,
    ).toBe(303);

    const page = await html(c, `/practices/${slugs.hidden}`);
    expect(page).toMatch(/<img src="\/practices\/[^"]+\/media\/[^"]+" alt="Prestiti per anno: 1, 2, 3"/);
    expect(page).toMatch(/download="rapporto\.pdf">Rapporto<\/a>/);
    const src = /<img src="([^"]+)"/.exec(page)![1]!;
    const file = await who.member!.get(src);
    expect(file.status).toBe(200);
    // The image pipeline's JPEG, not the PNG that was sent.
    expect(file.headers.get("content-type")).toBe("image/jpeg");
    expect(file.headers.get("x-content-type-options")).toBe("nosniff");
    // The file is exactly as visible as its practice.
    expect((await who.anonymous!.get(src)).status).toBe(404);
    expect((await who["other-coordinator"]!.get(src)).status).toBe(404);
    const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page)![1]!);
    expect(ld.image[0].description).toBe("Prestiti per anno: 1, 2, 3");
    expect(ld.associatedMedia[0].encodingFormat).toBe("application/pdf");

    // Removing it takes the file away.
    const id = src.split("/").pop()!;
    const token = await c.csrf(`/practices/${slugs.hidden}`);
    expect((await c.post(`/practices/${slugs.hidden}/media/${id}/delete`, { _csrf: token })).status).toBe(
      303,
    );
    expect((await who.member!.get(src)).status).toBe(404);
  });

  it("stores a phone photo as a JPEG with no GPS, camera data, XMP or IPTC, and refuses HEIC by name", async () => {
    const c = who.coordinator!;
    const photo = await phonePhoto(2400, 1800);
    expect((await exifr.gps(photo))?.latitude).toBeCloseTo(PHONE_GPS.latitude, 2);
    const ok = await upload(c, slugs.a!, { kind: "image", alt: "La sala lettura" }, [photo, "IMG_0042.png"]);
    expect(ok.status).toBe(303);
    const src = new RegExp(`<img src="(/practices/${slugs.a}/media/[^"]+)" alt="La sala lettura"`).exec(
      await html(c, `/practices/${slugs.a}`),
    )![1]!;
    const res = await c.get(src);
    expect(res.headers.get("content-type")).toBe("image/jpeg");
    expect(res.headers.get("content-disposition")).toContain('filename="IMG_0042.jpg"');
    const served = Buffer.from(await res.arrayBuffer());
    expect(
      await exifr.parse(served, { tiff: true, gps: true, xmp: true, iptc: true, icc: true }),
    ).toBeUndefined();
    expect(await sharp(served).metadata()).toMatchObject({ format: "jpeg", width: 2048, height: 1536 });
    // What the store holds is that JPEG, with its thumbnail beside it.
    const row = await sql<{ file_key: string; byte_size: number }>`
      select file_key, byte_size from practice_media where id = ${src.split("/").pop()}`.execute(t.deps.db);
    const stored = await t.deps.files.get(row.rows[0]!.file_key);
    expect(Buffer.from(stored!.bytes).equals(served)).toBe(true);
    expect(row.rows[0]!.byte_size).toBe(served.byteLength);
    expect(await t.deps.files.get(thumbnailKey(row.rows[0]!.file_key))).toBeDefined();

    const heic = await upload(c, slugs.a!, { kind: "image", alt: "Foto" }, [heicLike(), "IMG_0043.jpg"]);
    expect(heic.status).toBe(422);
    expect(await heic.text()).toContain(
      "Le foto HEIC/HEIF (il formato predefinito degli iPhone) non sono accettate",
    );
  });

  it("refuses an attachment above 10 MB with a message on the page", async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(new TextEncoder().encode("%PDF-1.4\n"));
    const r = await upload(who.coordinator!, slugs.a!, { kind: "attachment", title: "Troppo grande" }, [
      big,
      "big.pdf",
    ]);
    expect(r.status).toBe(413);
    const page = await r.text();
    expect(page).toContain("Il file è troppo grande.");
    expect(page).toContain('value="Troppo grande"');
  });

  it("draws a CSV figures table as a chart on the practice page, and refuses a CSV that is not one", async () => {
    const c = who.coordinator!;
    const bytes = (s: string) => new TextEncoder().encode(s);
    const wrong = await upload(c, slugs.a!, { kind: "attachment", title: "Dati" }, [
      bytes("a,b,c\n1,2,3\n"),
      "dati.csv",
    ]);
    expect(wrong.status).toBe(422);
    expect(await wrong.text()).toContain("Il file CSV deve essere una tabella di due colonne");
    const png = await upload(c, slugs.a!, { kind: "attachment" }, [barChartPng([1]), "finto.csv"]);
    expect(png.status).toBe(422);
    // Semicolons and decimal commas, as an Italian spreadsheet writes them.
    const ok = await upload(c, slugs.a!, { kind: "attachment", title: "Persone formate per paese" }, [
      bytes("Paese;Persone formate\r\nFinlandia;12\r\nItalia;1234,5\r\n"),
      "formazione.csv",
    ]);
    expect(ok.status).toBe(303);
    const page = await html(who.anonymous!, `/practices/${slugs.a}`);
    const chart = page.slice(page.indexOf('<div class="chart chart-bar"'));
    expect(chart).toContain(
      '<figcaption class="chart-finding">Persone formate: il valore più alto è Italia, con 1.234,5.</figcaption>',
    );
    expect([...chart.matchAll(/class="chart-value"[^>]*>([^<]*)</g)].map((m) => m[1])).toEqual([
      "1.234,5",
      "12",
    ]);
    expect(chart).toMatch(/<title id="figure-[0-9a-f-]+-title">Persone formate per paese<\/title>/);
    expect(page).toMatch(/download="formazione\.csv">Persone formate per paese<\/a>/);
    expect(page).toContain("(CSV, 1 KB)");
    const en = await html(who.anonymous!, `/practices/${slugs.a}?lang=en`);
    expect(en).toContain("Persone formate: the highest value is Italia, with 1,234.5.");
    await html(who.anonymous!, "/practices?lang=it");
  });

  it("offers the upload form to coordinators only and refuses others' uploads", async () => {
    expect(await html(who.coordinator!, `/practices/${slugs.a}`)).toContain('enctype="multipart/form-data"');
    expect(await html(who.member!, `/practices/${slugs.a}`)).not.toContain('enctype="multipart/form-data"');
    const png = barChartPng([1]);
    const r = await upload(who.member!, slugs.a!, { kind: "image", alt: "x" }, [png, "x.png"]);
    expect(r.status).toBe(403);
    const other = await upload(who["other-coordinator"]!, slugs.a!, { kind: "image", alt: "x" }, [
      png,
      "x.png",
    ]);
    expect(other.status).toBe(403);
  });
});
