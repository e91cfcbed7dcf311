import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Spawned-process tests (locks, concurrency) need room; each test still sets its own bounds.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
