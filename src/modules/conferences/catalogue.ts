// Every message of conferences, registered by importing this file (the manifest's `messages`).
import "./messages.ts";
import "./messages.programme.ts";
import "./messages.registration.ts";
import "./messages.attendance.ts";
import "./messages.waitlist.ts";
import "./messages.editions.ts";
