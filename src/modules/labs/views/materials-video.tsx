// A video material on its page: the player with its captions track, download links, the transcript, and
// the record of the consent of those who appear in it.
import type { FC } from "hono/jsx";
import type { Ctx } from "../../../platform/http/context.ts";
import { formatDate } from "../../../platform/i18n/index.ts";
import type { Lab } from "../labs.types.ts";
import type { Material } from "../materials.service.ts";
import { materialUrl } from "./materials-parts.tsx";

export const VideoSection: FC<{ c: Ctx; lab: Lab; m: Material }> = ({ c, lab, m }) => {
  const t = c.get("t");
  const lang = c.get("lang");
  const base = materialUrl(lab, m);
  const tz = c.get("deps").config.timeZone;
  return (
    <section aria-labelledby="video-heading">
      <h2 id="video-heading" class="h4">
        {t("labs.materials.video")}
      </h2>
      <video controls preload="metadata" class="w-100 mb-2" src={`${base}/file`}>
        <track
          kind="captions"
          src={`${base}/captions.vtt`}
          label={t("labs.materials.captionsTrack")}
          default
        />
        <a href={`${base}/file`}>{t("labs.materials.downloadVideo")}</a>
      </video>
      <p class="small">
        <a href={`${base}/file`} download={m.fileName ?? undefined}>
          {t("labs.materials.downloadVideo")}
        </a>
        {" · "}
        <a href={`${base}/captions.vtt`}>{t("labs.materials.downloadCaptions")}</a>
      </p>
      <h2 class="h4" id="transcript">
        {t("labs.materials.transcript")}
      </h2>
      <div class="mb-4">
        {(m.transcript ?? "")
          .split(/\r?\n\s*\r?\n/)
          .filter((para) => para.trim())
          .map((para) => (
            <p>{para}</p>
          ))}
      </div>
      <h2 class="h4">{t("labs.materials.consentLegend")}</h2>
      <p>
        {t("labs.materials.consentRecord", {
          who: m.consentBy ?? "",
          date: m.consentRecordedAt ? formatDate(lang, m.consentRecordedAt, tz) : "",
        })}
      </p>
    </section>
  );
};
