// How the burst benchmarks send a burst: prepared HTTP/1.1 bytes over plain sockets (node:net). fetch
// (undici) costs the sending process about as much CPU per request as the server spends answering
// it, node:http about half; on two shared cores that client work would be counted in every latency.
// Two ways to reach the server, both measured (README.md, "Connections"):
// - `open`: each person's connection is opened before the burst and the form is sent on it,
//   as a browser that has the page open keeps its connection, as a load balancer keeps its
//   connections to the web processes, and as load tools (wrk, autocannon, k6) measure;
// - `new`: each request opens its own connection and closes it (`Connection: close`).
import net from "node:net";

export type Answer = { status: number; location: string | undefined };
export type Target = { host: string; port: number };

export const targetOf = (url: string): Target => {
  const u = new URL(url);
  return { host: u.hostname, port: Number(u.port) };
};

/** A form's POST as a browser sends it (cookie, CSRF token, the form's fields, same-origin headers). */
export function formRequest(
  url: string,
  o: { cookie: string; csrf: string; fields?: [string, string][]; origin: string; keepAlive: boolean },
): string {
  const u = new URL(url);
  const body = new URLSearchParams([["_csrf", o.csrf], ...(o.fields ?? [])]).toString();
  return (
    `POST ${u.pathname} HTTP/1.1\r\nHost: ${u.host}\r\nCookie: ${o.cookie}\r\n` +
    "Content-Type: application/x-www-form-urlencoded\r\n" +
    `Content-Length: ${Buffer.byteLength(body)}\r\nOrigin: ${o.origin}\r\nSec-Fetch-Site: same-origin\r\n` +
    `Connection: ${o.keepAlive ? "keep-alive" : "close"}\r\n\r\n${body}`
  );
}

function answerOf(head: string): Answer {
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0);
  const location = /\r\nlocation: ([^\r]*)/i.exec(head)?.[1];
  return { status, location };
}

/** Opens a connection, sends `request` (with `Connection: close`) and reads until the server closes. */
export function sendOnNewConnection(to: Target, request: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = net.connect(to.port, to.host, () => socket.write(request));
    socket.on("data", (d: Buffer) => chunks.push(d));
    socket.on("error", reject);
    socket.on("close", () =>
      resolve(answerOf(Buffer.concat(chunks).toString("latin1").split("\r\n\r\n")[0] ?? "")),
    );
  });
}

export type OpenConnection = { send(request: string): Promise<Answer>; close(): void };

/** A kept-alive connection: `send` writes one request and resolves when its whole answer is read
 * (headers, then the body by Content-Length or chunked encoding). One request at a time. */
export function openConnection(to: Target): Promise<OpenConnection> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(to.port, to.host);
    let buffered: Buffer = Buffer.alloc(0);
    let pending: { resolve(a: Answer): void; reject(e: Error): void } | null = null;
    const tryComplete = () => {
      if (!pending) return;
      const end = buffered.indexOf("\r\n\r\n");
      if (end < 0) return;
      const head = buffered.subarray(0, end).toString("latin1");
      const rest = buffered.subarray(end + 4);
      let bodyEnd: number;
      if (/\r\ntransfer-encoding: chunked/i.test(head)) {
        const last = rest.indexOf("0\r\n\r\n");
        if (last < 0) return;
        bodyEnd = last + 5;
      } else {
        bodyEnd = Number(/\r\ncontent-length: (\d+)/i.exec(head)?.[1] ?? 0);
        if (rest.length < bodyEnd) return;
      }
      buffered = rest.subarray(bodyEnd);
      const p = pending;
      pending = null;
      p.resolve(answerOf(head));
    };
    socket.on("data", (d: Buffer) => {
      buffered = buffered.length ? Buffer.concat([buffered, d]) : d;
      tryComplete();
    });
    socket.on("close", () => pending?.reject(new Error("connection closed before the answer")));
    socket.once("error", (e) => (pending ? pending.reject(e) : reject(e)));
    socket.once("connect", () =>
      resolve({
        send: (request) =>
          new Promise<Answer>((res, rej) => {
            pending = { resolve: res, reject: rej };
            socket.write(request);
          }),
        close: () => socket.destroy(),
      }),
    );
  });
}
