import { defineConfig } from 'vitest/config';
import type { Reporter, TestModule } from 'vitest/node';

/** Ends the run with the plain "N passed, N failed" line that CI reads, whatever the runner. */
const summary: Reporter = {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failed += 1;
        else skipped += 1;
      }
    }
    process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
  },
};

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Spawned-process tests (locks, concurrency) need room; each test still sets its own bounds.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    reporters: ['default', summary],
  },
});
