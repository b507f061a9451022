// Every message of the catalogue, registered by importing this file (the manifest's `messages`).
import "./messages.ts";
import "./import/messages.ts";
import "./open-data/messages.ts";
import "./views/messages.ts";
import "./catalogue/versions.messages.ts";
import "./workflow/messages.ts";
