// Coordinators' forms without JavaScript and bad input: every refusal is a message on the same
// form with the input kept (never a 500), photos are checked on their content and nothing is
// stored when refused, and edits keep sessions inside the conference's days.
import { beforeAll, describe, expect, it } from "vitest";
import { Client } from "../../../test/helpers/client.ts";
import { buildConference, buildProgramme } from "../../../test/helpers/conferences.ts";
import { actorFor, buildNetwork } from "../../../test/helpers/factories.ts";
import { buildLab } from "../../../test/helpers/labs.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/helpers/runtime.ts";
import { thumbnailKey } from "../../platform/images/store.ts";
import { barChartPng } from "../practices/index.ts";
import { loadConference, programmeOf } from "./conferences.service.ts";

let t: TestRuntime;
let coordinator: Client;
let netSlug: string;
let netId: string;

beforeAll(async () => {
  t = await createTestRuntime();
  const net = await buildNetwork(t, { name: "Rete dei convegni" });
  netSlug = net.slug;
  netId = net.id;
  coordinator = (await actorFor(t, "coordinator", net.id)).client;
  return () => t.close();
});

const newForm = () => `/networks/${netSlug}/conferences/new`;
const valid = {
  title: "Giornate della rete",
  description: "Due giorni.",
  venue: "Genova",
  timeZone: "Europe/Rome",
  startsOn: "2031-04-11",
  endsOn: "2031-04-12",
  lab: "",
  registrationOpen: "on",
};

describe("the conference form", () => {
  it("creates a conference and redirects to its management page", async () => {
    const res = await coordinator.submit(newForm(), `/networks/${netSlug}/conferences`, valid);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/conferences/giornate-della-rete/manage");
    const page = await coordinator.get("/conferences/giornate-della-rete/manage");
    expect(page.status).toBe(200);
  });

  it("shows every error on the same form, with the input kept", async () => {
    const cases: [Record<string, string>, string, string][] = [
      [{ endsOn: "2031-04-01" }, "endsOn", "La fine deve venire dopo l&#39;inizio"],
      [{ startsOn: "2031-02-30" }, "startsOn", "Indica una data valida"],
      [{ timeZone: "Mars/Olympus" }, "timeZone", "Fuso orario sconosciuto"],
      [{ title: "" }, "title", "obbligatorio"],
      [{ title: "<b>x</b>" }, "title", "Non sono ammessi tag HTML"],
      [{ endsOn: "2031-06-30" }, "endsOn", "al massimo 31 giorni"],
      [{ lab: "00000000-0000-7000-8000-000000000000" }, "lab", "Scegli un laboratorio della stessa rete"],
      [{ title: "x".repeat(5000) }, "title", ""],
    ];
    for (const [override, field, message] of cases) {
      const res = await coordinator.submit(newForm(), `/networks/${netSlug}/conferences`, {
        ...valid,
        ...override,
      });
      const html = await res.text();
      expect(res.status, field).toBe(422);
      expect(html, field).toContain(`id="${field}-error"`);
      expect(html, field).toContain(message);
      if (field !== "lab" && override[field] && override[field]!.length < 100)
        expect(html).toContain(`value="${override[field]!.replace(/</g, "&lt;").replace(/>/g, "&gt;")}"`);
    }
  });

  it("links a lab of the same network only", async () => {
    const lab = await buildLab(t, netId, { title: "Laboratorio delle città" });
    const other = await buildNetwork(t);
    const foreign = await buildLab(t, other.id);
    const bad = await coordinator.submit(newForm(), `/networks/${netSlug}/conferences`, {
      ...valid,
      title: "Con laboratorio estraneo",
      lab: foreign.id,
    });
    expect(bad.status).toBe(422);
    const ok = await coordinator.submit(newForm(), `/networks/${netSlug}/conferences`, {
      ...valid,
      title: "Con laboratorio",
      lab: lab.id,
    });
    expect(ok.status).toBe(303);
    const page = await (await coordinator.get("/conferences/con-laboratorio")).text();
    expect(page).toContain(`href="/labs/${lab.slug}"`);
  });

  it("refuses to move the days away from existing sessions", async () => {
    const conf = await buildConference(t, netId, { startsOn: "2031-09-10", endsOn: "2031-09-12" });
    await buildProgramme(t, conf);
    const edit = `/conferences/${conf.slug}/edit`;
    const res = await coordinator.submit(edit, edit, {
      ...valid,
      title: conf.title,
      startsOn: "2031-09-12",
      endsOn: "2031-09-13",
    });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain("Alcune sessioni cadrebbero fuori dalle nuove date");
    const ok = await coordinator.submit(edit, edit, {
      ...valid,
      title: "Nuovo titolo",
      startsOn: "2031-09-10",
      endsOn: "2031-09-14",
    });
    expect(ok.status).toBe(303);
    expect((await loadConference(t.deps, conf.id)).title).toBe("Nuovo titolo");
  });
});

describe("tracks, sessions and speakers", () => {
  it("validates sessions: day, times, track, capacity", async () => {
    const conf = await buildConference(t, netId, { startsOn: "2031-10-01", endsOn: "2031-10-02" });
    const prog = await buildProgramme(t, conf);
    const form = `/conferences/${conf.slug}/sessions/new`;
    const action = `/conferences/${conf.slug}/sessions`;
    const good = {
      title: "Sessione nuova",
      description: "",
      trackId: prog.tracks.plenary.id,
      day: conf.startsOn,
      start: "14:00",
      end: "15:00",
      capacity: "",
    };
    const cases: [Record<string, string>, string, string][] = [
      [{ end: "13:00" }, "end", "La fine deve venire dopo l&#39;inizio"],
      [{ start: "25:00" }, "start", "Indica un orario valido"],
      [{ day: "2031-10-05" }, "day", "uno dei giorni della conferenza"],
      [{ trackId: "nope" }, "trackId", "Scegli un percorso"],
      [{ capacity: "dieci" }, "capacity", "numero intero di posti"],
      [{ capacity: "0" }, "capacity", "numero intero di posti"],
    ];
    for (const [override, field, message] of cases) {
      const res = await coordinator.submit(form, action, { ...good, ...override });
      const html = await res.text();
      expect(res.status, field).toBe(422);
      expect(html, field).toContain(`id="${field}-error"`);
      expect(html, field).toContain(message);
    }
    const res = await coordinator.submit(form, action, { ...good, capacity: "12" });
    expect(res.status).toBe(303);
    const p = await programmeOf(t.deps, conf);
    const s = p.sessions.find((x) => x.title === "Sessione nuova")!;
    // 14:00 in Rome in October (CEST) is 12:00 UTC.
    expect(s.startsAt.toISOString()).toBe("2031-10-01T12:00:00.000Z");
    expect(s.capacity).toBe(12);
    const editPage = await (await coordinator.get(`/conferences/${conf.slug}/sessions/${s.id}/edit`)).text();
    expect(editPage).toContain('value="14:00"');
  });

  it("refuses a duplicate track name", async () => {
    const conf = await buildConference(t, netId);
    await buildProgramme(t, conf);
    const res = await coordinator.submit(
      `/conferences/${conf.slug}/tracks/new`,
      `/conferences/${conf.slug}/tracks`,
      {
        name: "plenaria",
        room: "",
      },
    );
    expect(res.status).toBe(422);
    expect(await res.text()).toContain("Esiste già un percorso con questo nome");
  });

  it("checks speaker photos on their content, requires alt text, and stores nothing when refused", async () => {
    const conf = await buildConference(t, netId);
    const formPage = `/conferences/${conf.slug}/speakers/new`;
    const post = async (
      fields: Record<string, string>,
      file?: { bytes: Uint8Array; name: string; type: string },
    ) => {
      const fd = new FormData();
      fd.set("_csrf", await coordinator.csrf(formPage));
      for (const [k, v] of Object.entries(fields)) fd.set(k, v);
      if (file) fd.set("photo", new File([new Uint8Array(file.bytes)], file.name, { type: file.type }));
      return coordinator.post(`/conferences/${conf.slug}/speakers`, fd);
    };
    const png = barChartPng([2, 5, 3]);
    const fake = await post(
      { name: "Finta", photoAlt: "Ritratto" },
      { bytes: new TextEncoder().encode("<svg onload=alert(1)>"), name: "x.png", type: "image/png" },
    );
    expect(fake.status).toBe(422);
    expect(await fake.text()).toContain('id="photo-error"');
    const noAlt = await post(
      { name: "Senza alt", photoAlt: "" },
      { bytes: png, name: "p.png", type: "image/png" },
    );
    expect(noAlt.status).toBe(422);
    expect(await noAlt.text()).toContain("Con la foto serve il testo alternativo");
    const big = new Uint8Array(6 * 1024 * 1024);
    big.set(png);
    const tooBig = await post(
      { name: "Grande", photoAlt: "Ritratto" },
      { bytes: big, name: "p.png", type: "image/png" },
    );
    expect(tooBig.status).toBe(422);
    expect((await programmeOf(t.deps, conf)).speakers).toHaveLength(0);

    const ok = await post(
      {
        name: "Con foto",
        role: "Relatrice",
        affiliation: "MuMa",
        bio: "",
        photoAlt: "Ritratto di una relatrice",
      },
      { bytes: png, name: "ritratto.txt", type: "text/plain" },
    );
    expect(ok.status).toBe(303);
    const [speaker] = (await programmeOf(t.deps, conf)).speakers;
    expect(speaker?.photo?.type).toBe("image/jpeg");
    const photo = await coordinator.get(`/conferences/${conf.slug}/speakers/${speaker!.id}/photo`);
    expect(photo.status).toBe(200);
    expect(photo.headers.get("content-type")).toBe("image/jpeg");
    // The page shows it at 96 px: what is served is the pipeline's thumbnail.
    const thumb = await t.deps.files.get(thumbnailKey(speaker!.photo!.key));
    expect(Buffer.from(await photo.arrayBuffer()).equals(Buffer.from(thumb!.bytes))).toBe(true);
    const page = await (await coordinator.get(`/conferences/${conf.slug}`)).text();
    expect(page).toContain('alt="Ritratto di una relatrice"');
    // Editing without a new photo keeps it, but not without its text alternative.
    const editPage = `/conferences/${conf.slug}/speakers/${speaker!.id}/edit`;
    const lost = await coordinator.submit(editPage, editPage, { name: "Con foto", photoAlt: "" });
    expect(lost.status).toBe(422);
  });
});

describe("who may manage", () => {
  it("sends signed-out people to sign in and hides management from others", async () => {
    const conf = await buildConference(t, netId);
    const member = (await actorFor(t, "member", netId)).client;
    const other = (await actorFor(t, "other-coordinator", netId)).client;
    for (const path of [`/conferences/${conf.slug}/manage`, `/conferences/${conf.slug}/edit`]) {
      expect((await member.get(path)).status).toBe(403);
      expect((await other.get(path)).status).toBe(404);
    }
    const public_ = await (await member.get(`/conferences/${conf.slug}`)).text();
    expect(public_).not.toContain(`/conferences/${conf.slug}/manage`);
    const list = await (await coordinator.get("/conferences")).text();
    expect(list).toContain(`/networks/${netSlug}/conferences/new`);
  });
});

describe("closed registration", () => {
  it("says clearly that registration is closed, for a past conference or when closed", async () => {
    const past = await buildConference(t, netId, { startsOn: "2018-04-11", endsOn: "2018-04-13" });
    const c = new Client(t);
    const page = await (await c.get(`/conferences/${past.slug}`)).text();
    expect(page).toContain("Le iscrizioni sono chiuse.");
    // A form kept open in a tab from before the end (the page no longer shows one).
    const res = await c.submit("/sign-in", `/conferences/${past.slug}/register`, {
      name: "Tardi",
      email: "tardi@example.org",
    });
    // 409 registration-closed, as for meetings; the form again with the reason.
    expect(res.status).toBe(409);
    expect(await res.text()).toContain("Le iscrizioni sono chiuse.");
  });
});

describe("registration limits", () => {
  it("limits registrations from one client (no account is needed, so no mail bombing)", async () => {
    const conf = await buildConference(t, netId);
    const c = new Client(t);
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) {
      const res = await c.submit(`/conferences/${conf.slug}`, `/conferences/${conf.slug}/register`, {
        name: `Persona ${i}`,
        email: `limite.${i}@example.org`,
      });
      statuses.push(res.status);
      if (res.status === 429) {
        expect(res.headers.get("retry-after")).toBeTruthy();
        expect(await res.text()).toContain("Riprova tra");
      }
    }
    expect(statuses.slice(0, 20).every((s) => s === 200)).toBe(true);
    expect(statuses[20]).toBe(429);
  });
});

describe("removing from the programme", () => {
  it("removes a speaker and an empty session; refuses a booked session and a track with sessions", async () => {
    const conf = await buildConference(t, netId);
    const prog = await buildProgramme(t, conf);
    const base = `/conferences/${conf.slug}`;
    const { confirmedRegistration } = await import("../../../test/helpers/conferences.ts");
    const { joinSession, registrationByAccess } = await import("./registrations.service.ts");
    const { access } = await confirmedRegistration(t, conf, `rimozione.${Date.now()}@example.org`);
    await joinSession(
      t.deps,
      (await registrationByAccess(t.deps, conf.slug, access)).registration,
      prog.sessions.workshop,
    );

    const booked = `${base}/sessions/${prog.sessions.workshop}/edit`;
    const refused = await coordinator.submit(booked, `${base}/sessions/${prog.sessions.workshop}/delete`, {});
    expect(refused.status).toBe(303);
    const manage = await (await coordinator.get(refused.headers.get("location")!)).text();
    expect(manage).toContain("La sessione ha posti prenotati");
    const track = await coordinator.submit(
      `${base}/tracks/${prog.tracks.plenary.id}/edit`,
      `${base}/tracks/${prog.tracks.plenary.id}/delete`,
      {},
    );
    expect(await (await coordinator.get(track.headers.get("location")!)).text()).toContain(
      "Il percorso ha ancora sessioni",
    );

    const open = `${base}/sessions/${prog.sessions.opening}/edit`;
    expect(
      (await coordinator.submit(open, `${base}/sessions/${prog.sessions.opening}/delete`, {})).status,
    ).toBe(303);
    const speakerEdit = `${base}/speakers/${prog.speakers.ada}/edit`;
    expect(
      (await coordinator.submit(speakerEdit, `${base}/speakers/${prog.speakers.ada}/delete`, {})).status,
    ).toBe(303);
    const p = await programmeOf(t.deps, conf);
    expect(p.sessions.map((s) => s.title)).not.toContain("Apertura");
    expect(p.speakers.map((s) => s.name)).not.toContain("Ada Rossi");
    expect(p.sessions.find((s) => s.title === "Tavola rotonda")?.speakerIds).toEqual([prog.speakers.anna]);
    // Unknown ids and people who may not manage: no 500, nothing removed.
    const member = (await actorFor(t, "member", netId)).client;
    const token = await member.csrf(`/conferences/${conf.slug}`);
    expect(
      (await member.post(`${base}/sessions/${prog.sessions.parallel}/delete`, { _csrf: token })).status,
    ).toBe(403);
    const junk = await coordinator.submit(
      speakerEdit.replace(prog.speakers.ada, prog.speakers.anna),
      `${base}/speakers/nope/delete`,
      {},
    );
    expect(junk.status).toBe(404);
    expect((await programmeOf(t.deps, conf)).sessions).toHaveLength(3);
  });
});
