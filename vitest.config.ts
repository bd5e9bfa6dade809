// Test runner settings: node environment, generous timeouts for LibreOffice-backed checks, two test files at a time at least.
import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Many tests wait on child processes (servers, workers, LibreOffice, Chromium, PostgreSQL). On two cores vitest's
    // default (cores − 1 = one file at a time) took 745 s for the suite; two at a time 489 s, every test passing both ways.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
