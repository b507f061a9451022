// Why an image was refused, in both languages; the pipeline's errors carry these keys so every form
// shows them next to its file field.
import { registerMessages } from "../i18n/index.ts";

const it = {
  "images.heic":
    "Le foto HEIC/HEIF (il formato predefinito degli iPhone) non sono accettate: salvala o esportala come JPEG (su iPhone: Impostazioni › Fotocamera › Formati › «Più compatibile») e caricala di nuovo.",
  "images.notImage":
    "Questo file non è un'immagine che possiamo leggere: carica una foto JPEG, PNG, WebP o GIF.",
  "images.tooManyPixels":
    "L'immagine ha troppi pixel (al massimo 40 megapixel): riducila e caricala di nuovo.",
  "images.corrupt": "L'immagine sembra danneggiata o incompleta: prova a salvarla di nuovo e a ricaricarla.",
  "images.tooLarge": "Il file dell'immagine è troppo grande.",
  "images.hint":
    "Le immagini sono salvate in JPEG, al massimo 2048 pixel per lato, senza dati di posizione né della fotocamera; le parti trasparenti diventano bianche e delle GIF animate resta il primo fotogramma.",
};

const en: typeof it = {
  "images.heic":
    "HEIC/HEIF photos (the iPhone's default format) are not accepted: save or export it as JPEG (on an iPhone: Settings › Camera › Formats › “Most Compatible”) and upload it again.",
  "images.notImage": "This file is not an image we can read: upload a JPEG, PNG, WebP or GIF picture.",
  "images.tooManyPixels":
    "The image has too many pixels (at most 40 megapixels): make it smaller and upload it again.",
  "images.corrupt": "The image seems damaged or incomplete: try saving it again and uploading it once more.",
  "images.tooLarge": "The image file is too large.",
  "images.hint":
    "Images are stored as JPEG, at most 2048 pixels on a side, without location or camera data; transparent parts become white and animated GIFs keep their first frame.",
};

registerMessages({ it, en });
