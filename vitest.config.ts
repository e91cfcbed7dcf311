import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
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

/** Every test file, relative to the repository. */
const TESTS = (readdirSync('test', { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.test.ts')).map((f) => join('test', f));

/**
 * The files that replace modules or globals: vi.mock / vi.stubGlobal / vi.stubEnv, or the prompts
 * driven through @inquirer/testing (which vi.mocks the prompt packages for the whole module
 * registry). Each runs in a fresh registry. Found by reading the files: no list to keep.
 */
const MOCKING = TESTS.filter((f) => /@inquirer\/testing|helpers\/screen'|\bvi\.(mock|doMock|stubGlobal|stubEnv)\(/.test(readFileSync(f, 'utf8')));

/** The files that assert on wall-clock time or send signals to processes: run alone, after the others. */
const TIMING = TESTS.filter((f) => /SIGKILL|SIGTERM|SIGINT|Date\.now\(\) - |performance\.now\(\)/.test(readFileSync(f, 'utf8')));

export default defineConfig({
  test: {
    // Importing the modules again for each test file was half of the suite's time. The files share
    // one module registry per worker (they change no module state, and restore what they change:
    // TZ, timers); only the files that mock modules get their own. Two workers keep both cores busy
    // (vitest's default on two cores is one, idle while its test waits for a spawned caprural); the
    // files that time processes or signals run afterwards, alone, as they were written for.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      { extends: true, test: { name: 'shared', include: TESTS.filter((f) => !MOCKING.includes(f) && !TIMING.includes(f)), isolate: false } },
      { extends: true, test: { name: 'isolated', include: MOCKING, isolate: true } },
      { extends: true, test: { name: 'timing', include: TIMING.filter((f) => !MOCKING.includes(f)), isolate: false, maxWorkers: 1, sequence: { groupOrder: 1 } } },
    ],
    // Spawned-process tests (locks, concurrency) need room; each test still sets its own bounds.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    reporters: ['default', summary],
  },
});
