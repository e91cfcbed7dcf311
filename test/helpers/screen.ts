import { screen } from '@inquirer/testing/vitest';
import { expect } from 'vitest';

/** Waits until the prompt's screen shows `text` (prompts appear after store reads), then asserts it. */
export async function until(text: string): Promise<void> {
  for (let i = 0; i < 50 && !screen.getScreen().includes(text); i += 1) await screen.next();
  expect(screen.getScreen()).toContain(text);
}
