// JSON logs with pino. One root logger; requests get a child with their request id.
import pino from "pino";

export type Logger = pino.Logger;

export function createLogger(level = "info"): Logger {
  return pino({ level, base: { app: "bottega" }, timestamp: pino.stdTimeFunctions.isoTime });
}
