// A hundred participants in one board session, through the public API only: a client written from
// docs/api-clients.md, docs/live-protocol.md and docs/board-protocol.md (it imports nothing from
// src/). See bench/api-clients/README.md for how to run it and what it prints.
import { parseArgs } from "node:util";
import { accounts } from "./accounts.ts";
import { api, type Json, Participant, type Sent, sleep } from "./live-client.ts";
import { report } from "./report.ts";

const { values: opt } = parseArgs({
  options: {
    base: { type: "string", default: process.env.BASE ?? "http://localhost:3000" },
    accounts: { type: "string", default: ".tmp/hundred-accounts.tsv" },
    network: { type: "string", default: "ancilab" },
    facilitator: { type: "string", default: "davide.greco@facilita.example" },
    people: { type: "string", default: "100" },
    seconds: { type: "string", default: "30" },
    // 100 × 19 = 1,900 notes: a session holds at most 2,000 (docs/board-protocol.md, "Model").
    notes: { type: "string", default: "19" },
    "away-seconds": { type: "string", default: "3" },
  },
});
const BASE = opt.base.replace(/\/$/, "");
const PEOPLE = Number(opt.people);
const SECONDS = Number(opt.seconds);
const NOTES = Number(opt.notes);
const AWAY_MS = Number(opt["away-seconds"]) * 1000;
if (PEOPLE * NOTES > 2000 || NOTES > 200)
  throw new Error("over the documented caps: 2,000 notes a session, 200 a person");

/** Runs `f` over `items`, `n` at a time. */
async function pool<T, R>(items: T[], n: number, f: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) out[i] = await f(items[i] as T, i);
  };
  await Promise.all(Array.from({ length: n }, worker));
  return out;
}

const { facilitator, people } = await accounts(opt.accounts, opt.facilitator, PEOPLE);
const me = await api(BASE, facilitator.token, "GET", "/me").catch((e: Error) => {
  throw new Error(
    `${e.message}\n(${opt.accounts} holds tokens of another database? Give each its own --accounts file.)`,
  );
});
console.log(`server ${BASE}, facilitator ${me.name ?? me.email ?? me.id}, ${PEOPLE} participants`);

// 1. The facilitator creates the session; its join code lets accounts outside the network join.
const session = await api(BASE, facilitator.token, "POST", "/boards", {
  network: opt.network,
  title: `Cento partecipanti ${new Date().toISOString()}`,
  template: "start-stop-continue",
});
const code = session.join.code as string;
const columns = (session.columns as Json[]).map((c) => c.id as string);
console.log(`session ${session.id}: ${columns.length} columns, join code ${code}`);

// 2. Everyone joins (REST), then 3. connects and subscribes (a snapshot each).
let t = performance.now();
await pool(people, 10, (p) => api(BASE, p.token, "POST", `/boards/${session.id}/participants`, { code }));
console.log(`${PEOPLE} joined in ${Math.round(performance.now() - t)} ms`);
t = performance.now();
const clients = people.map((p) => new Participant(BASE, p.token, session.id));
await pool(clients, 10, (c) => c.connect());
console.log(`${PEOPLE} subscribed in ${Math.round(performance.now() - t)} ms (seq ${clients[0]?.startSeq})`);

// 4. Notes: each participant sends NOTES over SECONDS, evenly spaced from a random start. Client 0
// is cut off for AWAY_MS a third of the way in, sends its notes through REST meanwhile, and comes back
// with `since` (the catch-up checked below).
const sent = new Map<string, Sent>(); // by text, which is unique and what every subscriber sees
const refusals = new Map<string, number>();
const roamer = clients[0] as Participant;
let away: { since: number; subscribedSeq: number; events: number } | null = null;
const interval = (SECONDS * 1000) / NOTES;
const started = performance.now();

async function sendNote(i: number, k: number) {
  const c = clients[i] as Participant;
  const text = `p${i + 1} n${k + 1}`;
  const clientId = `p${i + 1}-n${k + 1}`;
  const command = { type: "note.add", columnId: columns[(i + k) % columns.length], text, clientId };
  const s: Sent = { author: i, text, clientId, at: performance.now() };
  sent.set(text, s);
  if (c.ws) {
    const answer = await c.command(k, command);
    if (answer.type === "board.ack") s.seq = answer.seq;
    else s.refused = answer.reason;
  } else {
    s.rest = true;
    const answer = await api(BASE, c.token, "POST", `/boards/${session.id}/commands`, command).catch(
      (e: Error) => ({ refused: e.message }),
    );
    if ("refused" in answer) s.refused = String(answer.refused);
    else s.seq = answer.seq;
  }
  s.ackMs = performance.now() - s.at;
  if (s.refused) refusals.set(s.refused, (refusals.get(s.refused) ?? 0) + 1);
}

async function participant(i: number) {
  const offset = Math.random() * interval;
  for (let k = 0; k < NOTES; k++) {
    const due = started + offset + k * interval;
    await sleep(Math.max(0, due - performance.now()));
    await sendNote(i, k);
  }
}

async function roam() {
  await sleep(SECONDS * 333);
  // Cut off between commands, so that none is left without its answer.
  while (roamer.pending > 0) await sleep(1);
  const since = roamer.lastSeq;
  roamer.disconnect();
  await sleep(AWAY_MS);
  const before = roamer.events.length;
  const subscribed = await roamer.connect(since);
  away = { since, subscribedSeq: subscribed.seq, events: roamer.events.length - before };
}

await Promise.all([...clients.map((_, i) => participant(i)), roam()]);
const sendMs = performance.now() - started;

// 5. Every subscriber should now reach the last note's seq; then the facilitator closes the session
// and every subscriber should get the phase change.
const lastSeq = Math.max(...[...sent.values()].map((s) => s.seq ?? 0));
const settle = performance.now();
while (clients.some((c) => c.lastSeq < lastSeq) && performance.now() - settle < 30_000) await sleep(100);
const settledMs = performance.now() - settle;
const closing = clients.map((c) => c.next((m) => m.type === "phase.changed" && m.phase === "closed", 15_000));
await api(BASE, facilitator.token, "POST", `/boards/${session.id}/close`);
const closed = (await Promise.allSettled(closing)).filter((r) => r.status === "fulfilled").length;
for (const c of clients) c.disconnect();

report({ clients, sent, refusals, away, roamer: 0, sendMs, settledMs, closed, seconds: SECONDS });
