// The axe sweep (a11y.sweep.ts) of the pages coordinators and administrators see.
import { axeSweep } from "./a11y.sweep.ts";

axeSweep(["coordinator", "admin"]);
