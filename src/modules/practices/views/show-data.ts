// What a practice page is drawn from (ShowPageData), and the texts derived from it: licence names and
// links, file format labels and sizes, and the citation line.
import { formatNumber, type Lang, type T } from "../../../platform/i18n/index.ts";
import type { FormState } from "../../../platform/ui/components.tsx";
import type { Practice } from "../catalogue/service.ts";
import type { PracticeMedia } from "../media/service.ts";
import type { PracticeFigures } from "../open-data/figures.service.ts";
import type { PracticeHit } from "../search/service.ts";

export type OrgRef = { slug: string; name: string; type: string };

export type ShowPageData = {
  practice: Practice;
  organisations: OrgRef[];
  network: { slug: string; name: string } | null;
  media: PracticeMedia[];
  /** Figures tables among the attachments (CSV), drawn as charts. */
  figures: PracticeFigures[];
  related: PracticeHit[];
  canManageMedia: boolean;
  /** Who moderates it edits its texts (each edit a version) and reads their history. */
  canEdit: boolean;
  uploadForm: FormState;
};

const LICENCES: Record<string, { name: string; url: string }> = {
  "CC-BY-4.0": { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" },
  "CC-BY-SA-4.0": { name: "CC BY-SA 4.0", url: "https://creativecommons.org/licenses/by-sa/4.0/" },
  "CC-BY-NC-4.0": { name: "CC BY-NC 4.0", url: "https://creativecommons.org/licenses/by-nc/4.0/" },
  "CC0-1.0": { name: "CC0 1.0", url: "https://creativecommons.org/publicdomain/zero/1.0/" },
};
export const licenceOf = (code: string) => LICENCES[code] ?? { name: code, url: null };

export const FORMATS: Record<string, string> = {
  "application/pdf": "PDF",
  "application/vnd.oasis.opendocument.text": "ODT",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "DOCX",
  "image/png": "PNG",
  "image/jpeg": "JPEG",
  "image/webp": "WebP",
  "image/gif": "GIF",
  "text/csv": "CSV",
};

export function sizeText(lang: Lang, bytes: number): string {
  if (bytes < 1024 * 1024) return `${formatNumber(lang, Math.max(1, Math.round(bytes / 1024)))} KB`;
  return `${formatNumber(lang, Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`;
}

/** The citation line: who, when, what, where it is catalogued, and its permanent address. */
export function citationOf(d: ShowPageData, siteName: string, url: string, t: T): string {
  const p = d.practice;
  const who = d.organisations.map((o) => o.name).join(", ") || d.network?.name || siteName;
  const year = p.startYear ?? p.publishedAt?.getUTCFullYear() ?? p.createdAt.getUTCFullYear();
  const where = [d.network?.name, siteName].filter(Boolean).join(", ");
  return `${who} (${year}). ${p.title}. ${where}. ${url} (${t("practices.pages.licence")}: ${licenceOf(p.licence).name})`;
}
