// The checks of the hundred-participant run, made at every subscriber, and the plain summary.
// In this session (not anonymous, no private collect, no hidden votes, nobody joining after the
// subscriptions) every event is meant for everyone (docs/board-protocol.md, "Who receives what"), so
// each subscriber must see every `seq` after its snapshot's exactly once and in order.
import type { Json, Participant, Sent } from "./live-client.ts";

type Run = {
  clients: Participant[];
  sent: Map<string, Sent>;
  refusals: Map<string, number>;
  away: { since: number; subscribedSeq: number; events: number } | null;
  roamer: number;
  sendMs: number;
  settledMs: number;
  closed: number;
  seconds: number;
};

const pct = (sorted: number[], p: number) =>
  sorted.length === 0
    ? Number.NaN
    : (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number);
const ms = (n: number) => `${n.toFixed(1)} ms`;
const spread = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  return `p50 ${ms(pct(s, 50))}, p95 ${ms(pct(s, 95))}, p99 ${ms(pct(s, 99))}, max ${ms(s[s.length - 1] ?? Number.NaN)}`;
};

/** JSON with its keys sorted: the catch-up reads events back from the database, keys in another order. */
const canonical = (v: unknown): string =>
  v && typeof v === "object" && !Array.isArray(v)
    ? `{${Object.keys(v)
        .sort()
        .map((k) => `${JSON.stringify(k)}:${canonical((v as Json)[k])}`)
        .join(",")}}`
    : Array.isArray(v)
      ? `[${v.map(canonical).join(",")}]`
      : JSON.stringify(v);

/** An event as every subscriber sees it, without what only its author gets (`clientId`, `mine`). */
const shared = (m: Json) => {
  const { clientId: _c, mine: _m, ...rest } = m;
  return canonical(rest);
};

function catchUpCheck(run: Run, reference: Map<number, Json>): { ok: boolean; line: string } {
  const away = run.away;
  const roamer = run.clients[run.roamer];
  if (!away || !roamer) return { ok: false, line: "catch-up: the disconnected client never came back" };
  const caught = roamer.events.filter((e) => e.catchUp);
  const seqs = caught.map((e) => e.seq);
  const expected = Array.from({ length: away.subscribedSeq - away.since }, (_, i) => away.since + 1 + i);
  const exact = seqs.length === expected.length && seqs.every((s, i) => s === expected[i]);
  const differing = caught.filter((e) => {
    const other = reference.get(e.seq);
    return !other || shared(other) !== shared(e.message);
  }).length;
  // Notes it sent through REST while away come back with their clientId: in the catch-up when they
  // were stored before the new subscription, live after it when their REST answer was slower.
  const mine = [...run.sent.values()].filter((s) => s.author === run.roamer && s.rest && s.seq !== undefined);
  const withClientId = mine.filter((s) =>
    roamer.events.some(
      (e) =>
        e.message.type === "note.added" &&
        e.message.note?.text === s.text &&
        e.message.clientId === s.clientId,
    ),
  ).length;
  const ok = exact && differing === 0 && withClientId === mine.length;
  const line =
    `catch-up: away ${away.since} → subscribed at ${away.subscribedSeq}: ${caught.length} events, ` +
    `seqs ${exact ? "exactly" : "NOT exactly"} ${away.since + 1}…${away.subscribedSeq}, ${differing} differing from ` +
    `another subscriber's, ${withClientId}/${mine.length} of the notes it sent through REST while away back with their clientId → ${ok ? "exact" : "NOT EXACT"}`;
  return { ok, line };
}

function cpu() {
  const { user, system } = process.cpuUsage();
  return `${((user + system) / 1e6).toFixed(1)} s (user ${(user / 1e6).toFixed(1)} s) in ${(process.uptime()).toFixed(0)} s`;
}

export function report(run: Run) {
  const stored = [...run.sent.values()].filter((s) => s.seq !== undefined);
  const finalSeq = Math.max(...run.clients.map((c) => c.lastSeq));
  let deliveries = 0;
  let lost = 0;
  let duplicated = 0;
  let outOfOrder = 0;
  let notesMissing = 0;
  let leaked = 0;
  const latencies: number[] = [];
  const reference = new Map<number, Json>();
  for (const e of run.clients[run.roamer === 0 ? 1 : 0]?.events ?? []) reference.set(e.seq, e.message);
  run.clients.forEach((c, i) => {
    const seen = new Set<number>();
    let top = c.startSeq;
    const texts = new Set<string>();
    for (const e of c.events) {
      if (seen.has(e.seq)) duplicated++;
      else if (e.seq < top) outOfOrder++;
      seen.add(e.seq);
      top = Math.max(top, e.seq);
      if (e.message.type !== "note.added") continue;
      deliveries++;
      const text = e.message.note?.text as string;
      texts.add(text);
      const s = run.sent.get(text);
      if (!s) continue;
      if (s.author !== i && e.message.clientId !== undefined) leaked++;
      if (s.author !== i && !e.catchUp) latencies.push(e.at - s.at);
    }
    for (let seq = c.startSeq + 1; seq <= finalSeq; seq++) if (!seen.has(seq)) lost++;
    for (const s of stored) if (!texts.has(s.text)) notesMissing++;
  });
  const catchUp = catchUpCheck(run, reference);
  const refused = [...run.refusals].map(([reason, n]) => `${reason} ${n}`).join(", ") || "none";
  const acks = stored.filter((s) => !s.rest).map((s) => s.ackMs ?? 0);
  const n = run.clients.length;
  const ok =
    lost + duplicated + outOfOrder + notesMissing + leaked === 0 &&
    run.refusals.size === 0 &&
    run.closed === n &&
    catchUp.ok;
  console.log(
    [
      "",
      `notes sent ${run.sent.size} in ${(run.sendMs / 1000).toFixed(1)} s (${(run.sent.size / run.seconds).toFixed(0)}/s), stored ${stored.length}, refused: ${refused}`,
      `own command → board.ack: ${spread(acks)}`,
      `subscribers ${n}: note deliveries ${deliveries} (expected ${stored.length * n}), notes missing ${notesMissing}`,
      `seq: lost ${lost}, duplicated ${duplicated}, out of order ${outOfOrder} (every subscriber up to seq ${finalSeq}; last note's seq reached ${(run.settledMs / 1000).toFixed(1)} s after the last send)`,
      `clientId shown to someone other than the author: ${leaked}`,
      `latency send → each other subscriber (${latencies.length}): ${spread(latencies)}`,
      catchUp.line,
      `close: phase.changed closed at ${run.closed}/${n} subscribers`,
      `this client's CPU: ${cpu()}`,
      ok ? "RESULT ok: nothing lost, duplicated or out of order" : "RESULT FAILED",
    ].join("\n"),
  );
  if (!ok) process.exitCode = 1;
}
