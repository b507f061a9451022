// The captioned video player, server-rendered for any module: the native <video> with its WebVTT
// captions track (on by default) and a download link as fallback content, download links for the
// video and its captions, the transcript, and — when the people filmed had to consent — the record
// of that consent. No script: the browser's own controls are keyboard- and screen-reader-accessible.
import type { FC } from "hono/jsx";
import type { Ctx } from "../http/context.ts";
import { formatDate } from "../i18n/index.ts";
import type { ConsentRecord } from "./consent.ts";
import { transcriptParagraphs } from "./transcript.ts";
import "./messages.ts";

export type CaptionedVideoProps = {
  c: Ctx;
  /** Where the video file is served (byte ranges allowed, so the browser can seek). */
  src: string;
  /** Where its WebVTT captions are served. */
  captionsSrc: string;
  /** The file name the download link suggests. */
  downloadName?: string | undefined;
  transcript: string | null | undefined;
  /** Null for a video that needs no consent record. */
  consent: Pick<ConsentRecord, "by" | "recordedAt"> | null;
  /** Ids of the section's heading and of the transcript's: change them for a second player on a page. */
  headingId?: string;
  transcriptId?: string;
};

export const CaptionedVideo: FC<CaptionedVideoProps> = ({
  c,
  src,
  captionsSrc,
  downloadName,
  transcript,
  consent,
  headingId = "video-heading",
  transcriptId = "transcript",
}) => {
  const t = c.get("t");
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} class="h4">
        {t("media.video.heading")}
      </h2>
      <video controls preload="metadata" class="w-100 mb-2" src={src}>
        <track kind="captions" src={captionsSrc} label={t("media.video.captionsTrack")} default />
        <a href={src}>{t("media.video.download")}</a>
      </video>
      <p class="small">
        <a href={src} download={downloadName}>
          {t("media.video.download")}
        </a>
        {" · "}
        <a href={captionsSrc}>{t("media.video.downloadCaptions")}</a>
      </p>
      <h2 class="h4" id={transcriptId}>
        {t("media.video.transcript")}
      </h2>
      <div class="mb-4">
        {transcriptParagraphs(transcript).map((para) => (
          <p>{para}</p>
        ))}
      </div>
      {consent ? <ConsentNote c={c} consent={consent} /> : null}
    </section>
  );
};

/** Who consented to the video's publication, and when it was recorded (cue-player.tsx shows it too). */
export const ConsentNote: FC<{ c: Ctx; consent: Pick<ConsentRecord, "by" | "recordedAt"> }> = ({
  c,
  consent,
}) => {
  const t = c.get("t");
  return (
    <>
      <h2 class="h4">{t("media.video.consentHeading")}</h2>
      <p>
        {t("media.video.consentRecord", {
          who: consent.by,
          date: formatDate(c.get("lang"), consent.recordedAt, c.get("deps").config.timeZone),
        })}
      </p>
    </>
  );
};
