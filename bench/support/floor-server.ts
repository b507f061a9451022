// The floor: a bare node:http server that reads the posted form and answers what Bottega answers to
// a form post (303 back to the page: a meeting for a registration, an attempt's result for a quiz;
// with a flash cookie), and does nothing else: no routing,
// no session, no database. Run as its own process, like Bottega, and sent the same burst by the same
// client: the time a Node server needs just to take in and answer 500 requests on this machine.
// Usage: node floor-server.ts <port>
import { createServer } from "node:http";

const port = Number(process.argv[2]);
if (!port) {
  process.stderr.write("usage: floor-server.ts <port>\n");
  process.exit(2);
}
const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (d: Buffer) => chunks.push(d));
  req.on("end", () => {
    const form = new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
    res.writeHead(req.method === "POST" && form.has("_csrf") ? 303 : 400, {
      Location: `${req.url?.replace(/\/register$/, "")}`,
      "Set-Cookie": "bottega_flash=success:labs.registered; Max-Age=300; Path=/; HttpOnly; SameSite=Lax",
      "Content-Length": 0,
    });
    res.end();
  });
});
server.listen(port, "127.0.0.1", () => process.stdout.write("ready\n"));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
