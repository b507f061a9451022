// Labs' jobs, declared by importing the files that define them (the manifest's `jobs`).
import "./notify.ts";
import "./meetings/reminders.ts";
import "./images.reprocess.ts";
