// How a file is named to a reader beside its link: its size in the reader's language ("2,3 MB",
// "2.3 MB") and a short name of its type ("PDF", "DOCX"), from the type detected on its content.
import { formatNumber, type Lang } from "../i18n/index.ts";

export function fileSizeLabel(lang: Lang, bytes: number): string {
  if (bytes < 1024) return `${formatNumber(lang, bytes)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(lang, Math.round(bytes / 1024))} KB`;
  return `${formatNumber(lang, Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`;
}

const NAMES: Record<string, string> = {
  "application/pdf": "PDF",
  "application/epub+zip": "EPUB",
  "application/vnd.oasis.opendocument.text": "ODT",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "DOCX",
};

/** "PDF", "ODT", "PNG", "MP4"…; "" for a type without a short name. */
export function fileTypeLabel(contentType: string | null | undefined): string {
  const ct = contentType ?? "";
  if (NAMES[ct]) return NAMES[ct];
  if (ct.startsWith("image/") || ct.startsWith("video/")) return (ct.split("/")[1] ?? "").toUpperCase();
  return "";
}
