// The demo data, for tests that check a module's demo: the application's seeding (src/app/demo.ts),
// reached from here so module tests need not import the composition root.
export { seedDemo } from "../../src/app/demo.ts";
