// What /live sends a board page (docs/board-protocol.md), typed from the server's own event union:
// an event frame is the event's `data` and, for its subject, its `selfData`, spread into one object
// with the stream and seq. A change to an event on the server is a compile error here.
import type { BoardEvent } from "../../src/modules/boards/rules.model.ts";
import type { BoardView } from "../../src/modules/boards/views/shared/types.ts";

/** The subject's extra fields, absent for everyone else (none for most events). */
type SelfPart<S> = S extends object ? Partial<S> : unknown;

type Frame<E> = E extends BoardEvent
  ? { type: E["type"]; stream: string; seq: number } & E["data"] & SelfPart<E["selfData"]>
  : never;

/** One board event as a participant receives it. */
export type EventFrame = Frame<BoardEvent>;

/** Who is on the session's page now (`people` absent: anonymous session). */
export type PresenceFrame = {
  type: "board.presence";
  session: string;
  count: number;
  people?: { name: string }[];
};

/** Every other message a board page reacts to. */
export type ControlFrame =
  | { type: "board.subscribed"; session: string; seq: number }
  | { type: "board.snapshot"; stream: string; seq: number; board: BoardView }
  | { type: "board.ack"; session: string; seq: number; ref?: number }
  | { type: "board.refused"; session: string; reason: string; message: string; ref?: number }
  | { type: "error"; code: string; message?: string; ref?: number };

export type LiveFrame = EventFrame | PresenceFrame | ControlFrame;

/** A command as /live takes it (the server parses and checks it: boards/commands.ts). */
export type CommandInput = { type: string } & Record<string, unknown>;
