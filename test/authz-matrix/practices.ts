// Writes of the practices module: reporting a project, moderation, comments, flags, media, import,
// edits of published practices, and the catalogue API. Comments and flags follow the practice's
// visibility (one row each per visibility); moderation, media, edits and import are for the
// network's coordinators and admins.

import { barChartPng, flag, storeMedia } from "../../src/modules/practices/index.ts";
import type { MatrixWorld, Statuses, WriteRow } from "../helpers/matrix.ts";
import { buildPractice } from "../helpers/practices.ts";
import { unique } from "./unique.ts";

const VISIBLE: Record<string, Statuses> = {
  //              anon admin coord facil comm   pa  memb oCoor oMemb guest labP
  public: /*   */ [303, 303, 303, 303, 303, 303, 303, 303, 303, 303, 303],
  network: /*  */ [404, 303, 303, 303, 303, 303, 303, 404, 404, 404, 404],
  pa: /*       */ [404, 303, 303, 404, 404, 303, 404, 404, 404, 404, 404],
  participants: [404, 303, 303, 404, 404, 404, 404, 404, 404, 404, 303],
};
const cap = (v: string) => v[0]!.toUpperCase() + v.slice(1);

export async function practiceWrites(w: MatrixWorld): Promise<WriteRow[]> {
  const t = w.t;
  const practice = await buildPractice(t, { networkId: w.f.netId!, visibility: "network" });
  const submitted = await buildPractice(t, { networkId: w.f.netId!, status: "submitted" });
  const apiPractice = (title: string) => ({
    title,
    summary: "Un portale di dati aperti costruito con le scuole.",
    country: "IT",
    language: "it",
    startYear: 2022,
    themes: ["open-data"],
    networkId: w.f.netId!,
  });
  //                                                     anon admin coord facil comm   pa  memb oCoor oMemb guest labP
  return [
    {
      // The first step sent empty: the form again with what is missing, for everyone alike.
      route: "POST /practices/new",
      send: (f) => ({ path: "/practices/new", form: { state: f.wizardState!, step: "0", nav: "next" } }),
      fresh: async (t) => {
        const page = await (await t.app.request("/practices/new")).text();
        return { wizardState: /name="state" value="([^"]*)"/.exec(page)![1]!.replace(/&quot;/g, '"') };
      },
      expect: [422, 422, 422, 422, 422, 422, 422, 422, 422, 422, 422],
    },
    {
      route: "POST /practices/submissions/edit",
      send: () => ({ path: "/practices/submissions/edit", form: { token: "nope" } }),
      expect: [400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400],
    },
    {
      // The status look-up by reference and address: the same for everyone; an empty form is asked again.
      route: "POST /practices/status",
      send: () => ({ path: "/practices/status", form: { reference: "", email: "" } }),
      expect: [422, 422, 422, 422, 422, 422, 422, 422, 422, 422, 422],
    },
    {
      // Only the person who submitted it edits a submission (made here by nobody of these).
      route: "POST /practices/submissions/:id/edit",
      send: () => ({ path: `/practices/submissions/${submitted.id}/edit`, form: { title: "Altro titolo" } }),
      expect: [303, 404, 404, 404, 404, 404, 404, 404, 404, 303, 404],
    },
    {
      route: "POST /practices/moderation/:id",
      send: (f) => ({ path: `/practices/moderation/${f.submittedId}`, form: { decision: "review" } }),
      fresh: async (t) => ({
        submittedId: (await buildPractice(t, { networkId: w.f.netId!, status: "submitted" })).id,
      }),
      expect: [303, 303, 303, 404, 404, 404, 404, 404, 404, 303, 404],
    },
    {
      route: "POST /practices/moderation/flags/:flagId",
      send: (f) => ({ path: `/practices/moderation/flags/${f.flagId}`, form: { action: "dismiss" } }),
      fresh: async (t) => ({
        flagId: await flag(t.deps, null, practice, { commentId: null, reason: "Da vedere", ip: "10.9.9.9" }),
      }),
      // A flag on the network's practice: its members see it (403), outsiders do not (404).
      expect: [303, 303, 303, 403, 403, 403, 403, 404, 404, 303, 404],
    },
    ...Object.entries(VISIBLE).map(
      ([v, expect]): WriteRow => ({
        route: "POST /practices/:slug/comments",
        on: `a ${v} practice`,
        send: (f) => ({
          path: `/practices/${f[`practice${cap(v)}Slug`]}/comments`,
          form: { body: "Bel lavoro." },
        }),
        // Anonymous people and guests are sent to sign in where they see the practice (else 404).
        expect,
      }),
    ),
    ...Object.entries(VISIBLE).map(
      ([v, expect]): WriteRow => ({
        // Reporting a problem needs no account, on whatever one may see.
        route: "POST /practices/:slug/flag",
        on: `a ${v} practice`,
        send: (f) => ({
          path: `/practices/${f[`practice${cap(v)}Slug`]}/flag`,
          form: { reason: "Dati sbagliati." },
        }),
        expect,
      }),
    ),
    {
      route: "POST /practices/:slug/media",
      send: () => ({
        path: `/practices/${practice.slug}/media`,
        form: () => {
          const fd = new FormData();
          fd.set("kind", "image");
          fd.set("alt", "Un grafico");
          fd.set(
            "file",
            new File([new Uint8Array(barChartPng([1, 2]))], "grafico.png", { type: "image/png" }),
          );
          return fd;
        },
      }),
      expect: [404, 303, 303, 403, 403, 403, 403, 404, 404, 404, 404],
    },
    {
      route: "POST /practices/:slug/media/:id/delete",
      send: (f) => ({ path: `/practices/${practice.slug}/media/${f.mediaId}/delete`, form: {} }),
      fresh: async (t) => ({
        mediaId: await storeMedia(
          t.deps,
          practice,
          { kind: "image", bytes: barChartPng([3, 1]), filename: "g.png", alt: "Un grafico" },
          null,
        ),
      }),
      expect: [404, 303, 303, 403, 403, 403, 403, 404, 404, 404, 404],
    },
    {
      // Editing a published practice's texts (a version each): who moderates it; a 403 for the
      // network's other readers, a 404 for who cannot see it, sign-in first for anyone signed out.
      route: "POST /practices/:slug/edit",
      send: (f) => ({
        path: `/practices/${practice.slug}/edit`,
        form: {
          title: `Titolo corretto ${unique()}`,
          summary: "Un progetto comunale raccontato in poche righe.",
          reason: "Refuso nel titolo",
          baseVersion: f.practiceVersion!,
        },
      }),
      fresh: async (t) => ({
        practiceVersion: String(
          (await t.deps.pool.query("select version from practices where id = $1", [practice.id])).rows[0]
            .version,
        ),
      }),
      expect: [303, 303, 303, 403, 403, 403, 403, 404, 404, 303, 404],
    },
    {
      route: "POST /networks/:slug/practices/import",
      send: (f) => ({
        path: `/networks/${f.netSlug}/practices/import`,
        form: () => {
          const fd = new FormData();
          fd.set("draft", "on");
          fd.set("file", new File(["title,summary,country,language\nUno,Buono,IT,it\n"], "uno.csv"));
          return fd;
        },
      }),
      expect: [303, 200, 200, 403, 403, 403, 403, 404, 404, 303, 404],
    },
    // The API: adding directly is for the network's coordinators and admins; reporting for anyone.
    {
      route: "POST /api/v1/practices",
      send: (f) => ({ path: "/api/v1/practices", json: apiPractice(`Pratica via API ${f.uniq}`) }),
      fresh: async () => ({ uniq: unique() }),
      expect: [401, 201, 201, 403, 403, 403, 403, 403, 403, 401, 403],
    },
    {
      route: "POST /api/v1/submissions",
      send: (f) => {
        const { networkId: _n, ...p } = apiPractice(`Segnalata via API ${f.uniq}`);
        return {
          path: "/api/v1/submissions",
          json: {
            ...p,
            problem: "I dati erano chiusi nei PDF.",
            solution: "Un catalogo curato dagli studenti.",
            name: "Sara Colombo",
            email: `api-${f.uniq}@example.org`,
            consentPublication: true,
            consentContact: true,
          },
        };
      },
      fresh: async () => ({ uniq: unique() }),
      expect: [201, 201, 201, 201, 201, 201, 201, 201, 201, 201, 201],
    },
  ];
}
