// Strings of the captioned video player (IT + EN), for every module that shows one.
import { registerMessages } from "../i18n/index.ts";

const it = {
  "media.video.heading": "Video",
  "media.video.captionsTrack": "Sottotitoli",
  "media.video.download": "Scarica il video",
  "media.video.downloadCaptions": "Scarica i sottotitoli (WebVTT)",
  "media.video.transcript": "Trascrizione",
  "media.video.consentHeading": "Consenso delle persone riprese",
  "media.video.consentRecord": "Consenso alla pubblicazione dato da {who}, registrato il {date}.",
  "media.video.speed": "Velocità di riproduzione",
};

const en: typeof it = {
  "media.video.heading": "Video",
  "media.video.captionsTrack": "Captions",
  "media.video.download": "Download the video",
  "media.video.downloadCaptions": "Download the captions (WebVTT)",
  "media.video.transcript": "Transcript",
  "media.video.consentHeading": "Consent of the people filmed",
  "media.video.consentRecord": "Consent to publication given by {who}, recorded on {date}.",
  "media.video.speed": "Playback speed",
};

registerMessages({ it, en });
