// `npm run test:browser`: the report opened in a real browser (Debian's chromium, driven by
// playwright-core). Its own script, not part of `npm test`: it needs /usr/bin/chromium.
import { defineConfig } from 'vitest/config';
import base from './vitest.config.ts';

export default defineConfig({
  ...base,
  // Not the projects of `npm test`: one run of the browser files.
  test: { ...base.test, projects: undefined, include: ['test/browser/**/*.browser.ts'], testTimeout: 120_000, hookTimeout: 120_000 },
});
