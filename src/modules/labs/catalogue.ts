// Every message of labs, registered by importing this file (the manifest's `messages`).
import "./messages.ts";
import "./messages.audit.ts";
import "./messages.deletions.ts";
import "./materials/messages.materials.ts";
import "./members/messages.members.ts";
import "./meetings/messages.meetings.ts";
import "./meetings/messages.programme.ts";
