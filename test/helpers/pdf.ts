// Reads what a tagged PDF declares about itself, with pdf-lib's object parser (no PDF/UA validator
// is available here: see STACK-NOTES "PDF checks"): the catalogue's /StructTreeRoot, /MarkInfo,
// /Lang, /ViewerPreferences /DisplayDocTitle, the info /Title, and the structure elements' types in
// reading order (a depth-first walk of /K, which is the logical order).
import {
  PDFArray,
  PDFBool,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  type PDFObject,
  PDFRef,
  PDFString,
} from "pdf-lib";

export type PdfStructure = {
  header: string;
  title: string | undefined;
  lang: string | undefined;
  displayDocTitle: boolean;
  marked: boolean;
  hasStructTreeRoot: boolean;
  /** Structure element types (/S) in reading order, e.g. ["Document", "H1", "P", "H2", …]. */
  elements: string[];
  /** The number of pages. */
  pages: number;
};

const text = (o: PDFObject | undefined): string | undefined =>
  o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : undefined;

export async function readPdfStructure(bytes: Uint8Array): Promise<PdfStructure> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const ctx = doc.context;
  const catalog = doc.catalog;
  const deref = (o: PDFObject | undefined) => (o instanceof PDFRef ? ctx.lookup(o) : o);
  const prefs = deref(catalog.get(PDFName.of("ViewerPreferences")));
  const display = prefs instanceof PDFDict ? prefs.get(PDFName.of("DisplayDocTitle")) : undefined;
  const markInfo = deref(catalog.get(PDFName.of("MarkInfo")));
  const marked = markInfo instanceof PDFDict ? markInfo.get(PDFName.of("Marked")) : undefined;
  const root = deref(catalog.get(PDFName.of("StructTreeRoot")));
  const elements: string[] = [];
  const walk = (o: PDFObject | undefined, depth: number) => {
    if (depth > 50) return;
    const v = deref(o);
    if (v instanceof PDFArray) {
      for (let i = 0; i < v.size(); i++) walk(v.get(i), depth + 1);
      return;
    }
    if (!(v instanceof PDFDict)) return;
    const s = v.get(PDFName.of("S"));
    if (s instanceof PDFName) elements.push(s.decodeText());
    walk(v.get(PDFName.of("K")), depth + 1);
  };
  if (root instanceof PDFDict) walk(root.get(PDFName.of("K")), 0);
  const header = new TextDecoder("latin1").decode(bytes.slice(0, 8));
  return {
    header,
    title: doc.getTitle(),
    lang: text(deref(catalog.get(PDFName.of("Lang")))),
    displayDocTitle: display instanceof PDFBool ? display.asBoolean() : false,
    marked: marked instanceof PDFBool ? marked.asBoolean() : false,
    hasStructTreeRoot: root instanceof PDFDict,
    elements,
    pages: doc.getPageCount(),
  };
}
