// What a video lesson's page needs for one viewer: the video, its caption tracks with their cues,
// where this learner stopped (for one who may study the course) and whether they may author it.
import type { Actor } from "../../platform/auth/index.ts";
import type { Deps } from "../../platform/deps.ts";
import { can } from "./policy.ts";
import type { Course, Lesson } from "./types.ts";
import { positionIn, tracksOf, videoOf } from "./video.service.ts";
import type { VideoView } from "./views/video-lesson.tsx";

export async function videoView(
  deps: Deps,
  actor: Actor | null,
  course: Course,
  lesson: Lesson,
): Promise<VideoView> {
  const [video, tracks] = await Promise.all([videoOf(deps, lesson.id), tracksOf(deps, lesson.id)]);
  return {
    video,
    tracks,
    position:
      actor && can(actor, "study", course) ? { resumeAt: await positionIn(deps, actor.id, lesson.id) } : null,
    canAuthor: can(actor, "author", { networkId: course.networkId }),
  };
}
