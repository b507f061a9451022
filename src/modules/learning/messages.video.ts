// Strings of video lessons (player, transcript, speed, the video and caption forms, their errors),
// in Italian and English.
import { registerMessages } from "../../platform/i18n/index.ts";

const it = {
  "learning.kind.video": "video",
  "learning.video.transcriptIn": "Trascrizione in",
  "learning.video.resumeNote":
    "Il video riparte da {time}, il punto in cui si era interrotta l'ultima visione.",
  "learning.video.none": "Il video di questa lezione non è ancora disponibile.",
  "learning.video.noCaptions": "Questo video non ha ancora sottotitoli.",
  "learning.video.elsewhere": "Il video è ospitato su {host}.",
  "learning.video.manage": "Video e sottotitoli",
  "learning.video.formTitle": "Video e sottotitoli: {title}",
  "learning.video.sourceHeading": "Il video",
  "learning.video.sourceIntro":
    "Carica un file MP4 o WebM fino a 500 MB, oppure indica l'indirizzo https di un video ospitato altrove (per esempio un file PeerTube) se è più grande.",
  "learning.video.current": "Video attuale: {what}. Lascia vuoti il file e l'indirizzo per tenerlo.",
  "learning.f.file": "File video (MP4 o WebM, al massimo 500 MB)",
  "learning.f.videoUrl": "Oppure l'indirizzo del video (https)",
  "learning.f.consent": "Tutte le persone riprese hanno dato il consenso alla pubblicazione",
  "learning.f.consentBy": "Chi ha dato il consenso (nomi e ruoli)",
  "learning.video.save": "Salva il video",
  "learning.video.captionsHeading": "Sottotitoli",
  "learning.video.captionsIntro":
    "Una traccia WebVTT per lingua, al massimo 512 KB. Per sostituirne una, eliminala e caricala di nuovo.",
  "learning.f.captionsLanguage": "Lingua dei sottotitoli",
  "learning.f.captionsFile": "File dei sottotitoli (WebVTT)",
  "learning.video.addCaptions": "Aggiungi i sottotitoli",
  "learning.video.removeCaptions": "Elimina i sottotitoli in {language}",
  "learning.video.saved": "Video salvato.",
  "learning.video.captionsAdded": "Sottotitoli aggiunti.",
  "learning.video.captionsRemoved": "Sottotitoli eliminati.",
  "learning.video.errors.tooLarge":
    "Il video supera i 500 MB: indica invece l'indirizzo del video ospitato altrove.",
  "learning.video.errors.wrongType":
    "Questo file non è un video MP4 o WebM (il tipo si riconosce dal contenuto, non dal nome).",
  "learning.video.errors.both": "Carica un file oppure indica un indirizzo, non entrambi.",
  "learning.video.errors.url": "Scrivi un indirizzo che inizia con https://.",
  "learning.video.errors.source": "Carica un file video o indica l'indirizzo di un video.",
  "learning.video.errors.consent":
    "Senza il consenso delle persone riprese il video non può essere pubblicato.",
  "learning.video.errors.consentBy": "Scrivi chi ha dato il consenso.",
  "learning.video.errors.language": "Scegli la lingua dei sottotitoli.",
  "learning.video.errors.captionsMissing": "Scegli un file di sottotitoli.",
  "learning.video.errors.captionsTooLarge": "Il file dei sottotitoli supera i 512 KB.",
  "learning.video.errors.captionsNotVtt":
    "Il file dei sottotitoli non è WebVTT: deve essere testo UTF-8 che inizia con WEBVTT.",
  "learning.video.errors.noCues": "Il file dei sottotitoli non contiene nessuna battuta.",
  "learning.video.errors.cue.timing":
    "Riga {line}: i tempi non si leggono (si scrivono 00:01.000 --> 00:04.000).",
  "learning.video.errors.cue.endBeforeStart": "Riga {line}: la battuta finisce prima di cominciare.",
  "learning.video.errors.cue.noText": "Riga {line}: la battuta non ha testo.",
  "learning.video.errors.cue.notWebVtt": "Riga {line}: il file non inizia con WEBVTT.",
  "learning.video.errors.languageTwice":
    "Questa lezione ha già i sottotitoli in questa lingua: elimina quelli esistenti per sostituirli.",
  "learning.video.errors.seconds": "Posizione non valida.",
};

const en: typeof it = {
  "learning.kind.video": "video",
  "learning.video.transcriptIn": "Transcript in",
  "learning.video.resumeNote": "Resume from {time}: the video starts again where you last stopped.",
  "learning.video.none": "This lesson's video is not available yet.",
  "learning.video.noCaptions": "This video has no captions yet.",
  "learning.video.elsewhere": "The video is hosted on {host}.",
  "learning.video.manage": "Video and captions",
  "learning.video.formTitle": "Video and captions: {title}",
  "learning.video.sourceHeading": "The video",
  "learning.video.sourceIntro":
    "Upload an MP4 or WebM file of up to 500 MB, or give the https address of a video hosted elsewhere (a PeerTube file, for example) when it is larger.",
  "learning.video.current": "Current video: {what}. Leave the file and the address empty to keep it.",
  "learning.f.file": "Video file (MP4 or WebM, 500 MB at most)",
  "learning.f.videoUrl": "Or the video's address (https)",
  "learning.f.consent": "Everyone filmed consented to publication",
  "learning.f.consentBy": "Who consented (names and roles)",
  "learning.video.save": "Save the video",
  "learning.video.captionsHeading": "Captions",
  "learning.video.captionsIntro":
    "One WebVTT track per language, 512 KB at most. To replace one, delete it and upload it again.",
  "learning.f.captionsLanguage": "Language of the captions",
  "learning.f.captionsFile": "Caption file (WebVTT)",
  "learning.video.addCaptions": "Add the captions",
  "learning.video.removeCaptions": "Delete the captions in {language}",
  "learning.video.saved": "Video saved.",
  "learning.video.captionsAdded": "Captions added.",
  "learning.video.captionsRemoved": "Captions deleted.",
  "learning.video.errors.tooLarge":
    "The video is over 500 MB: give the address of the video hosted elsewhere instead.",
  "learning.video.errors.wrongType":
    "This file is not an MP4 or WebM video (its type is told from its content, not its name).",
  "learning.video.errors.both": "Upload a file or give an address, not both.",
  "learning.video.errors.url": "Write an address starting with https://.",
  "learning.video.errors.source": "Upload a video file or give the address of a video.",
  "learning.video.errors.consent": "Without the consent of the people filmed the video cannot be published.",
  "learning.video.errors.consentBy": "Write who consented.",
  "learning.video.errors.language": "Choose the language of the captions.",
  "learning.video.errors.captionsMissing": "Choose a caption file.",
  "learning.video.errors.captionsTooLarge": "The caption file is over 512 KB.",
  "learning.video.errors.captionsNotVtt":
    "The caption file is not WebVTT: it must be UTF-8 text starting with WEBVTT.",
  "learning.video.errors.noCues": "The caption file holds no cues.",
  "learning.video.errors.cue.timing":
    "Line {line}: the timing cannot be read (write 00:01.000 --> 00:04.000).",
  "learning.video.errors.cue.endBeforeStart": "Line {line}: the cue ends before it starts.",
  "learning.video.errors.cue.noText": "Line {line}: the cue has no text.",
  "learning.video.errors.cue.notWebVtt": "Line {line}: the file does not start with WEBVTT.",
  "learning.video.errors.languageTwice":
    "This lesson already has captions in this language: delete them to replace them.",
  "learning.video.errors.seconds": "Not a valid position.",
};

registerMessages({ it, en });
