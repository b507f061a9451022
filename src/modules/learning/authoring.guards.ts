// The guards of learning's routes that act on a course: the course a viewer may see (404 otherwise,
// a draft to non-authors) and, for authors' routes, the right to author in its network (403 for
// someone who can see the network's people, 404 for everyone else, identity's rule).
import { authorize, load, requireActor, type With } from "../../platform/http/guards.ts";
import { networkRefusal } from "../identity/index.ts";
import { getCourse } from "./courses.service.ts";
import { can } from "./policy.ts";
import type { Course } from "./types.ts";

export const visibleCourse = load("course", (c) =>
  getCourse(c.get("deps"), c.get("actor"), c.req.param("slug") ?? ""),
);

const mayAuthorCourse = authorize(
  can,
  "author",
  (c: With<{ course: Course }>) => ({ networkId: c.get("course").networkId }),
  networkRefusal,
);

/** Signed in, the course visible, and the right to author it. */
export const authoring = [requireActor(), visibleCourse, mayAuthorCourse] as const;
