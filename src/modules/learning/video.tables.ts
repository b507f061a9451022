// Kysely types for video lessons (migrations/202612140000_learning_video.sql): the video of a lesson,
// its caption tracks (one per language) and learners' playback positions.
import type { ColumnType } from "kysely";

type Stamp = ColumnType<Date, Date, Date>;

export type VideoTables = {
  learning_videos: {
    lesson_id: string;
    file_key: string | null;
    content_type: "video/mp4" | "video/webm" | null;
    file_name: string | null;
    url: string | null;
    consent_by: string;
    consent_recorded_by: string | null;
    consent_recorded_at: Stamp;
    updated_at: Stamp;
  };
  learning_captions: { lesson_id: string; language: string; vtt: string; created_at: Stamp };
  learning_video_positions: { account_id: string; lesson_id: string; seconds: number; updated_at: Stamp };
};
