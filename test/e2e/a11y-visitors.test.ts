// The axe sweep (a11y.sweep.ts) of the pages visitors and members see, and the checks of the sweep.
import { axeSweep } from "./a11y.sweep.ts";

axeSweep(["anonymous", "member"], { checks: true });
