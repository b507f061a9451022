// The captioned video player with one caption track per language and the transcript as the list of
// its cues, rendered on the server beside the video (first used by learning's video lessons; labs'
// materials keep the single-track CaptionedVideo). Works without script: the native controls, every
// track, and each cue a link to the video at that moment (a media fragment, `#t=`). The island
// (client/video) highlights the current cue, seeks on a cue in place, shows the speed <select>
// (0.75–2×) and saves the playback position every 15 s and on pause.
import type { Child, FC } from "hono/jsx";
import type { Ctx } from "../http/context.ts";
import type { ConsentRecord } from "./consent.ts";
import { ConsentNote } from "./video-player.tsx";
import { type Cue, clock } from "./webvtt-cues.ts";
import "./messages.ts";

export const SPEEDS = [0.75, 1, 1.25, 1.5, 1.75, 2] as const;

export type CaptionTrack = { src: string; srclang: string; label: string; default?: boolean };

export type CuePlayerProps = {
  c: Ctx;
  /** Where the video is served (byte ranges allowed), here or on another host. */
  src: string;
  downloadName?: string | undefined;
  /** One per language; at most one `default`. */
  tracks: CaptionTrack[];
  /** The transcript shown: one track's cues, in its language. */
  transcript: { lang: string; cues: Cue[] } | null;
  /** Above the transcript: e.g. links to the transcript in the other languages. */
  transcriptNav?: Child;
  consent: Pick<ConsentRecord, "by" | "recordedAt"> | null;
  /** Where the island posts the position (a form post with `_csrf`), and where to start (seconds). */
  position?: { url: string; csrf: string; resumeAt: number | null } | undefined;
};

/** A media fragment starts the video at `seconds` (the browser seeks before playing). */
const at = (src: string, seconds: number) => `${src}#t=${Math.round(seconds * 1000) / 1000}`;

export const CuePlayer: FC<CuePlayerProps> = (p) => {
  const t = p.c.get("t");
  const resume = p.position?.resumeAt && p.position.resumeAt > 1 ? p.position.resumeAt : null;
  return (
    <section
      aria-labelledby="video-heading"
      class="cue-player mb-4"
      data-cue-player=""
      data-position-url={p.position?.url}
      data-csrf={p.position?.csrf}
    >
      <h2 id="video-heading" class="h4">
        {t("media.video.heading")}
      </h2>
      <div class="row">
        <div class="col-12 col-xl-7">
          {/* biome-ignore lint/a11y/useMediaCaption: the captions tracks, one per language, are p.tracks */}
          <video controls preload="metadata" class="w-100 mb-2" src={resume ? at(p.src, resume) : p.src}>
            {p.tracks.map((tr) => (
              <track
                kind="captions"
                src={tr.src}
                srclang={tr.srclang}
                label={tr.label}
                default={tr.default}
              />
            ))}
            <a href={p.src}>{t("media.video.download")}</a>
          </video>
          <div class="select-wrapper mb-3" data-speed-wrap="" hidden>
            <label for="video-speed">{t("media.video.speed")}</label>
            <select id="video-speed" data-speed="">
              {SPEEDS.map((s) => (
                <option value={String(s)} selected={s === 1}>
                  {`${s}×`}
                </option>
              ))}
            </select>
          </div>
          <p class="small">
            <a href={p.src} download={p.downloadName}>
              {t("media.video.download")}
            </a>
            {p.tracks.length ? (
              <>
                <br />
                {t("media.video.downloadCaptions")}:{" "}
                {p.tracks.map((tr, i) => (
                  <>
                    {i ? " · " : ""}
                    <a href={tr.src} hreflang={tr.srclang} lang={tr.srclang}>
                      {tr.label}
                    </a>
                  </>
                ))}
              </>
            ) : null}
          </p>
        </div>
        <div class="col-12 col-xl-5">
          <h2 class="h4" id="transcript">
            {t("media.video.transcript")}
          </h2>
          {p.transcriptNav}
          {p.transcript ? (
            <ol class="list-unstyled cue-list" lang={p.transcript.lang} aria-labelledby="transcript">
              {p.transcript.cues.map((cue) => (
                <li>
                  <a href={at(p.src, cue.start)} data-start={String(cue.start)} data-end={String(cue.end)}>
                    <span class="cue-time">{clock(cue.start)}</span> {cue.text}
                  </a>
                </li>
              ))}
            </ol>
          ) : null}
        </div>
      </div>
      {p.consent ? <ConsentNote c={p.c} consent={p.consent} /> : null}
    </section>
  );
};
