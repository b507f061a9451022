// Every message of labs, registered by importing this file (the manifest's `messages`).
import "./messages.ts";
import "./messages.audit.ts";
import "./messages.deletions.ts";
import "./messages.materials.ts";
import "./messages.members.ts";
import "./messages.meetings.ts";
import "./messages.programme.ts";
