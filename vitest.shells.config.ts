// `npm run test:shells`: `caprural completion` loaded in a real zsh and a real fish (bash is in
// `npm test`). Its own script, not part of `npm test`: it needs /usr/bin/zsh and /usr/bin/fish.
import { defineConfig } from 'vitest/config';
import base from './vitest.config.ts';

export default defineConfig({
  ...base,
  // Not the projects of `npm test`: one run of the shell files.
  test: { ...base.test, projects: undefined, include: ['test/shells/**/*.shell.ts'], testTimeout: 60_000 },
});
