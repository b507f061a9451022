// The ceiling: a bare node:http server that answers every request with the same bytes (and the same
// content type) as the Bottega page under test. Run as its own process, like Bottega, so it does
// not share a core with the load generator. Usage: node bare-server.ts <body-file> <port>
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const [file, port] = process.argv.slice(2);
if (!file || !port) {
  process.stderr.write("usage: bare-server.ts <body-file> <port>\n");
  process.exit(2);
}
const body = readFileSync(file);
const server = createServer((_req, res) => {
  res.writeHead(200, { "Content-Type": "text/html; charset=UTF-8", "Content-Length": body.length });
  res.end(body);
});
server.listen(Number(port), "127.0.0.1", () => process.stdout.write("ready\n"));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
