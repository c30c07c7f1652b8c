import { defineConfig } from "vitest/config";
import path from "node:path";

// Unit tests live beside the code; integration tests (real server on a free port) in tests/integration.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["server/**/*.test.ts", "app/**/*.test.ts", "prisma/**/*.test.ts", "tests/integration/**/*.test.ts"],
    environment: "node",
    testTimeout: 20_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
