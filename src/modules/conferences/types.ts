// The shapes conferences leave the repositories in (rows are never handed out unmapped).
export type Conference = {
  id: string;
  slug: string;
  networkId: string;
  labId: string | null;
  title: string;
  description: string;
  venue: string;
  timeZone: string;
  /** 'YYYY-MM-DD', in the conference's zone. */
  startsOn: string;
  endsOn: string;
  registrationOpen: boolean;
  createdAt: Date;
  updatedAt: Date;
};

export type Track = { id: string; conferenceId: string; name: string; room: string; position: number };

export type Speaker = {
  id: string;
  conferenceId: string;
  name: string;
  role: string;
  affiliation: string;
  bio: string;
  photo: { key: string; type: string; alt: string } | null;
};

export type Session = {
  id: string;
  conferenceId: string;
  trackId: string;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number | null;
  speakerIds: string[];
  /** People with a place in this session (the waiting list not counted). */
  taken: number;
  /** People on the session's waiting list. */
  waiting: number;
};

export type Registration = {
  id: string;
  conferenceId: string;
  name: string;
  email: string;
  language: "it" | "en";
  status: "pending" | "confirmed" | "cancelled";
  code: string;
  confirmedAt: Date | null;
  checkedInAt: Date | null;
  certificateCode: string | null;
  /** Sessions the person has a place in. */
  sessionIds: string[];
  /** Sessions the person is waiting for, with their place in the queue (1 = next). */
  waitlisted: { sessionId: string; position: number }[];
};

export type Programme = {
  conference: Conference;
  tracks: Track[];
  sessions: Session[];
  speakers: Speaker[];
};
