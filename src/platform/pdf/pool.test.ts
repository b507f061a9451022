// PDFs render in worker threads (pool.ts): the event loop stays free while a large document is laid
// out, at most `threads` render at once, and beyond the queue the pool refuses with a 503.
import { afterAll, describe, expect, it } from "vitest";
import { worstLag } from "../../../test/helpers/event-loop.ts";
import { readPdfStructure } from "../../../test/helpers/pdf.ts";
import { AppError } from "../errors.ts";
import { PdfPool } from "./pool.ts";
import type { TaggedPdf } from "./tagged.ts";

/** A document of `n` list items in groups of ten under headings, like a large board summary. */
function large(n: number, title = "Sintesi"): TaggedPdf {
  const blocks: TaggedPdf["blocks"] = [{ kind: "h1", text: title }];
  for (let g = 0; g < n / 10; g++) {
    blocks.push({ kind: "h3", text: `${g + 1}. Gruppo ${g + 1} — 3 voti` });
    blocks.push({
      kind: "list",
      items: Array.from(
        { length: 10 },
        (_, i) =>
          `Nota ${g * 10 + i + 1}: servono formazione continua, risorse dedicate e un coordinamento tra enti`,
      ),
    });
  }
  return { title, lang: "it-IT", blocks };
}

const pools: PdfPool[] = [];
const pool = (o: ConstructorParameters<typeof PdfPool>[0]) => {
  const p = new PdfPool(o);
  pools.push(p);
  return p;
};
afterAll(() => Promise.all(pools.map((p) => p.close())));

describe("the PDF pool", () => {
  it("renders a 1,200-item document in a worker while the event loop stays responsive", async () => {
    const p = pool({ threads: 1 });
    // The worker's start (loader, pdfkit) is not what is measured: one small document first.
    await p.render(large(10));
    const { result, lagMs } = await worstLag(() => p.render(large(1200)));
    const pdf = await readPdfStructure(result);
    expect(pdf.title).toBe("Sintesi");
    expect(pdf.pages).toBeGreaterThan(20);
    expect(pdf.elements.filter((e) => e === "LI").length).toBe(1200);
    // In the main thread the same document blocks for seconds; here timers fire on time.
    expect(lagMs).toBeLessThan(200);
    expect(p.renders).toBe(2);
  }, 120_000);

  it("renders at most `threads` at once, queues up to `maxQueue`, and refuses beyond with 503 and Retry-After", async () => {
    const p = pool({ threads: 1, maxQueue: 1, retryAfterSeconds: 7 });
    const first = p.render(large(100, "Primo"));
    const second = p.render(large(10, "Secondo"));
    expect(p.waiting).toBe(1);
    const third = await p.render(large(10, "Terzo")).catch((e: unknown) => e);
    expect(third).toBeInstanceOf(AppError);
    expect((third as AppError).status).toBe(503);
    expect((third as AppError).headers["Retry-After"]).toBe("7");
    // The order the renders finish in, noted as each settles (reading a PDF back takes longer for the
    // larger one, so noting it after reading could swap them: a flake seen in CI).
    const done: string[] = [];
    const noted = (name: string) => (pdf: Uint8Array) => {
      done.push(name);
      return pdf;
    };
    const [a, b] = await Promise.all([first.then(noted("Primo")), second.then(noted("Secondo"))]);
    // One worker: the queued document started only after the first was done.
    expect(done).toEqual(["Primo", "Secondo"]);
    expect((await readPdfStructure(a)).title).toBe("Primo");
    expect((await readPdfStructure(b)).title).toBe("Secondo");
    expect(p.renders).toBe(2);
    // Free again: the next document is accepted.
    expect((await readPdfStructure(await p.render(large(10, "Quarto")))).title).toBe("Quarto");
  }, 120_000);
});
