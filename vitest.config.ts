import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // NOTE: ceilings for a loaded 2-core CI machine; tests wait for events, these only stop a hang.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
