// Identity's jobs, declared by importing the files that define them (the manifest's `jobs`).
import "./accounts.service.ts";
import "./email-links.requests.ts";
import "./signup.service.ts";
import "./images.reprocess.ts";
