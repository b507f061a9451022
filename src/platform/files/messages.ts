// Strings for refused uploads; checkUpload's errors carry these keys so every form shows them.
import { registerMessages } from "../i18n/index.ts";

const it = {
  "files.empty": "Il file è vuoto: scegline un altro.",
  "files.tooLarge": "Il file è troppo grande.",
  "files.wrongType": "Questo tipo di file non è accettato qui (controlliamo il contenuto, non il nome).",
};

const en: typeof it = {
  "files.empty": "The file is empty: choose another one.",
  "files.tooLarge": "The file is too large.",
  "files.wrongType": "This kind of file is not accepted here (we check its content, not its name).",
};

registerMessages({ it, en });
