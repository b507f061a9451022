// Everything the web role runs, as one static graph, imported once at start (app/server.ts) before
// the manifests' loaders run. Why (decision 0040): Node's ESM loader walks the whole dependency graph
// of every module reached by an `import()`, allocating promises for each of its ≈ 1,500 modules; the
// fifty-odd loaders of the manifests, called at once, made start-up allocate ≈ 30 MB more and V8
// keep ≈ 25 MB more while idle. Imported first as one root, the graph is walked once; the loaders
// then find their modules loaded. It changes no behaviour: the loaders still do the work, and a file
// missing here is only loaded later. test/app/preload.test.ts keeps this list equal to the files the
// manifests load (their demo data excepted: it runs once, on an empty database).
import "../modules/boards/api.ts";
import "../modules/boards/catalogue.ts";
import "../modules/boards/facilitation.routes.tsx";
import "../modules/boards/guard.routes.ts";
import "../modules/boards/home-section.tsx";
import "../modules/boards/live.ts";
import "../modules/boards/notifications.ts";
import "../modules/boards/outcomes.routes.tsx";
import "../modules/boards/routes.tsx";
import "../modules/boards/templates.routes.tsx";
import "../modules/boards/views/me-section.tsx";
import "../modules/boards/views/practice-origins.tsx";
import "../modules/boards/views/slots.tsx";
import "../modules/conferences/api.ts";
import "../modules/conferences/catalogue.ts";
import "../modules/conferences/events.handlers.ts";
import "../modules/conferences/home-section.tsx";
import "../modules/conferences/images.reprocess.ts";
import "../modules/conferences/notifications.ts";
import "../modules/conferences/routes.tsx";
import "../modules/funding/home-section.tsx";
import "../modules/funding/messages.ts";
import "../modules/funding/routes.tsx";
import "../modules/funding/views/practice-funding.tsx";
import "../modules/identity/account.routes.tsx";
import "../modules/identity/admin.routes.tsx";
import "../modules/identity/api.ts";
import "../modules/identity/catalogue.ts";
import "../modules/identity/events.handlers.ts";
import "../modules/identity/home-section.tsx";
import "../modules/identity/views/me-waiting.tsx";
import "../modules/identity/invitations.routes.tsx";
import "../modules/identity/jobs.ts";
import "../modules/identity/me.routes.tsx";
import "../modules/identity/network.routes.tsx";
import "../modules/identity/notifications.ts";
import "../modules/identity/oidc.routes.tsx";
import "../modules/identity/organisation.routes.tsx";
import "../modules/identity/routes.tsx";
import "../modules/labs/api.ts";
import "../modules/labs/catalogue.ts";
import "../modules/labs/events.handlers.ts";
import "../modules/labs/extras.routes.tsx";
import "../modules/labs/home-section.tsx";
import "../modules/labs/jobs.ts";
import "../modules/labs/notifications.ts";
import "../modules/labs/routes.tsx";
import "../modules/labs/views/me-section.tsx";
import "../modules/learning/api.ts";
import "../modules/learning/authoring.routes.tsx";
import "../modules/learning/home-section.tsx";
import "../modules/learning/messages.ts";
import "../modules/learning/notifications.ts";
import "../modules/learning/routes.tsx";
import "../modules/learning/views/me.tsx";
import "../modules/notifications/api.ts";
import "../modules/notifications/digest.ts";
import "../modules/notifications/handlers.ts";
import "../modules/notifications/messages.ts";
import "../modules/notifications/routes.tsx";
import "../modules/notifications/views/badge.tsx";
import "../modules/notifications/views/me-section.tsx";
import "../modules/practices/api.ts";
import "../modules/practices/catalogue.ts";
import "../modules/practices/events.handlers.ts";
import "../modules/practices/home-section.tsx";
import "../modules/practices/import/routes.tsx";
import "../modules/practices/media/pending.ts";
import "../modules/practices/media/reprocess.ts";
import "../modules/practices/workflow/moderators.notify.ts";
import "../modules/practices/notifications.ts";
import "../modules/practices/open-data/routes.tsx";
import "../modules/practices/catalogue/pages.routes.tsx";
import "../modules/practices/catalogue/versions.routes.tsx";
import "../modules/practices/views-submit/me-section.tsx";
import "../modules/practices/workflow/api.ts";
import "../modules/practices/workflow/mails.ts";
import "../modules/practices/workflow/routes.tsx";
import "./http.tsx";
import "./live.ts";
