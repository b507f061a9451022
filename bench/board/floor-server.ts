// The floor for the board's design, run as its own process like the real server: a WebSocket relay
// that only inserts each command into the same database and broadcasts it to everyone — no rules,
// no authentication, no per-recipient filtering, no ordering. Whatever Bottega costs above this is
// the price of its guarantees. Usage (spawned by run.ts):
//   node bench/board/floor-server.ts PORT (DATABASE_URL | SOCKET_DIR)
import { createServer } from "node:http";
import pg from "pg";
import { WebSocketServer } from "ws";

const [port, target] = process.argv.slice(2);
const pool = new pg.Pool(
  target!.startsWith("postgres")
    ? { connectionString: target, max: 10 }
    : // The embedded database, through the running Bottega server's socket (as the CLI reaches it).
      { host: target, user: "postgres", database: "postgres", max: 1 },
);
await pool.query(
  "create table if not exists bench_floor_events (seq bigserial primary key, data jsonb not null, at timestamptz not null default now())",
);
const server = createServer((_req, res) => {
  res.end("ok");
});
const wss = new WebSocketServer({ server });
wss.on("connection", (ws) => {
  ws.on("message", async (raw) => {
    const msg = JSON.parse(raw.toString()) as { ref?: unknown; command?: unknown };
    const r = await pool.query<{ seq: string }>(
      "insert into bench_floor_events (data) values ($1) returning seq",
      [JSON.stringify(msg.command ?? null)],
    );
    const seq = Number(r.rows[0]!.seq);
    ws.send(JSON.stringify({ type: "board.ack", ref: msg.ref, seq }));
    const frame = JSON.stringify({ type: "event", seq, command: msg.command });
    for (const c of wss.clients) if (c.readyState === c.OPEN) c.send(frame);
  });
});
server.listen(Number(port), "127.0.0.1", () => process.stdout.write("listening\n"));
process.on("SIGTERM", () => {
  wss.close();
  server.close();
  void pool.end().then(() => process.exit(0));
});
