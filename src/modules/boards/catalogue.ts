// Every message of boards, registered by importing this file (the manifest's `messages`).
import "./messages.ts";
import "./messages.form.ts";
import "./messages.outcomes.ts";
import "./messages.presence.ts";
import "./messages.templates.ts";
import "./messages.facilitation.ts";
import "./messages.here.ts";
import "./messages.board.ts";
